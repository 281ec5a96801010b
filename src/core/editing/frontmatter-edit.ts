import { CST, Parser } from "yaml";
import type { FrontmatterBlock } from "../notes/frontmatter-block";
import { readProperties, type ParseYaml } from "../notes/read-properties";
import { asList, asText } from "../notes/values";
import { errorLine, errorMessage } from "../notes/yaml-problem";

/**
 * Edits a note's frontmatter by splicing only the text that changes, then proves the splice
 * by parsing the result: every other key must read exactly as before and the edited key must
 * read as asked. Everything else (other keys, their order, quoting, comments, blank lines,
 * line endings, a byte-order mark, the body, a missing final newline) stays byte for byte.
 * Invalid YAML is never repaired: the edit is refused and nothing is written.
 *
 * Positions come from the `yaml` package's concrete syntax tree, which keeps every byte of
 * the source. Values come from a full YAML parser the caller passes in: Obsidian's own
 * `parseYaml` in the plugin, so an edit is proven with the parser that will read the note.
 */

export type FrontmatterEdit =
  /**
   * Sets a key to a text value (a date is the text `2026-03-10`). With `withPrevious`, only when
   * the edit before it changed something (a date that goes with an entry appended).
   */
  | { op: "set"; key: string; value: string; withPrevious?: boolean }
  /** Sets a key only while it is empty: a value the user wrote by hand is never overwritten. */
  | { op: "set-if-empty"; key: string; value: string }
  /** Appends to a list key unless an item already `matches` (default: same text in any case). */
  | { op: "append"; key: string; value: string; matches?: (existing: string) => boolean }
  | { op: "remove"; key: string }
  /** Ticks a checkbox: a key that holds `false` becomes `true`, in the same spelling (False → True). */
  | { op: "tick"; key: string }
  /**
   * Replaces `find`, written once in the key's value (a list item, or part of a one-line list of
   * people), with `value`: `Rachael Rosen` becomes `Rachael Rosen <rachael@tyrell.example>`.
   */
  | { op: "replace-text"; key: string; find: string; value: string };

export type EditOutcome =
  | { status: "changed"; text: string }
  | { status: "unchanged"; reason: string }
  | { status: "refused"; message: string; line?: number };

type Tok = CST.Token;
type Item = CST.CollectionItem;

/** One top-level `key: value` of the frontmatter, as offsets into its YAML text. */
interface Entry {
  key: string;
  item: Item;
  keyStart: number;
  /** Just after the `:`. */
  colonEnd: number;
  value?: Tok;
  anchor?: string;
  /** Just after the whole entry, trailing comment and line ending included. */
  end: number;
}

interface Located {
  block: FrontmatterBlock;
  yaml: string;
  entries: Entry[];
  tokens: Tok[];
  parse: ParseYaml;
}

type Step = { text: string } | { unchanged: string } | { refused: string; line?: number };

function tokenStart(t: Tok): number {
  if (t.type === "block-scalar") return t.props[0]?.offset ?? t.offset;
  if (t.type === "block-seq" || t.type === "block-map") return t.items[0]?.start[0]?.offset ?? t.offset;
  return t.offset;
}

function tokenEnd(t: Tok): number {
  return tokenStart(t) + CST.stringify(t).length;
}

/** Where a value's text ends, before any trailing comment or line break. */
function valueEnd(t: Tok): number {
  if (
    t.type === "scalar" ||
    t.type === "single-quoted-scalar" ||
    t.type === "double-quoted-scalar" ||
    t.type === "alias"
  )
    return t.offset + t.source.length;
  if (t.type === "flow-collection") {
    const close = t.end.find((e) => e.type === "flow-seq-end" || e.type === "flow-map-end");
    return close ? close.offset + 1 : tokenEnd(t);
  }
  return tokenEnd(t);
}

/**
 * A key's name. A plain key (one line, no escapes) is its source; a quoted one is read by the
 * same YAML parser that proves the edits, so escapes mean what they mean to Obsidian.
 */
function keyText(key: Tok | null | undefined, parse: ParseYaml): string | undefined {
  if (!key) return undefined;
  if (key.type === "scalar") return key.source;
  if (key.type !== "single-quoted-scalar" && key.type !== "double-quoted-scalar") return undefined;
  try {
    const read = parse(`${key.source}: 0`);
    return read !== null && typeof read === "object" ? Object.keys(read)[0] : undefined;
  } catch {
    return undefined;
  }
}

