import fc from "fast-check";
import { parse } from "yaml";
import { renderScalar } from "../../src/core/editing/frontmatter-edit";
import { defaultSettings } from "../../src/core/settings/settings";
import { readYaml } from "../../src/core/notes/read-yaml";

/**
 * Generated notes: frontmatter in every style people write (comments, plain and quoted scalars,
 * flow and block lists, nested maps, multi-line strings, anchors, unicode), and bodies that
 * include lines that are exactly `---`.
 */

export const schemaKeys = Object.values<string>(defaultSettings().keys);
export const otherKeys = ["title", "tags", "aliases", "notes", "salary", "location", "recruiter", "links"];

const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.constantFrom(
    "Jane Doe",
    "2026-03-09",
    "true",
    "null",
    "#tag",
    "a: b",
    "[[Jane Doe]]",
    "- x",
    "'q'",
    '"dq"',
    "C:\\path",
    "---",
    "😅 emoji",
    "  spaced  ",
  ),
);
const comment = fc.option(
  fc.string({ maxLength: 12 }).map((c) => ` # ${c.replace(/[\r\n]/g, " ")}`),
  { nil: "" },
);
const item = text.map((t) => renderScalar(t, "block", readYaml));
const flowItem = text.map((t) => renderScalar(t, "flow", readYaml));

// One key's lines, as a function of its name.
type ValueLines = fc.Arbitrary<(key: string, anchor: string) => string[]>;

export const valueLines: ValueLines = fc.oneof(
  fc.tuple(item, comment).map(([v, c]) => (k: string) => [`${k}: ${v}${c}`]),
  fc
    .tuple(text, comment)
    .map(([v, c]) => (k: string) => [`${k}: '${v.replace(/[\r\n]/g, " ").replace(/'/g, "''")}'${c}`]),
  fc.tuple(text, comment).map(([v, c]) => (k: string) => [`${k}: ${JSON.stringify(v)}${c}`]),
  comment.map((c) => (k: string) => [`${k}:${c}`]),
  fc
    .tuple(fc.array(flowItem, { maxLength: 4 }), comment)
    .map(([items, c]) => (k: string) => [`${k}: [${items.join(", ")}]${c}`]),
  fc
    .tuple(fc.array(fc.tuple(item, comment), { minLength: 1, maxLength: 4 }), fc.constantFrom("  ", "", "    "))
    .map(([items, indent]) => (k: string) => [`${k}:`, ...items.map(([v, c]) => `${indent}- ${v}${c}`)]),
  fc
    .array(fc.tuple(fc.constantFrom("a", "b", "c"), item), { minLength: 1, maxLength: 3 })
    .map((pairs) => (k: string) => [`${k}:`, ...[...new Map(pairs)].map(([nk, v]) => `  ${nk}: ${v}`)]),
  fc
    .tuple(
      fc.constantFrom("|", ">", "|-"),
      fc.array(
        fc.string({ maxLength: 15 }).map((s) => s.replace(/[\r\n]/g, " ")),
        { minLength: 1, maxLength: 3 },
      ),
    )
    .map(([style, lines]) => (k: string) => [`${k}: ${style}`, ...lines.map((l) => `  x${l}`)]),
  item.map((v) => (k: string, anchor: string) => [`${k}: &${anchor} ${v}`]),
);

export const noteWith = (lines: ValueLines) =>
  fc.record({
    entries: fc.uniqueArray(fc.tuple(fc.constantFrom(...schemaKeys, ...otherKeys), lines), {
      selector: ([k]) => k.toLowerCase(),
      maxLength: 10,
    }),
    interleave: fc.array(fc.constantFrom("", "# a comment", "#", "# --- section ---"), { maxLength: 10 }),
    aliasOf: fc.boolean(),
    body: fc.array(
      fc.oneof(fc.string({ maxLength: 30 }), fc.constant("---"), fc.constant(""), fc.constant("key: value")),
      { maxLength: 6 },
    ),
    crlf: fc.boolean(),
    bom: fc.boolean(),
    finalNewline: fc.boolean(),
  });

export const note = noteWith(valueLines);

export type GeneratedNote = ReturnType<typeof noteWith> extends fc.Arbitrary<infer T> ? T : never;

