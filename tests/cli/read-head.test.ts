import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { readProperties } from "../../src/core/notes/read-properties";
import { readYaml } from "../../src/core/notes/read-yaml";
import { readHead } from "../../src/cli/vault";

const dir = mkdtempSync(join(tmpdir(), "jsj-head-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const onDisk = (text: string): string => {
  const file = join(dir, `n${n++}.md`);
  writeFileSync(file, text);
  return file;
};

/** Frontmatter of about `bytes` bytes, with non-ASCII names so a cut could land inside a character. */
const frontmatter = (bytes: number): string => {
  const lines = ["type: interview", "company: Zürich Instruments"];
  for (let i = 0; lines.join("\n").length < bytes; i++)
    lines.push(`note_${i}: Ünïcödé — “quoted” ${"é".repeat(i % 7)}`);
  return `---\n${lines.join("\n")}\n---\n`;
};
const body = "# Notes\n\n" + "Words of the body. ".repeat(600);

describe("the CLI reads a note's head: as much as its properties need", () => {
  it.each([
    ["short frontmatter, long body", frontmatter(200) + body],
    ["frontmatter that ends just before 4 KB", frontmatter(4060) + body],
    ["frontmatter that runs past 4 KB", frontmatter(5000) + body],
    ["an unclosed block", frontmatter(5000).replace(/---\n$/, "") + body],
    ["no frontmatter, long body", body],
    ["a short note", "---\ntype: interview\n---\nhi"],
    ["CRLF and a byte-order mark", `\uFEFF${(frontmatter(4000) + body).replace(/\n/g, "\r\n")}`],
  ])("%s: the properties read from the head are those of the whole note", (_, text) => {
    const file = onDisk(text);
    const fromHead = readProperties("n.md", readHead(file), readYaml);
    const whole = readProperties("n.md", text, readYaml);
    expect(fromHead).toEqual(whole);
  });

  it("for any frontmatter size, the head reads the same properties as the whole note", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9000 }), fc.boolean(), (bytes, withBody) => {
        const text = frontmatter(bytes) + (withBody ? body : "");
        expect(readProperties("n.md", readHead(onDisk(text)), readYaml)).toEqual(
          readProperties("n.md", text, readYaml),
        );
      }),
      { numRuns: 60 },
    );
  });
});
