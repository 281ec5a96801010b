import { describe, expect, it } from "vitest";
import { frontmatterError, readProperties } from "../../../src/core/notes/read-properties";
import { readYaml } from "../../../src/core/notes/read-yaml";
import { MAX_FRONTMATTER_BYTES } from "../../../src/core/notes/value-limits";

const NOTE = `---
date: 2026-03-09
when: 2026-03-09T14:00
quoted: "2026-03-09"
answer: yes
off: no
flag: true
count: 3
none:
link: [[Acme]]
list: [a, "b"]
---
body`;

describe("a note's properties, read as Obsidian's Properties panel shows them", () => {
  it("dates, yes and no stay text; true, numbers, empty values and links as YAML says", () => {
    const read = readProperties("n.md", NOTE, readYaml);
    expect(read.kind === "ok" && read.data).toEqual({
      date: "2026-03-09",
      when: "2026-03-09T14:00",
      quoted: "2026-03-09",
      answer: "yes",
      off: "no",
      flag: true,
      count: 3,
      none: null,
      link: [["Acme"]],
      list: ["a", "b"],
    });
  });

  it.each([
    ["no frontmatter", "just a note\n", { kind: "none" }],
    ["an unclosed block", "---\nstatus: applied\n", { kind: "none" }],
    ["an empty block", "---\n---\nbody", { kind: "ok", data: {}, empty: true }],
    ["a comment only", "---\n# nothing yet\n---\n", { kind: "ok", data: {}, empty: true }],
    [
      "a byte-order mark and CRLF",
      "\uFEFF---\r\nstatus: applied\r\n---\r\n",
      { kind: "ok", data: { status: "applied" }, empty: false },
    ],
  ])("%s", (_, text, expected) => {
    expect(readProperties("n.md", text, readYaml)).toMatchObject(expected);
  });

  it.each([
    // Obsidian's parser is js-yaml too: a key written twice makes the properties unreadable there.
    [
      "a key written twice",
      "---\nstatus: applied\nstatus: waiting\n---\n",
      "yaml",
      3,
      /^the frontmatter is not valid YAML: duplicated mapping key$/,
    ],
    ["a flow list left open", "---\na: 1\nb: [x\nc: 2\n---\n", "yaml", 4, /^the frontmatter is not valid YAML: /],
    [
      "a list instead of properties",
      "---\n- a\n- b\n---\n",
      "shape",
      2,
      /^the frontmatter is not a list of properties/,
    ],
    ["a bare text", "---\njust words\n---\n", "shape", 2, /^the frontmatter is not a list of properties/],
    [
      "aliases that repeat each other",
      `---\na: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
        { length: 6 },
        (_, i) =>
          `${"bcdefg"[i]}: &${"bcdefg"[i]} [${Array(10)
            .fill(i === 0 ? "*a" : `*${"abcdefg"[i]}`)
            .join(", ")}]`,
      ).join("\n")}\n---\n`,
      "values",
      undefined,
      /more than 10,000 values/,
    ],
    [
      "too much text",
      `---\nnotes: "${"x".repeat(MAX_FRONTMATTER_BYTES)}"\n---\n`,
      "large",
      undefined,
      /larger than 256 KB; the note is not read$/,
    ],
  ])("%s is reported with its line, never read", (_, text, why, line, message) => {
    const read = readProperties("n.md", text, readYaml);
    expect(read).toMatchObject({ kind: "error", why, problem: { file: "n.md" } });
    if (read.kind !== "error") return;
    expect(read.problem.line).toBe(line);
    expect(read.problem.message).toMatch(message);
    expect(frontmatterError("n.md", text, readYaml)).toEqual(read.problem);
  });
});
