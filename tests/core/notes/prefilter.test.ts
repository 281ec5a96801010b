import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Document } from "yaml";
import { readProperties } from "../../../src/core/notes/read-properties";
import { readYaml } from "../../../src/core/notes/read-yaml";
import { findFrontmatter, yamlText } from "../../../src/core/notes/frontmatter-block";
import { looksLikeInterviewNote, mightBeInterviewNote } from "../../../src/core/notes/prefilter";
import { isInterviewNote, KeyLookup } from "../../../src/core/notes/schema";
import { defaultSettings } from "../../../src/core/settings/settings";
import { frontmatterLines } from "../../helpers/frontmatter-lines";
import { settingsWith } from "../../helpers/notes";

describe("finding the frontmatter block as Obsidian does", () => {
  it.each<[string, string | undefined]>([
    ["---\na: 1\n---\nbody", "a: 1\n"],
    ["---\r\na: 1\r\n---\r\nbody", "a: 1\r\n"],
    ["\uFEFF---\na: 1\n---\n", "a: 1\n"],
    ["---\n---\n", ""],
    ["---\n---", ""],
    ["---  \na: 1\n---  \n", "a: 1\n"],
    ["---\na: 1\n---", "a: 1\n"],
    ["---\na: |\n  x\n  ---\n---\n", "a: |\n  x\n  ---\n"],
    ["---js\na: 1\n---\n", undefined],
    ["---\na: 1\n", undefined],
    ["\n---\na: 1\n---\n", undefined],
    ["# Title\n---\na: 1\n---\n", undefined],
    ["---\na: 1\n----\n", undefined],
  ])("%j", (text, yaml) => {
    const block = findFrontmatter(text);
    expect(block && yamlText(text, block)).toBe(yaml);
  });
});

describe("the cheap test never skips a real interview note", () => {
  const settings = defaultSettings();
  it.each([
    "---\ntype: interview\n---\n",
    "---\ntype: 'interview'\n---\n",
    '---\ntype: "Interview"\n---\n',
    "---\r\nTYPE:    INTERVIEW   \r\n---\r\n",
    "\uFEFF---\ntype: interview\n---\n",
    "---\ntype:\n  - note\n  - interview\n---\n",
    "---\ntype: [note, interview]\n---\n",
  ])("%j", (text) => {
    expect(mightBeInterviewNote("a.md", text, settings)).toBe(true);
    expect(readProperties("a.md", text, readYaml).kind).toBe("ok");
  });

  it("notes in an interview folder pass even without frontmatter", () => {
    const s = settingsWith((x) => (x.interviewFolders = ["Jobs"]));
    expect(mightBeInterviewNote("Jobs/a.md", "just text", s)).toBe(true);
    expect(mightBeInterviewNote("Other/a.md", "just text", s)).toBe(false);
  });

  it.each([
    ["no frontmatter", "type: interview\n"],
    ["the word only in the body", "---\ntype: journal\n---\nThe interview went well."],
    ["another type", "---\ntype: company\n---\n"],
  ])("skips %s", (_, text) => {
    expect(mightBeInterviewNote("a.md", text, settings)).toBe(false);
  });

  it("property: whenever the full parse finds an interview note, the cheap test passed it", () => {
    const lookup = new KeyLookup(settings);
    const casing = fc.constantFrom("interview", "Interview", "INTERVIEW", "inTerView");
    const other = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8 }),
      fc.oneof(fc.string(), fc.integer(), fc.array(fc.string(), { maxLength: 3 })),
      { maxKeys: 5 },
    );
    fc.assert(
      fc.property(
        other,
        casing,
        fc.constantFrom("type", "Type", "TYPE"),
        fc.constantFrom("PLAIN", "QUOTE_SINGLE", "QUOTE_DOUBLE"),
        fc.boolean(),
        fc.boolean(),
        fc.string(),
        (rest, value, key, quote, crlf, bom, body) => {
          const doc = new Document({ ...rest, [key]: value });
          const node = doc.get(key, true) as { type?: string } | undefined;
          if (node) node.type = quote;
          let text = `---\n${doc.toString()}---\n${body}`;
          if (crlf) text = text.replace(/\n/g, "\r\n");
          if (bom) text = `\uFEFF${text}`;
          const read = readProperties("a.md", text, readYaml);
          const isInterview = read.kind === "ok" && isInterviewNote("a.md", read.data, lookup);
          if (isInterview) expect(mightBeInterviewNote("a.md", text, settings)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the code's frontmatter finder agrees with the tests' own, written line by line", () => {
  it.each([
    ["---\na: 1\n---\nbody"],
    ["\uFEFF---\r\na: 1\r\n---\r\n"],
    ["--- \t\na: 1\n---  \n"],
    ["---\na: 1\n--- x\n---\n"],
    ["---\na: 1\n"],
    ["---js\na: 1\n---\n"],
    ["text\n---\na: 1\n---\n"],
    ["---\n---\n"],
    ["---\na: 1\n---"],
    ["---"],
    [""],
    ["---\r\na\r\n---"],
  ])("%j", (text) => {
    const code = findFrontmatter(text);
    expect(code && { yamlStart: code.yamlStart, yamlEnd: code.yamlEnd, end: code.end }).toEqual(frontmatterLines(text));
  });

  it("on generated text", () => {
    const piece = fc.constantFrom("---", "--- ", "---\t", "--", "a: 1", "", "\uFEFF", "...", "x---");
    const eol = fc.constantFrom("\n", "\r\n");
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, eol), { maxLength: 6 }), fc.boolean(), (lines, endless) => {
        let text = lines.map(([l, e]) => l + e).join("");
        if (endless) text = text.replace(/\r?\n$/, "");
        const code = findFrontmatter(text);
        expect(code && { yamlStart: code.yamlStart, yamlEnd: code.yamlEnd, end: code.end }).toEqual(
          frontmatterLines(text),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe("a note whose YAML does not parse is reported when it says it is an application", () => {
  const tagged = settingsWith((s) => {
    s.keys.type = "tags";
    s.typeValue = "job";
  });
  it.each<[string, boolean]>([
    ["tags: job\ncompany: [oops\n", true],
    ["tags: [job, remote]\ncompany: [oops\n", true],
    ["tags:\n  - job\ncompany: [oops\n", true],
    ["tags:\n  - remote\n  - '#job'\ncompany: [oops\n", true],
    ['"tags":\n- job\ncompany: [oops\n', true],
    ["tags:\n  - jobs-to-do\ncompany: [oops\n", false],
    ["tags:\n  - remote\nstatus: job\ncompany: [oops\n", false],
    ["company: [oops\n", false],
  ])("%j: %s", (yaml, reported) => {
    expect(looksLikeInterviewNote("Jobs/x.md", `---\n${yaml}---\n`, tagged)).toBe(reported);
  });
});
