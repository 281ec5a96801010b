import { expect } from "vitest";
import { isMap, isScalar, Lexer, parse, parseDocument } from "yaml";
import { frontmatterLines as findFrontmatter } from "./frontmatter-lines";

/** Top-level values as Obsidian would read them. */
export function values(text: string): Record<string, unknown> {
  const block = findFrontmatter(text);
  if (!block) return {};
  const v: unknown = parse(text.slice(block.yamlStart, block.yamlEnd), {
    schema: "core",
    uniqueKeys: false,
    logLevel: "error",
  });
  return typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {};
}

export function comments(text: string): string[] {
  const block = findFrontmatter(text);
  if (!block) return [];
  return [...new Lexer().lex(text.slice(block.yamlStart, block.yamlEnd))].filter((t) => t.startsWith("#")).sort();
}

/** The [start, end) offsets in `text` of a top-level key's lines, from its line start to its value's end. */
function keySpan(text: string, key: string): [number, number] | undefined {
  const block = findFrontmatter(text);
  if (!block) return undefined;
  const yaml = text.slice(block.yamlStart, block.yamlEnd);
  const doc = parseDocument(yaml, { schema: "core", uniqueKeys: false, logLevel: "error" });
  if (!isMap(doc.contents)) return undefined;
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key) || String(pair.key.value).toLowerCase() !== key.toLowerCase()) continue;
    const start = yaml.lastIndexOf("\n", (pair.key.range?.[0] ?? 0) - 1) + 1;
    const valueNode = pair.value as { range?: [number, number, number] } | null;
    let end = valueNode?.range?.[2] ?? pair.key.range?.[2] ?? start;
    const nl = yaml.indexOf("\n", Math.max(end - 1, 0));
    end = yaml[end - 1] === "\n" ? end : nl === -1 ? yaml.length : nl + 1;
    return [block.yamlStart + start, block.yamlStart + end];
  }
  return undefined;
}

/**
 * The edit changed nothing but `keys`: the bytes before and after the changed region are the
 * original's, and what was removed lay inside those keys' lines; the body, every other key and
 * every comment are as before.
 */
export function expectOnlyKeysChanged(before: string, after: string, keys: string[]): void {
  let p = 0;
  while (p < before.length && p < after.length && before[p] === after[p]) p++;
  // Whole lines: a removed key can share its first letters with the next key's name.
  while (p > 0 && before[p - 1] !== "\n") p--;
  let s = 0;
  while (s < before.length - p && s < after.length - p && before[before.length - 1 - s] === after[after.length - 1 - s])
    s++;
  while (s > 0 && before.length - s > p && before[before.length - 1 - s] !== "\n") s--;
  const removedFrom = p;
  const removedTo = before.length - s;
  if (removedTo > removedFrom) {
    const inside = keys.some((k) => {
      const span = keySpan(before, k);
      return span !== undefined && span[0] <= removedFrom && removedTo <= span[1];
    });
    expect(
      inside,
      `removed ${JSON.stringify(before.slice(removedFrom, removedTo))} lies outside ${keys.join(", ")}`,
    ).toBe(true);
  }
  const b = findFrontmatter(before);
  const a = findFrontmatter(after);
  expect(a).toBeDefined();
  if (b && a) expect(after.slice(a.end)).toBe(before.slice(b.end));
  else if (a) expect(after.slice(a.end)).toBe(before.replace(/^\uFEFF/, ""));
  const vb = values(before);
  const va = values(after);
  const folded = keys.map((k) => k.toLowerCase());
  for (const k of Object.keys(vb)) if (!folded.includes(k.toLowerCase())) expect(va[k]).toEqual(vb[k]);
  for (const k of Object.keys(va)) if (!folded.includes(k.toLowerCase())) expect(k in vb).toBe(true);
  const ca = comments(after);
  for (const c of comments(before)) expect(ca).toContain(c);
}
