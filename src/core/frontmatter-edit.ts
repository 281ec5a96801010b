import { isMap, isScalar, isSeq, parse, parseDocument, Parser, type Node as YamlNode, type Pair } from "yaml";
import { findFrontmatter, type FrontmatterBlock } from "./frontmatter-block";
import { asList, asText } from "./values";

/**
 * Edits a note's frontmatter by splicing only the text that changes, then proves the splice
 * by parsing the result: every other key must read exactly as before and the edited key must
 * read as asked. Everything else (other keys, their order, quoting, comments, blank lines,
 * line endings, a byte-order mark, the body, a missing final newline) stays byte for byte.
 * Invalid YAML is never repaired: the edit is refused and nothing is written.
 */

export type FrontmatterEdit =
  /** Sets a key to a text value (a date is the text `2026-03-10`). */
  | { op: "set"; key: string; value: string }
  /** Sets a key only while it is empty: a value the user wrote by hand is never overwritten. */
  | { op: "set-if-empty"; key: string; value: string }
  /** Appends to a list key unless an item already `matches` (default: same text in any case). */
  | { op: "append"; key: string; value: string; matches?: (existing: string) => boolean }
  | { op: "remove"; key: string };

export type EditOutcome =
  | { status: "changed"; text: string }
  | { status: "unchanged"; reason: string }
  | { status: "refused"; message: string; line?: number };

const YAML_OPTIONS = { schema: "core", uniqueKeys: false, keepSourceTokens: true, logLevel: "error" } as const;

interface Located {
  block: FrontmatterBlock;
  yaml: string;
  pairs: Pair<YamlNode, YamlNode | null>[];
}

type Step = { text: string } | { unchanged: string } | { refused: string; line?: number };

function locate(text: string): Located | { refused: string; line?: number } | undefined {
  const block = findFrontmatter(text);
  if (!block) return undefined;
  const yaml = text.slice(block.yamlStart, block.yamlEnd);
  const doc = parseDocument(yaml, YAML_OPTIONS);
  const error = doc.errors[0];
  if (error) {
    const line = block.firstLine + (error.linePos?.[0]?.line ?? 1) - 1;
    return { refused: `the frontmatter is not valid YAML at line ${line} (${error.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "")}); fix it by hand first`, line };
  }
  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return { block, yaml, pairs: [] };
  if (!isMap(contents) || contents.flow) {
    return { refused: "the frontmatter is not a list of key: value lines", line: block.firstLine };
  }
  return { block, yaml, pairs: contents.items };
}

function keyName(pair: Pair<YamlNode, YamlNode | null>): string | undefined {
  return isScalar(pair.key) ? String(pair.key.value) : undefined;
}

/** The pair for `key`: its exact name first, else the one name that matches in any case. */
function findPair(pairs: Pair<YamlNode, YamlNode | null>[], key: string): Pair<YamlNode, YamlNode | null> | { refused: string } | undefined {
  const exact = pairs.filter((p) => keyName(p) === key);
  if (exact.length > 1) return { refused: `the key "${key}" appears more than once; remove the extra one by hand first` };
  if (exact[0]) return exact[0];
  const folded = pairs.filter((p) => keyName(p)?.toLowerCase() === key.toLowerCase());
  if (folded.length > 1) return { refused: `"${key}" is written more than once in different cases; keep one by hand first` };
  return folded[0];
}

