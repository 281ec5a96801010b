import { describe, expect, it } from "vitest";
import { readFrontmatter } from "../../src/cli/read-frontmatter";
import { parseYamlCore } from "../../src/core/yaml-core";

const NOTE = `---
date: 2026-03-09
when: 2026-03-09T14:00
quoted: "2026-03-09"
answer: yes
flag: true
count: 3
none:
link: [[Acme]]
list: [a, "b"]
dup: first
dup: last
---
body`;

describe("the CLI reads frontmatter as Obsidian's Properties panel shows it", () => {
  it("dates and yes stay text; the last of a repeated key wins", () => {
    const read = readFrontmatter("n.md", NOTE);
    expect(read).toEqual({
      kind: "ok",
      data: {
        date: "2026-03-09",
        when: "2026-03-09T14:00",
        quoted: "2026-03-09",
        answer: "yes",
        flag: true,
        count: 3,
        none: null,
        link: [["Acme"]],
        list: ["a", "b"],
        dup: "last",
      },
    });
  });

  it("agrees with the yaml package's core schema, used for edits", () => {
    const read = readFrontmatter("n.md", NOTE);
    expect(read.kind === "ok" ? read.data : undefined).toEqual(parseYamlCore(NOTE.split("---")[1] ?? ""));
  });

  it("an error names the file line", () => {
    const read = readFrontmatter("n.md", "---\na: 1\nb: [x\nc: 2\n---\n");
    expect(read).toMatchObject({ kind: "error", problem: { file: "n.md", line: expect.any(Number) as number } });
    expect(read.kind === "error" ? read.problem.message : "").toMatch(/^the frontmatter is not valid YAML: /);
  });
});