function locate(text: string, parse: ParseYaml): Located | { refused: string; line?: number } | undefined {
  // The same reading as every host's, so an edit sees the note as the journal does.
  const read = readProperties("", text, parse);
  if (read.kind === "none") return undefined;
  if (read.kind === "error") return refusal(read);
  const { block, empty } = read;
  const yaml = text.slice(block.yamlStart, block.yamlEnd);
  const tokens = [...new Parser().parse(yaml)];
  const doc = tokens.find((t): t is CST.Document => t.type === "document");
  const top = doc?.value;
  if (empty || !top || (top.type === "scalar" && top.source.trim() === ""))
    return { block, yaml, entries: [], tokens, parse };
  if (top.type !== "block-map") {
    return { refused: "the frontmatter is not a list of key: value lines", line: block.firstLine };
  }
  const entries: Entry[] = [];
  for (const item of top.items) {
    const key = keyText(item.key, parse);
    if (key === undefined || !item.key || !item.sep) continue;
    const colon = item.sep.find((s) => s.type === "map-value-ind");
    const anchor = item.sep.find((s) => s.type === "anchor")?.source.slice(1);
    const ends = [tokenEnd(item.key), ...item.sep.map((s) => s.offset + s.source.length)];
    if (item.value) ends.push(tokenEnd(item.value));
    const entry: Entry = {
      key,
      item,
      keyStart: item.key.offset,
      colonEnd: colon ? colon.offset + 1 : tokenEnd(item.key),
      end: Math.max(...ends),
    };
    if (item.value) entry.value = item.value;
    if (anchor) entry.anchor = anchor;
    entries.push(entry);
  }
  return { block, yaml, entries, tokens, parse };
}

/** Why an edit is refused on a note the journal cannot read, in the words of an edit. */
function refusal(read: Extract<ReturnType<typeof readProperties>, { kind: "error" }>): {
  refused: string;
  line?: number;
} {
  switch (read.why) {
    case "large":
      return { refused: `${read.problem.message.replace(/; the note is not read$/, "")}; edit it by hand` };
    case "values":
      return {
        refused:
          "the properties hold more values than any note needs (YAML aliases that repeat each other); edit them by hand",
      };
    case "shape":
      return { refused: "the frontmatter is not a list of key: value lines", line: read.block.firstLine };
    case "yaml": {
      const at = errorLine(read.cause);
      const line = at === undefined ? undefined : read.block.firstLine + at - 1;
      const where = line === undefined ? "" : ` at line ${line}`;
      const refused = `the frontmatter is not valid YAML${where} (${errorMessage(read.cause)}); fix it by hand first`;
      return line === undefined ? { refused } : { refused, line };
    }
  }
}

/** The entry for `key`: its exact name first, else the one name that matches in any case. */
function findEntry(entries: Entry[], key: string): Entry | { refused: string } | undefined {
  const exact = entries.filter((e) => e.key === key);
  if (exact.length > 1)
    return { refused: `the key "${key}" appears more than once; remove the extra one by hand first` };
  if (exact[0]) return exact[0];
  const folded = entries.filter((e) => e.key.toLowerCase() === key.toLowerCase());
  if (folded.length > 1)
    return { refused: `"${key}" is written more than once in different cases; keep one by hand first` };
  return folded[0];
}

function readValue(yaml: string, parse: ParseYaml): Record<string, unknown> {
  const value = parse(yaml);
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A scalar as it should be written: plain when YAML reads it back unchanged, else quoted. */
export function renderScalar(
  value: string,
  context: "block" | "flow",
  parse: ParseYaml,
  style?: "single" | "double",
): string {
  const plainOk =
    style === undefined &&
    value === value.trim() &&
    value !== "" &&
    !/[\n\r\t]/.test(value) &&
    (() => {
      try {
        const back = parse(context === "flow" ? `[${value}]` : `k: ${value}`);
        return context === "flow"
          ? Array.isArray(back) && back.length === 1 && back[0] === value
          : (back as Record<string, unknown> | null)?.k === value;
      } catch {
        return false;
      }
    })();
  if (plainOk) return value;
  if (style === "single" && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return JSON.stringify(value);
}

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

/** Offset just after the end of the line holding `offset` (after its newline, or text end). */
function nextLineStart(text: string, offset: number): number {
  if (offset > 0 && text[offset - 1] === "\n") return offset;
  const nl = text.indexOf("\n", offset);
  return nl === -1 ? text.length : nl + 1;
}

/** Offset of the line ending of the line holding `offset` (before \r\n or \n). */
function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf("\n", offset);
  if (nl === -1) return text.length;
  return nl > 0 && text[nl - 1] === "\r" ? nl - 1 : nl;
}

function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}