function readValue(yaml: string): Record<string, unknown> {
  const value: unknown = parse(yaml, { schema: "core", uniqueKeys: false, logLevel: "error" });
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** A scalar as it should be written: plain when YAML reads it back unchanged, else quoted. */
export function renderScalar(value: string, context: "block" | "flow", style?: "single" | "double"): string {
  const plainOk = style === undefined && value === value.trim() && value !== "" && !/[\n\r\t]/.test(value) && (() => {
    try {
      const back: unknown = parse(context === "flow" ? `[${value}]` : `k: ${value}`, { schema: "core", logLevel: "error" });
      return context === "flow" ? Array.isArray(back) && back.length === 1 && back[0] === value : (back as Record<string, unknown>)?.k === value;
    } catch {
      return false;
    }
  })();
  if (plainOk) return value;
  if (style === "single" && !/[\n\r]/.test(value)) return `'${value.replace(/'/g, "''")}'`;
  return JSON.stringify(value);
}

function quoteStyleOf(source: string): "single" | "double" | undefined {
  if (source.startsWith("'")) return "single";
  if (source.startsWith('"')) return "double";
  return undefined;
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

/** Offset just after the `:` that follows a key. */
function afterColon(yaml: string, pair: Pair<YamlNode, YamlNode | null>): number {
  const keyEnd = pair.key.range?.[1] ?? 0;
  const colon = yaml.indexOf(":", keyEnd);
  return colon === -1 ? keyEnd : colon + 1;
}

/** The anchor of a value that an alias elsewhere repeats: editing it would change that key too. */
function sharedAnchor(yaml: string, node: YamlNode | null): string | undefined {
  const anchor = node?.anchor;
  return anchor && yaml.includes(`*${anchor}`) ? anchor : undefined;
}

/** The comments whose text starts within [from, to) of the YAML source. */
function commentsBetween(yaml: string, from: number, to: number): string[] {
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
  for (const token of new Parser().parse(yaml)) visit(token);
  return found;
}

function splice(text: string, from: number, to: number, insert: string): string {
  return text.slice(0, from) + insert + text.slice(to);
}

/** Where a new key goes: at the end of the block, after any comments. */
function appendKeyLines(loc: Located, lines: string): string {
  const eol = loc.block.eol;
  let yaml = loc.yaml;
  if (yaml !== "" && !yaml.endsWith("\n")) yaml += eol;
  return yaml + lines.split("\n").join(eol) + eol;
}

function setValue(loc: Located, key: string, value: string, onlyIfEmpty: boolean): Step {
  const found = findPair(loc.pairs, key);
  if (found && "refused" in found) return found;
  const { yaml } = loc;
  if (!found) return { text: appendKeyLines(loc, `${key}: ${renderScalar(value, "block")}`) };
  const node = found.value;
  const shared = sharedAnchor(yaml, node);
  if (shared) return { refused: `${keyName(found)} is a YAML anchor (&${shared}) that other keys repeat; edit it by hand` };
  const current = asText(readValue(yaml)[keyName(found) ?? key]);
  if (current === value) return { unchanged: `${keyName(found)} is already ${value}` };
  if (onlyIfEmpty && current !== undefined) return { unchanged: `${keyName(found)} is already recorded (${current})` };
  if (node && isScalar(node) && node.range && node.value !== null && node.type !== "BLOCK_LITERAL" && node.type !== "BLOCK_FOLDED") {
    // Keep the user's quoting of the value being replaced.
    const style = quoteStyleOf(yaml.slice(node.range[0], node.range[1]));
    return { text: splice(yaml, node.range[0], node.range[1], renderScalar(value, "block", style)) };
  }
  // Empty, a block scalar or a collection: everything from the colon to the value's end goes.
  const from = afterColon(yaml, found);
  // An empty value's range starts at whatever follows it (a comment): insert, remove nothing.
  const empty = !node || (isScalar(node) && node.value === null);
  const to = !empty && node?.range ? node.range[1] : from;
  const endsLine = to > from && yaml[to - 1] === "\n";
  const eol = loc.block.eol;
  // Comments inside the value being replaced are the user's words: they stay, as comment lines.
  const kept = commentsBetween(yaml, from, to).map((c) => `${eol}  ${c}`).join("");
  const insert = ` ${renderScalar(value, "block")}${kept}${endsLine ? eol : ""}`;
  return { text: splice(yaml, from, to, insert) };
}

function appendItem(loc: Located, key: string, value: string, matches: (existing: string) => boolean): Step {
  const found = findPair(loc.pairs, key);
  if (found && "refused" in found) return found;
  const { yaml } = loc;
  const eol = loc.block.eol;
  if (!found) return { text: appendKeyLines(loc, `${key}:\n  - ${renderScalar(value, "block")}`) };
  const existing = asList(readValue(yaml)[keyName(found) ?? key]);
  if (existing.some(matches)) return { unchanged: `${value} is already in ${keyName(found)}` };
  const node = found.value;
  const shared = sharedAnchor(yaml, node);
  if (shared) return { refused: `${keyName(found)} is a YAML anchor (&${shared}) that other keys repeat; edit it by hand` };
  if (node && isSeq(node) && node.range) {
    if (node.flow) {
      const close = yaml.lastIndexOf("]", node.range[1]);
      const before = yaml.slice(node.range[0] + 1, close).trimEnd();
      const sep = before.trim() === "" ? "" : before.endsWith(",") ? " " : ", ";
      const at = node.range[0] + 1 + before.length;
      return { text: splice(yaml, at, at, `${sep}${renderScalar(value, "flow")}`) };
    }
    const last = node.items[node.items.length - 1] as YamlNode | undefined;
    const lastStart = last?.range?.[0] ?? node.range[0];
    const prefix = yaml.slice(lineStart(yaml, lastStart), lastStart);
    const itemPrefix = /^[ \t]*-[ \t]+$/.test(prefix) ? prefix : `${prefix.match(/^[ \t]*/)?.[0] ?? ""}- `;
    const at = nextLineStart(yaml, last?.range?.[1] ?? node.range[1]);
    const lead = at === yaml.length && !yaml.endsWith("\n") ? eol : "";
    return { text: splice(yaml, at, at, `${lead}${itemPrefix}${renderScalar(value, "block")}${eol}`) };
  }
  if (node && !isScalar(node)) return { refused: `${keyName(found)} holds a map, not a list` };
  // Empty, or a single value standing for a one-item list: becomes a block list.
  const from = afterColon(yaml, found);
  const items: string[] = [];
  let text = yaml;
  if (node && isScalar(node) && node.value !== null && node.range) {
    const source = yaml.slice(node.range[0], node.range[1]);
    // A one-line value keeps its spelling; a multi-line one becomes one item of the same text.
    items.push(source.includes("\n") ? renderScalar(asText(node.value) ?? "", "block") : source.trim());
    const endsLine = source.endsWith("\n");
    const kept = commentsBetween(yaml, node.range[0], node.range[1]).map((c) => ` ${c}`).join("");
    text = splice(text, from, node.range[1], `${kept}${endsLine ? eol : ""}`);
  }
  items.push(renderScalar(value, "block"));
  const end = lineEnd(text, from);
  return { text: splice(text, end, end, items.map((i) => `${eol}  - ${i}`).join("")) };
}

function removeKey(loc: Located, key: string): Step {
  const found = findPair(loc.pairs, key);
  if (found && "refused" in found) return found;
  if (!found) return { unchanged: `${key} is not there` };
  const { yaml } = loc;
  const start = lineStart(yaml, found.key.range?.[0] ?? 0);
  const valueEnd = found.value?.range?.[2] ?? found.value?.range?.[1] ?? found.key.range?.[2] ?? start;
  return { text: splice(yaml, start, nextLineStart(yaml, Math.max(valueEnd, afterColon(yaml, found))), "") };
}

function expectedAfter(edit: FrontmatterEdit, before: Record<string, unknown>, keyUsed: string): (after: Record<string, unknown>) => boolean {
  return (after) => {
    if (edit.op === "remove") return !(keyUsed in after);
    if (edit.op === "append") {
      const list = asList(after[keyUsed]);
      const old = asList(before[keyUsed]);
      return list.length === old.length + 1 && old.every((v, i) => list[i] === v) && list[list.length - 1] === edit.value;
    }
    return asText(after[keyUsed]) === edit.value;
  };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function newFrontmatter(text: string, edit: FrontmatterEdit): string {
  const bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
  const rest = bom ? text.slice(1) : text;
  const eol = /^[^\n]*\r\n/.test(rest) ? "\r\n" : "\n";
  const line = edit.op === "append" ? `${edit.key}:${eol}  - ${renderScalar(edit.value, "block")}` : edit.op === "remove" ? "" : `${edit.key}: ${renderScalar(edit.value, "block")}`;
  return `${bom}---${eol}${line}${eol}---${eol}${rest}`;
}

function applyOne(text: string, edit: FrontmatterEdit): EditOutcome {
  const loc = locate(text);
  if (loc === undefined) {
    if (edit.op === "remove") return { status: "unchanged", reason: `${edit.key} is not there` };
    return { status: "changed", text: newFrontmatter(text, edit) };
  }
  if ("refused" in loc) return loc.line === undefined ? { status: "refused", message: loc.refused } : { status: "refused", message: loc.refused, line: loc.line };
  let step: Step;
  if (edit.op === "set" || edit.op === "set-if-empty") step = setValue(loc, edit.key, edit.value, edit.op === "set-if-empty");
  else if (edit.op === "append") step = appendItem(loc, edit.key, edit.value, edit.matches ?? ((e) => e.toLowerCase() === edit.value.toLowerCase()));
  else step = removeKey(loc, edit.key);
  if ("unchanged" in step) return { status: "unchanged", reason: step.unchanged };
  if ("refused" in step) return { status: "refused", message: step.refused };

  // Prove the splice: it parses, the edited key reads as asked, every other key as before.
  const found = findPair(loc.pairs, edit.key);
  const keyUsed = found && !("refused" in found) ? (keyName(found) ?? edit.key) : edit.key;
  const before = readValue(loc.yaml);
  const check = parseDocument(step.text, YAML_OPTIONS);
  const after = check.errors.length === 0 ? readValue(step.text) : undefined;
  const othersSame = after !== undefined && Object.keys(before).every((k) => k === keyUsed || sameValue(before[k], after[k])) &&
    Object.keys(after).every((k) => k === keyUsed || k in before);
  if (!after || !othersSame || !expectedAfter(edit, before, keyUsed)(after)) {
    return { status: "refused", message: `could not change ${edit.key} without touching anything else; edit it by hand` };
  }
  return { status: "changed", text: text.slice(0, loc.block.yamlStart) + step.text + text.slice(loc.block.yamlEnd) };
}

/** Applies edits in order. "unchanged" only when none of them changed anything. */
export function editFrontmatter(text: string, edits: readonly FrontmatterEdit[]): EditOutcome {
  let current = text;
  const reasons: string[] = [];
  for (const edit of edits) {
    const outcome = applyOne(current, edit);
    if (outcome.status === "refused") return outcome;
    if (outcome.status === "unchanged") reasons.push(outcome.reason);
    else current = outcome.text;
  }
  return current === text ? { status: "unchanged", reason: reasons.join("; ") || "nothing to change" } : { status: "changed", text: current };
}
