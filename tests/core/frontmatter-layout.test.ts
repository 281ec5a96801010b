import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editFrontmatter, type FrontmatterEdit } from "../../src/core/frontmatter-edit";
import { readLayout } from "../../src/core/frontmatter-layout";
import { parseYamlCore } from "../../src/core/yaml-core";
import { build, isValidYaml, noteWith, oddValueLines, otherKeys, schemaKeys } from "../helpers/generated-frontmatter";
import { editFrontmatter as editOnYamlTree } from "../oracles/frontmatter-edit-cst";

/**
 * The layout is hand-written to keep yaml's parser out of main.js. The editor built on it must
 * write exactly what the editor built on yaml's concrete syntax tree writes (the oracle, kept in
 * tests/oracles): the same bytes when it changes a note, the same refusal when it does not.
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

describe("the editor on the hand-written layout", () => {
  it("writes what the editor on yaml's tree writes, on generated notes", () => {
    let changed = 0;
    fc.assert(
      fc.property(noteWith(oddValueLines), edit, (n, e) => {
        const text = build(n);
        fc.pre(isValidYaml(text));
        const ours = editFrontmatter(text, [e], parseYamlCore);
        const oracle = editOnYamlTree(text, [e], parseYamlCore);
        expect(ours, `${JSON.stringify(text)} ${JSON.stringify(e)}`).toEqual(oracle);
        if (ours.status === "changed") changed++;
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
    expect(changed).toBeGreaterThan(1000);
  }, 600_000);
});

describe("what the layout gives up on", () => {
  it.each<[string, string, number]>([
    ["a directive", "%YAML 1.2\na: 1\n", 0],
    ["an unclosed quote", 'a: "open\n', 3],
    ["an unclosed list", "a: [1, 2\n", 3],
    ["a top-level list", "- a\n- b\n", 0],
    ["a key on several lines", "t: 1\n? [a,\n  b]\n: 1\n", 5],
    ["lists nested deeper than the stack", `a: ${"[".repeat(50000)}${"]".repeat(50000)}\n`, 0],
  ])("%s: where it stopped", (_, yaml, at) => {
    expect(readLayout(yaml)).toEqual({ unplacedAt: at });
  });

  it("the edit is refused with the line it stopped at, and nothing is written", () => {
    const note = "---\ntitle: x\n? [a,\n  b]\n: 1\n---\nbody\n";
    expect(editFrontmatter(note, [{ op: "set", key: "status", value: "closed" }], parseYamlCore)).toEqual({
      status: "refused",
      message: "the frontmatter is written in a way this cannot edit safely at line 3; edit it by hand",
      line: 3,
    });
  });

  it("4,000 keys and their comments are all placed", () => {
    const keys = Array.from({ length: 4000 }, (_, i) => `k${i}: value ${i} # c${i}`).join("\n");
    const layout = readLayout(`${keys}\n`);
    if (!("top" in layout) || layout.top?.type !== "map") throw new Error("not placed");
    expect(layout.top.pairs).toHaveLength(4000);
    expect(layout.comments).toHaveLength(4000);
  });
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

describe("the editor on the hand-written layout, on soups of YAML's pieces", () => {
  it("writes what the editor on yaml's tree writes whenever the soup is a valid map", () => {
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
          const ours = editFrontmatter(text, [e], parseYamlCore);
          const oracle = editOnYamlTree(text, [e], parseYamlCore);
          // Refused by both (the messages may differ), or refused where only the layout gives up:
          // nothing is written. It gives up only on explicit keys (`? key`) holding more than one
          // scalar on one line, which the oracle could still edit. Otherwise the same bytes.
          if (ours.status === "refused") {
            if (oracle.status !== "refused") {
              expect(ours.message, JSON.stringify(text)).toMatch(/cannot edit safely/);
              expect(text).toMatch(/^[ \t]*\? /m);
            }
            return;
          }
          expect(ours, `${JSON.stringify(text)} ${JSON.stringify(e)}`).toEqual(oracle);
        },
      ),
      { numRuns: Number(process.env.FC_RUNS ?? 3000) },
    );
    // About one soup in fourteen is a valid map.
    expect(valid).toBeGreaterThan(Number(process.env.FC_RUNS ?? 3000) / 30);
  }, 600_000);
});