/** The comments whose text starts within [from, to) of the YAML source. */
function commentsBetween(tokens: Tok[], from: number, to: number): string[] {
  if (to <= from) return [];
  const found: string[] = [];
  const visit = (token: unknown): void => {
    if (Array.isArray(token)) {
      for (const t of token) visit(t);
      return;
    }
    if (typeof token !== "object" || token === null) return;
    const t = token as { type?: string; offset?: number; source?: string };
    if (t.type === "comment" && typeof t.offset === "number" && t.offset >= from && t.offset < to && t.source) {
      found.push(t.source);
      return;
    }
    for (const child of Object.values(token)) if (typeof child === "object") visit(child);
  };
  visit(tokens);
  return found;
}

/** The anchor of a value that an alias elsewhere repeats: editing it would change that key too. */
function sharedAnchor(yaml: string, entry: Entry): string | undefined {
  const props = entry.value && "props" in entry.value ? entry.value.props : [];
  const anchor = entry.anchor ?? props.find((p): p is CST.SourceToken => p.type === "anchor")?.source.slice(1);
  return anchor && yaml.includes(`*${anchor}`) ? anchor : undefined;
}

/** A document-end line (`...`): what comes after it is not part of the properties. */
const DOC_END = /^\.\.\.(?:[ \t]+#.*)?[ \t]*\r?$/m;

/** Where a new key goes: at the end of the block, after any comments (before a `...` line). */
function appendKeyLines(loc: Located, lines: string): string {
  const eol = loc.block.eol;
  const added = lines.split("\n").join(eol) + eol;
  const end = DOC_END.exec(loc.yaml);
  if (end) return splice(loc.yaml, end.index, end.index, added);
  let yaml = loc.yaml;
  if (yaml !== "" && !yaml.endsWith("\n")) yaml += eol;
  return yaml + added;
}

/** The tag written on an entry's value (`!!str`, `!!null`), if any. */
function tagOf(entry: Entry): CST.SourceToken | undefined {
  return entry.item.sep?.find((t): t is CST.SourceToken => t.type === "tag");
}

function isFlowScalar(t: Tok | undefined): t is CST.FlowScalar {
  return (
    t !== undefined && (t.type === "scalar" || t.type === "single-quoted-scalar" || t.type === "double-quoted-scalar")
  );
}

function setValue(loc: Located, key: string, value: string, onlyIfEmpty: boolean): Step {
  const found = findEntry(loc.entries, key);
  if (found && "refused" in found) return found;
  const { yaml, parse } = loc;
  if (!found) return { text: appendKeyLines(loc, `${key}: ${renderScalar(value, "block", parse)}`) };
  const shared = sharedAnchor(yaml, found);
  if (shared) return { refused: `${found.key} is a YAML anchor (&${shared}) that other keys repeat; edit it by hand` };
  const current = asText(readValue(yaml, parse)[found.key]);
  const tag = tagOf(found);
  if (current === value && !tag) return { unchanged: `${found.key} is already ${value}` };
  if (onlyIfEmpty && current !== undefined) return { unchanged: `${found.key} is already recorded (${current})` };
  const node = found.value;
  if (tag) {
    // `follow_up_1: !!null ~`: the tag would type the new value too (`!!null 2026-03-20` is not
    // YAML any reader accepts), so the tag and the value are replaced together.
    if (node && !isFlowScalar(node))
      return { refused: `${found.key} has the YAML tag ${tag.source} on a list or map; remove the tag by hand first` };
    const to = node ? valueEnd(node) : tag.offset + tag.source.length;
    return { text: splice(yaml, found.colonEnd, to, ` ${renderScalar(value, "block", parse)}`) };
  }
  if (isFlowScalar(node) && node.source.trim() !== "") {
    // Keep the user's quoting of the value being replaced.
    const style =
      node.type === "single-quoted-scalar" ? "single" : node.type === "double-quoted-scalar" ? "double" : undefined;
    return {
      text: splice(yaml, node.offset, node.offset + node.source.length, renderScalar(value, "block", parse, style)),
    };
  }
  // Empty, a block scalar or a collection: everything from the colon to the value's end goes.
  const from = found.colonEnd;
  const empty = !node || (isFlowScalar(node) && node.source.trim() === "");
  const to = empty || !node ? from : valueEnd(node);
  const endsLine = to > from && yaml[to - 1] === "\n";
  const eol = loc.block.eol;
  // Comments inside the value being replaced are the user's words: they stay, as comment lines.
  const kept = commentsBetween(loc.tokens, from, to)
    .map((c) => `${eol}  ${c}`)
    .join("");
  return { text: splice(yaml, from, to, ` ${renderScalar(value, "block", parse)}${kept}${endsLine ? eol : ""}`) };
}

/** `false` → `true` in place; the key must hold a plain true/false. */
function tickValue(loc: Located, key: string): Step {
  const found = findEntry(loc.entries, key);
  if (!found) return { unchanged: `${key} is not there` };
  if ("refused" in found) return found;
  const current = readValue(loc.yaml, loc.parse)[found.key];
  if (current === true) return { unchanged: `${found.key} is already ticked` };
  const node = found.value;
  if (current !== false || !node || node.type !== "scalar" || tagOf(found))
    return { refused: `${found.key} is not a plain true/false; tick it by hand` };
  const source = node.source;
  const ticked = source === "FALSE" ? "TRUE" : source === "False" ? "True" : "true";
  return { text: splice(loc.yaml, node.offset, node.offset + source.length, ticked) };
}

/** `[a, b]` → `[a, b, value]`, after the last item and never inside a comment. */
function appendToFlowList(loc: Located, node: CST.FlowCollection, value: string): Step {
  const { yaml, parse } = loc;
  const close = valueEnd(node) - 1;
  const last = [...node.items].reverse().find((i) => i.value)?.value;
  if (commentsBetween(loc.tokens, node.start.offset, close).length > 0) {
    // A comment inside the list (`[\n  Jane Doe, # hiring manager\n]`): the new item goes
    // right after the last one (or the bracket), so it never lands inside the comment.
    const at = last ? valueEnd(last) : node.start.offset + 1;
    return { text: splice(yaml, at, at, `${last ? ", " : ""}${renderScalar(value, "flow", parse)}`) };
  }
  const before = yaml.slice(node.start.offset + 1, close).trimEnd();
  const sep = before.trim() === "" ? "" : before.endsWith(",") ? " " : ", ";
  const at = node.start.offset + 1 + before.length;
  return { text: splice(yaml, at, at, `${sep}${renderScalar(value, "flow", parse)}`) };
}

/** A `- item` line after the last one, indented and dashed as that one is. */
function appendToBlockList(loc: Located, node: CST.BlockSequence, value: string): Step {
  const { yaml, parse } = loc;
  const last = node.items[node.items.length - 1];
  const indicator = last?.start.find((s) => s.type === "seq-item-ind");
  const lastValueStart = last?.value ? tokenStart(last.value) : (indicator?.offset ?? tokenStart(node));
  const prefix = yaml.slice(lineStart(yaml, lastValueStart), lastValueStart);
  const itemPrefix = /^[ \t]*-[ \t]+$/.test(prefix) ? prefix : `${prefix.match(/^[ \t]*/)?.[0] ?? ""}- `;
  const at = nextLineStart(yaml, last?.value ? valueEnd(last.value) : tokenEnd(node));
  const lead = at === yaml.length && !yaml.endsWith("\n") ? loc.block.eol : "";
  return { text: splice(yaml, at, at, `${lead}${itemPrefix}${renderScalar(value, "block", parse)}${loc.block.eol}`) };
}

/** Empty, or a single value standing for a one-item list: becomes a block list. */
function scalarToList(loc: Located, found: Entry, existing: string[], value: string): Step {
  const { yaml, parse } = loc;
  const eol = loc.block.eol;
  const node = found.value;
  const from = found.colonEnd;
  const items: string[] = [];
  let text = yaml;
  if (node && (node.type === "block-scalar" || (isFlowScalar(node) && node.source.trim() !== ""))) {
    const start = tokenStart(node);
    const end = valueEnd(node);
    const source = yaml.slice(start, end);
    // A one-line value keeps its spelling; a multi-line one becomes one item of the same text.
    items.push(source.includes("\n") ? renderScalar(existing[0] ?? "", "block", parse) : source.trim());
    // From the colon: a comment between the key and its value (`key: # note`) stays too.
    const kept = commentsBetween(loc.tokens, from, end)
      .map((c) => ` ${c}`)
      .join("");
    text = splice(text, from, end, `${kept}${source.endsWith("\n") ? eol : ""}`);
  }
  items.push(renderScalar(value, "block", parse));
  const end = lineEnd(text, from);
  return { text: splice(text, end, end, items.map((i) => `${eol}  - ${i}`).join("")) };
}

function appendItem(loc: Located, key: string, value: string, matches: (existing: string) => boolean): Step {
  const found = findEntry(loc.entries, key);
  if (found && "refused" in found) return found;
  const { yaml, parse } = loc;
  if (!found) return { text: appendKeyLines(loc, `${key}:\n  - ${renderScalar(value, "block", parse)}`) };
  const shared = sharedAnchor(yaml, found);
  if (shared) return { refused: `${found.key} is a YAML anchor (&${shared}) that other keys repeat; edit it by hand` };
  const existing = asList(readValue(yaml, parse)[found.key]);
  if (existing.some(matches)) return { unchanged: `${value} is already in ${found.key}` };
  const node = found.value;
  const tag = tagOf(found);
  if (tag && node?.type !== "flow-collection" && node?.type !== "block-seq") {
    return {
      refused: `${found.key} has the YAML tag ${tag.source}, which a list cannot keep; remove the tag by hand first`,
    };
  }
  if (node?.type === "flow-collection" && node.start.source === "[") return appendToFlowList(loc, node, value);
  if (node?.type === "block-seq") return appendToBlockList(loc, node, value);
  if (node && node.type !== "block-scalar" && !isFlowScalar(node))
    return { refused: `${found.key} holds a map, not a list` };
  return scalarToList(loc, found, existing, value);
}

/** The scalars inside a value, in order (a list's items, a map's values, the value itself). */
function scalarsIn(token: Tok | undefined): CST.FlowScalar[] {
  const out: CST.FlowScalar[] = [];
  const visit = (t: unknown): void => {
    if (Array.isArray(t)) {
      for (const x of t) visit(x);
      return;
    }
    if (typeof t !== "object" || t === null) return;
    if (isFlowScalar(t as Tok)) {
      out.push(t as CST.FlowScalar);
      return;
    }
    for (const [k, child] of Object.entries(t))
      if (k !== "start" && k !== "end" && typeof child === "object") visit(child);
  };
  visit(token);
  return out;
}

function replaceText(loc: Located, key: string, find: string, value: string): Step {
  const found = findEntry(loc.entries, key);
  if (found && "refused" in found) return found;
  if (!found?.value) return { unchanged: `${key} has no ${find}` };
  // Text is replaced in values only: in a map it could be a key (found by the guarantees' property test).
  const current = readValue(loc.yaml, loc.parse)[found.key];
  const isMap = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
  if (isMap(current) || (Array.isArray(current) && current.some(isMap)))
    return { refused: `${found.key} holds a map; change it by hand` };
  const holders = scalarsIn(found.value).filter((t) => t.source.includes(find));
  const only = holders[0];
  if (!only || holders.length > 1 || only.source.indexOf(find) !== only.source.lastIndexOf(find)) {
    return only
      ? { refused: `"${find}" is written more than once in ${found.key}; change it by hand` }
      : { unchanged: `${found.key} has no ${find}` };
  }
  const at = only.offset + only.source.indexOf(find);
  return { text: splice(loc.yaml, at, at + find.length, value) };
}

function removeKey(loc: Located, key: string): Step {
  const found = findEntry(loc.entries, key);
  if (found && "refused" in found) return found;
  if (!found) return { unchanged: `${key} is not there` };
  // A value other keys repeat is refused; what the user wrote about the key (its comments) stays.
  const shared = sharedAnchor(loc.yaml, found);
  if (shared) return { refused: `${found.key} is a YAML anchor (&${shared}) that other keys repeat; edit it by hand` };
  const start = lineStart(loc.yaml, found.keyStart);
  const end = nextLineStart(loc.yaml, found.end);
  const eol = loc.block.eol;
  const kept = commentsBetween(loc.tokens, start, end)
    .map((c) => `${c}${eol}`)
    .join("");
  const lineEnded = loc.yaml.slice(start, end).endsWith("\n");
  return { text: splice(loc.yaml, start, end, lineEnded ? kept : kept.replace(/\r?\n$/, "")) };
}

function expectedAfter(
  edit: FrontmatterEdit,
  before: Record<string, unknown>,
  keyUsed: string,
  after: Record<string, unknown>,
): boolean {
  if (edit.op === "remove") return !(keyUsed in after);
  if (edit.op === "tick") return after[keyUsed] === true;
  if (edit.op === "replace-text")
    return asList(after[keyUsed]).join("\n") === asList(before[keyUsed]).join("\n").replace(edit.find, edit.value);
  if (edit.op === "append") {
    const list = asList(after[keyUsed]);
    const old = asList(before[keyUsed]);
    return list.length === old.length + 1 && old.every((v, i) => list[i] === v) && list[list.length - 1] === edit.value;
  }
  return asText(after[keyUsed]) === edit.value;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function newFrontmatter(text: string, edit: Exclude<FrontmatterEdit, { op: "tick" }>, parse: ParseYaml): string {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const rest = bom ? text.slice(1) : text;
  const eol = /^[^\n]*\r\n/.test(rest) ? "\r\n" : "\n";
  const line =
    edit.op === "append"
      ? `${edit.key}:${eol}  - ${renderScalar(edit.value, "block", parse)}`
      : edit.op === "remove"
        ? ""
        : `${edit.key}: ${renderScalar(edit.value, "block", parse)}`;
  return `${bom}---${eol}${line}${eol}---${eol}${rest}`;
}

function applyOne(text: string, edit: FrontmatterEdit, parse: ParseYaml): EditOutcome {
  const loc = locate(text, parse);
  if (loc === undefined) {
    if (edit.op === "remove" || edit.op === "replace-text" || edit.op === "tick")
      return { status: "unchanged", reason: `${edit.key} is not there` };
    return { status: "changed", text: newFrontmatter(text, edit, parse) };
  }
  if ("refused" in loc)
    return loc.line === undefined
      ? { status: "refused", message: loc.refused }
      : { status: "refused", message: loc.refused, line: loc.line };
  let step: Step;
  if (edit.op === "set" || edit.op === "set-if-empty")
    step = setValue(loc, edit.key, edit.value, edit.op === "set-if-empty");
  else if (edit.op === "append")
    step = appendItem(loc, edit.key, edit.value, edit.matches ?? ((e) => e.toLowerCase() === edit.value.toLowerCase()));
  else if (edit.op === "replace-text") step = replaceText(loc, edit.key, edit.find, edit.value);
  else if (edit.op === "tick") step = tickValue(loc, edit.key);
  else step = removeKey(loc, edit.key);
  if ("unchanged" in step) return { status: "unchanged", reason: step.unchanged };
  if ("refused" in step) return { status: "refused", message: step.refused };

  // Prove the splice: it parses, the edited key reads as asked, every other key as before.
  const found = findEntry(loc.entries, edit.key);
  const keyUsed = found && !("refused" in found) ? found.key : edit.key;
  const before = readValue(loc.yaml, parse);
  let after: Record<string, unknown> | undefined;
  try {
    after = readValue(step.text, parse);
  } catch {
    after = undefined;
  }
  const othersSame =
    after !== undefined &&
    Object.keys(before).every((k) => k === keyUsed || sameValue(before[k], after[k])) &&
    Object.keys(after).every((k) => k === keyUsed || k in before);
  if (!after || !othersSame || !expectedAfter(edit, before, keyUsed, after)) {
    return {
      status: "refused",
      message: `could not change ${edit.key} without touching anything else; edit it by hand`,
    };
  }
  return { status: "changed", text: text.slice(0, loc.block.yamlStart) + step.text + text.slice(loc.block.yamlEnd) };
}

/** Applies edits in order. "unchanged" only when none of them changed anything. */
export function editFrontmatter(text: string, edits: readonly FrontmatterEdit[], parse: ParseYaml): EditOutcome {
  let current = text;
  const reasons: string[] = [];
  let previousChanged = false;
  for (const edit of edits) {
    if (edit.op === "set" && edit.withPrevious && !previousChanged) continue;
    const outcome = applyOne(current, edit, parse);
    if (outcome.status === "refused") return outcome;
    previousChanged = outcome.status === "changed";
    if (outcome.status === "unchanged") reasons.push(outcome.reason);
    else current = outcome.text;
  }
  return current === text
    ? { status: "unchanged", reason: reasons.join("; ") || "nothing to change" }
    : { status: "changed", text: current };
}
