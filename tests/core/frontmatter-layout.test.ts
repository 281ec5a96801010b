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
  it.each([
    ["a directive", "%YAML 1.2\na: 1\n"],
    ["an unclosed quote", 'a: "open\n'],
    ["an unclosed list", "a: [1, 2\n"],
    ["a top-level list", "- a\n- b\n"],
    ["a key on several lines", "? [a,\n  b]\n: 1\n"],
    ["lists nested deeper than the stack", `a: ${"[".repeat(50000)}${"]".repeat(50000)}\n`],
  ])("%s", (_, yaml) => {
    expect(readLayout(yaml)?.top).toBeUndefined();
  });

  it("4,000 keys and their comments are all placed", () => {
    const keys = Array.from({ length: 4000 }, (_, i) => `k${i}: value ${i} # c${i}`).join("\n");
    const layout = readLayout(`${keys}\n`);
    expect(layout?.top?.type === "map" && layout.top.pairs.length).toBe(4000);
    expect(layout?.comments).toHaveLength(4000);
  });
});
