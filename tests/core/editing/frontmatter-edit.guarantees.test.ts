import fc from "fast-check";
import { CORE_SCHEMA, load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { findFrontmatter } from "../../../src/core/notes/frontmatter-block";
import { editFrontmatter, type EditOutcome, type FrontmatterEdit } from "../../../src/core/editing/frontmatter-edit";
import { asList, asText } from "../../../src/core/notes/values";
import { readYaml } from "../../../src/core/notes/read-yaml";
import { expectOnlyKeysChanged, values } from "../../helpers/frontmatter";
import {
  build,
  isValidYaml,
  noteWith,
  oddValueLines,
  otherKeys,
  schemaKeys,
} from "../../helpers/generated-frontmatter";

/**
 * The editor's guarantees, held on generated notes in every style people write and on soups of
 * YAML's pieces: a changed note differs only in the edited key's lines, reads (with another YAML
 * parser than the one that proved it, js-yaml) as asked with every other key as before, and keeps
 * its body and byte-order mark; a refusal says why and, where it names a line, a line of the
 * frontmatter; nothing else happens. (Up to December 2026 the editor ran on a hand-written scanner
 * held equal to this one; these properties replaced that comparison when the editor came back to
 * yaml's concrete syntax tree.)
 */

const edit: fc.Arbitrary<FrontmatterEdit> = fc.oneof(
  fc.constantFrom(...schemaKeys, ...otherKeys, "copy").chain((key) =>
    fc.oneof(
      fc
        .constantFrom("2026-03-12", "Jane Doe", "a: b", "")
        .map((value): FrontmatterEdit => ({ op: "set", key, value })),
      fc.constant<FrontmatterEdit>({ op: "set-if-empty", key, value: "2026-03-12" }),
      fc
        .constantFrom("Jane Doe", "[[Lena Fischer]]", "O'Brien, Pat")
        .map((value): FrontmatterEdit => ({ op: "append", key, value })),
      fc.constant<FrontmatterEdit>({ op: "remove", key }),
      fc
        .constantFrom("a", "x", "Jane", "2026", "e")
        .map((find): FrontmatterEdit => ({ op: "replace-text", key, find, value: "X <x@example.com>" })),
    ),
  ),
);

/** The frontmatter as js-yaml reads it (the CLI's reader), keys in any case found by `key`. */
function readWithJsYaml(text: string): Record<string, unknown> {
  const block = findFrontmatter(text);
  if (!block) return {};
  const v = load(text.slice(block.yamlStart, block.yamlEnd), { schema: CORE_SCHEMA, json: true });
  return typeof v === "object" && v !== null ? (v as Record<string, unknown>) : {};
}

const sameKey = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Checks one outcome against the guarantees; says which way it went. */
function holds(text: string, e: FrontmatterEdit, out: EditOutcome): EditOutcome["status"] {
  const what = `${JSON.stringify(text)} ${JSON.stringify(e)}`;
  if (out.status === "refused") {
    expect(out.message, what).not.toBe("");
    if (out.line !== undefined) {
      const block = findFrontmatter(text);
      const last = block ? text.slice(0, block.end).split("\n").length : 1;
      expect(out.line, what).toBeGreaterThanOrEqual(1);
      expect(out.line, what).toBeLessThanOrEqual(last);
    }
    return "refused";
  }
  if (out.status === "unchanged") return "unchanged";
  // js-yaml refuses some YAML that yaml reads (custom tags, a few odd soups): those are read with yaml.
  let read = readWithJsYaml;
  try {
    readWithJsYaml(text);
  } catch {
    read = values;
  }
  const before = read(text);
  const after = read(out.text);
  for (const k of Object.keys(before)) if (!sameKey(k, e.key)) expect(after[k], what).toEqual(before[k]);
  for (const k of Object.keys(after)) if (!sameKey(k, e.key)) expect(k in before, what).toBe(true);
  const edited = Object.keys(after).find((k) => sameKey(k, e.key));
  const value = edited === undefined ? undefined : after[edited];
  if (e.op === "set" || e.op === "set-if-empty") expect(asText(value) ?? "", what).toBe(e.value);
  if (e.op === "append") expect(asList(value), what).toContain(e.value);
  if (e.op === "remove") expect(edited, what).toBeUndefined();
  if (e.op === "replace-text") expect(asText(value) ?? "", what).toContain(e.value);
  expectOnlyKeysChanged(text, out.text, [e.key]);
  const body = (t: string) => t.slice(findFrontmatter(t)?.end ?? 0);
  if (findFrontmatter(text)) expect(body(out.text), what).toBe(body(text));
  expect(out.text.startsWith("\uFEFF"), what).toBe(text.startsWith("\uFEFF"));
  // Written again, the same edit changes nothing.
  if (e.op !== "replace-text") expect(editFrontmatter(out.text, [e], readYaml).status, what).not.toBe("changed");
  return "changed";
}

describe("the editor's guarantees on generated notes", () => {
  it("only the key's lines change, the note reads as asked, refusals say where", () => {
    let changed = 0;
    fc.assert(
      fc.property(noteWith(oddValueLines), edit, (n, e) => {
        const text = build(n);
        fc.pre(isValidYaml(text));
        if (holds(text, e, editFrontmatter(text, [e], readYaml)) === "changed") changed++;
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
    expect(changed).toBeGreaterThan(Number(process.env.FC_RUNS ?? 3000) / 4);
  }, 600_000);
});

/** Lines put together from YAML's pieces at random: what the hand-made styles above do not think of. */
const soupLine = fc
  .tuple(
    fc.constantFrom("", "", "  ", "    ", "\t"),
    fc.constantFrom("", "- ", "-\t", "? "),
    fc.constantFrom("", "status: ", "thanked:", "Thanked:\t", '"a b": ', "'c': ", "x:y: ", "k :  "),
    fc.constantFrom(
      "",
      "Jane",
      "Jane # c",
      "a#b",
      "[a, b]",
      "[a,\t'b' ,]",
      "{a: 1}",
      "[",
      "]",
      '"q\\" #"',
      "'it''s'",
      "|",
      ">-",
      "&x v",
      "*x",
      "!!str v",
      "- y",
      "-z",
      "?q",
      ": v",
      "...",
      "---",
      "%x",
    ),
  )
  .map((parts) => parts.join(""));

describe("the editor's guarantees on soups of YAML's pieces", () => {
  it("whenever the soup is a valid map: the guarantees, or a refusal", () => {
    let valid = 0;
    fc.assert(
      fc.property(
        fc.array(soupLine, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("\n", "\r\n"),
        edit,
        (lines, eol, e) => {
          const text = `---${eol}${lines.join(eol)}${eol}---${eol}body`;
          if (!isValidYaml(text)) return;
          valid++;
          holds(text, e, editFrontmatter(text, [e], readYaml));
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
    // About one soup in fourteen is a valid map.
    expect(valid).toBeGreaterThan(Number(process.env.FC_RUNS ?? 3000) / 30);
  }, 600_000);
});

describe("large frontmatter", () => {
  it("a note with 4,000 keys and their comments is edited in place", () => {
    const keys = Array.from({ length: 4000 }, (_, i) => `k${i}: value ${i} # c${i}`).join("\n");
    const text = `---\n${keys}\n---\nbody\n`;
    const out = editFrontmatter(text, [{ op: "set", key: "k3999", value: "done" }], readYaml);
    expect(out.status === "changed" && out.text).toBe(text.replace("k3999: value 3999 # c3999", "k3999: done # c3999"));
  });
});