export function build(n: GeneratedNote): string {
  const lines: string[] = [];
  n.entries.forEach(([key, make], i) => {
    const extra = n.interleave[i];
    if (extra !== undefined) lines.push(extra);
    lines.push(...make(key, `anc${i}`));
  });
  if (n.aliasOf && n.entries.length > 0) lines.push(`copy: *anc${n.entries.length - 1}`);
  const eol = n.crlf ? "\r\n" : "\n";
  let body = n.body.join(eol);
  if (n.finalNewline && body !== "") body += eol;
  return `${n.bom ? "\uFEFF" : ""}---${eol}${lines.join(eol)}${lines.length ? eol : ""}---${eol}${body}`;
}

export function isValidYaml(t: string): boolean {
  try {
    const yaml = t.replace(/^\uFEFF?---\r?\n/, "").split(/\r?\n---(?:\r?\n|$)/)[0] ?? "";
    const v: unknown = parse(yaml, { schema: "core", uniqueKeys: true, logLevel: "error" });
    return v === null || (typeof v === "object" && !Array.isArray(v));
  } catch {
    return false;
  }
}

/**
 * Rarer ways of writing a value, for the layout's comparison with yaml's own tree: multi-line
 * plain and quoted scalars, lists at the key's indentation, lists of maps, comments inside and
 * after lists, tags, flow maps, nested lists, values on the line below, blank lines inside.
 */
export const oddValueLines: ValueLines = fc.oneof(
  valueLines,
  fc.tuple(item, text).map(([v, w]) => (k: string) => [`${k}: ${v}`, `  ${renderScalar(w, "block", readYaml)}`]),
  fc
    .tuple(text, text)
    .map(([v, w]) => (k: string) => [`${k}: "${v.replace(/["\\\r\n]/g, "")}`, `  ${w.replace(/["\\\r\n]/g, "")}"`]),
  fc
    .array(item, { minLength: 1, maxLength: 3 })
    .map((items) => (k: string) => [`${k}:`, ...items.map((v) => `- ${v}`)]),
  fc
    .array(fc.tuple(item, item), { minLength: 1, maxLength: 3 })
    .map((items) => (k: string) => [`${k}:`, ...items.flatMap(([n, e]) => [`  - name: ${n}`, `    email: ${e}`])]),
  fc
    .tuple(fc.array(item, { minLength: 1, maxLength: 3 }), fc.constantFrom("  # after", "    # deeper", "# top", ""))
    .map(([items, after]) => (k: string) => [`${k}:`, ...items.map((v) => `  - ${v}`), after]),
  fc
    .tuple(fc.array(item, { minLength: 1, maxLength: 3 }), fc.constantFrom("  # between", "# at the margin", ""))
    .map(([items, between]) => (k: string) => [`${k}:`, `  - first`, between, ...items.map((v) => `  - ${v}`)]),
  fc.tuple(fc.constantFrom("!!str", "!!null", "!custom"), item).map(([tag, v]) => (k: string) => [`${k}: ${tag} ${v}`]),
  fc.constantFrom("!!null ~", "!!null", "!!str").map((t) => (k: string) => [`${k}: ${t}`]),
  fc
    .array(flowItem, { minLength: 1, maxLength: 3 })
    .map((items) => (k: string) => [`${k}: [`, ...items.map((v, i) => `  ${v},${i === 0 ? " # first" : ""}`), `]`]),
  fc.tuple(flowItem, flowItem).map(([a, b]) => (k: string) => [`${k}: {a: ${a}, b: ${b}}`]),
  fc.tuple(item, item).map(([a, b]) => (k: string) => [`${k}:`, `  - - ${a}`, `    - ${b}`, `  -`, `    ${a}`]),
  item.map((v) => (k: string) => [`${k}: # note`, `  ${v}`]),
  fc.tuple(item, item).map(([a, b]) => (k: string) => [`${k}:`, `  - ${a}`, ``, `  - ${b}`]),
  fc.tuple(item, item).map(([a, b]) => (k: string, anchor: string) => [`${k}: &${anchor}`, `  - ${a}`, `  - ${b}`]),
  fc
    .constantFrom("|+", ">-", "|2")
    .map((h) => (k: string) => [`${k}: ${h} # header`, `   text`, ``, `   # not a comment`, ``]),
  item.map((v) => (k: string) => [`${k}:    ${v}   `]),
  item.map((v) => (k: string) => [`? ${k}`, `: ${v}`]),
);
