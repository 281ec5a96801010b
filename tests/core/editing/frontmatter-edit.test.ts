import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { editFrontmatter, renderScalar, type FrontmatterEdit } from "../../../src/core/editing/frontmatter-edit";
import { readYaml } from "../../../src/core/notes/read-yaml";
import { parse } from "yaml";
import { expectOnlyKeysChanged, values } from "../../helpers/frontmatter";

const edit = (text: string, ...edits: FrontmatterEdit[]) => editFrontmatter(text, edits, readYaml);
const changed = (text: string, ...edits: FrontmatterEdit[]): string => {
  const r = editFrontmatter(text, edits, readYaml);
  if (r.status !== "changed") throw new Error(`expected a change, got ${JSON.stringify(r)}`);
  return r.text;
};

describe("set", () => {
  it.each<[string, string, FrontmatterEdit, string]>([
    [
      "a new key goes at the end, as Obsidian writes dates",
      "---\na: 1\n---\nbody",
      { op: "set", key: "replied", value: "2026-03-10" },
      "---\na: 1\nreplied: 2026-03-10\n---\nbody",
    ],
    [
      "after a trailing comment line",
      "---\na: 1\n# end\n---\n",
      { op: "set", key: "b", value: "x" },
      "---\na: 1\n# end\nb: x\n---\n",
    ],
    [
      "an empty value is filled in place",
      "---\nreplied:\nb: 2\n---\n",
      { op: "set", key: "replied", value: "2026-03-10" },
      "---\nreplied: 2026-03-10\nb: 2\n---\n",
    ],
    [
      "an empty value with a comment",
      "---\nreplied:   # when?\n---\n",
      { op: "set", key: "replied", value: "2026-03-10" },
      "---\nreplied: 2026-03-10   # when?\n---\n",
    ],
    [
      "the user's quotes are kept",
      "---\nstatus: 'waiting' # c\n---\n",
      { op: "set", key: "status", value: "next round" },
      "---\nstatus: 'next round' # c\n---\n",
    ],
    [
      "double quotes too",
      '---\nstatus: "waiting"\n---\n',
      { op: "set", key: "status", value: "offer" },
      '---\nstatus: "offer"\n---\n',
    ],
    [
      "a value that needs quotes gets them",
      "---\nstatus: waiting\n---\n",
      { op: "set", key: "status", value: "next: round #2" },
      '---\nstatus: "next: round #2"\n---\n',
    ],
    [
      "text that YAML would read as a number is quoted",
      "---\nx: a\n---\n",
      { op: "set", key: "x", value: "42" },
      '---\nx: "42"\n---\n',
    ],
    [
      "a list becomes the scalar",
      "---\nstatus:\n  - a\n  - b\nnext: 1\n---\n",
      { op: "set", key: "status", value: "closed" },
      "---\nstatus: closed\nnext: 1\n---\n",
    ],
    [
      "a block scalar becomes the scalar",
      "---\nnote: |\n  a\n  b\nnext: 1\n---\n",
      { op: "set", key: "note", value: "x" },
      "---\nnote: x\nnext: 1\n---\n",
    ],
    [
      "a key in another case is edited, not doubled",
      "---\nReplied:\n---\n",
      { op: "set", key: "replied", value: "2026-03-10" },
      "---\nReplied: 2026-03-10\n---\n",
    ],
    ["empty frontmatter", "---\n---\nbody", { op: "set", key: "a", value: "b" }, "---\na: b\n---\nbody"],
    [
      "no frontmatter: one is added",
      "# Title\nbody",
      { op: "set", key: "a", value: "b" },
      "---\na: b\n---\n# Title\nbody",
    ],
    [
      "no frontmatter, CRLF and BOM",
      "\uFEFF# Title\r\nbody",
      { op: "set", key: "a", value: "b" },
      "\uFEFF---\r\na: b\r\n---\r\n# Title\r\nbody",
    ],
    ["CRLF", "---\r\na: 1\r\n---\r\n", { op: "set", key: "b", value: "2" }, '---\r\na: 1\r\nb: "2"\r\n---\r\n'],
  ])("%s", (_, text, e, expected) => {
    expect(changed(text, e)).toBe(expected);
  });

  it("the same value already there: no change, no write", () => {
    expect(edit('---\nreplied: "2026-03-10"\n---\n', { op: "set", key: "replied", value: "2026-03-10" })).toEqual({
      status: "unchanged",
      reason: "replied is already 2026-03-10",
    });
  });

  it("set-if-empty never overwrites what the user wrote", () => {
    expect(
      edit("---\ndebriefed: 2026-03-09\n---\n", { op: "set-if-empty", key: "debriefed", value: "2026-03-10" }),
    ).toEqual({
      status: "unchanged",
      reason: "debriefed is already recorded (2026-03-09)",
    });
    expect(changed("---\ndebriefed:\n---\n", { op: "set-if-empty", key: "debriefed", value: "2026-03-10" })).toBe(
      "---\ndebriefed: 2026-03-10\n---\n",
    );
  });
});

describe("append to a list", () => {
  it.each<[string, string, string, string]>([
    [
      "block list, same indentation",
      '---\nthanked:\n  - Jane   # first\n  - "Tom"\n\nnext: 1\n---\n',
      "Lena",
      '---\nthanked:\n  - Jane   # first\n  - "Tom"\n  - Lena\n\nnext: 1\n---\n',
    ],
    ["block list at column 0", "---\nthanked:\n- Jane\n---", "Tom", "---\nthanked:\n- Jane\n- Tom\n---"],
    ["flow stays flow", "---\nthanked: [Jane, Tom]  # c\n---\n", "Lena", "---\nthanked: [Jane, Tom, Lena]  # c\n---\n"],
    ["empty flow list", "---\nthanked: []\n---\n", "Lena", "---\nthanked: [Lena]\n---\n"],
    ["flow with a trailing comma", "---\nthanked: [Jane,]\n---\n", "Tom", "---\nthanked: [Jane, Tom]\n---\n"],
    [
      "flow item that needs quotes",
      "---\nthanked: [Jane]\n---\n",
      "Doe, John",
      '---\nthanked: [Jane, "Doe, John"]\n---\n',
    ],
    [
      "a link is quoted as Obsidian does",
      "---\nthanked:\n  - Jane\n---\n",
      "[[Lena Fischer]]",
      '---\nthanked:\n  - Jane\n  - "[[Lena Fischer]]"\n---\n',
    ],
    [
      "empty value becomes a block list",
      "---\nthanked:\nnext: 1\n---\n",
      "Tom",
      "---\nthanked:\n  - Tom\nnext: 1\n---\n",
    ],
    [
      "empty value with a comment",
      "---\nthanked: # nobody yet\n---\n",
      "Tom",
      "---\nthanked: # nobody yet\n  - Tom\n---\n",
    ],
    [
      "a single value becomes a block list",
      "---\nthanked: 'Jane' # c\n---\n",
      "Tom",
      "---\nthanked: # c\n  - 'Jane'\n  - Tom\n---\n",
    ],
    ["absent: a new block list", "---\na: 1\n---\n", "Tom", "---\na: 1\nthanked:\n  - Tom\n---\n"],
    [
      "CRLF block list",
      "---\r\nthanked:\r\n  - Jane\r\n---\r\n",
      "Tom",
      "---\r\nthanked:\r\n  - Jane\r\n  - Tom\r\n---\r\n",
    ],
  ])("%s", (_, text, value, expected) => {
    expect(changed(text, { op: "append", key: "thanked", value })).toBe(expected);
    expectOnlyKeysChanged(text, expected, ["thanked"]);
  });

  it("an item already there (any case, or by the caller's rule) changes nothing", () => {
    expect(edit("---\nthanked: [Jane]\n---\n", { op: "append", key: "thanked", value: "JANE" }).status).toBe(
      "unchanged",
    );
    expect(
      edit("---\nthanked: ['[[Jane Doe]]']\n---\n", {
        op: "append",
        key: "thanked",
        value: "Jane Doe",
        matches: (e) => e.includes("Jane Doe"),
      }).status,
    ).toBe("unchanged");
  });

  it("a comment between the key and its single value stays when it becomes a list (found by the guarantees' property)", () => {
    expect(
      changed("---\ndecision_by: # note\n  Tom\n---\n", { op: "append", key: "decision_by", value: "Jane Doe" }),
    ).toBe("---\ndecision_by: # note\n  - Tom\n  - Jane Doe\n---\n");
  });
  it("a key that holds a map is refused", () => {
    expect(edit("---\nthanked:\n  a: 1\n---\n", { op: "append", key: "thanked", value: "x" })).toEqual({
      status: "refused",
      message: "thanked holds a map, not a list",
    });
  });
});

describe("keys as people write them", () => {
  it.each([
    ["space before the colon", "---\nstatus   : waiting\n---\n", "---\nstatus   : closed\n---\n"],
    ["single-quoted", "---\n'status': waiting\n---\n", "---\n'status': closed\n---\n"],
    ["double-quoted with an escape", '---\n"st\\u0061tus": waiting\n---\n', '---\n"st\\u0061tus": closed\n---\n'],
    ["another case", "---\nStatus: waiting # c\n---\n", "---\nStatus: closed # c\n---\n"],
    ["an explicit key", "---\n? status\n: waiting\n---\n", "---\n? status\n: closed\n---\n"],
  ])("%s: found and edited in place", (_, before, after) => {
    expect(changed(before, { op: "set", key: "status", value: "closed" })).toBe(after);
  });
});

describe("a set that goes with the edit before it", () => {
  const thank = (text: string) =>
    editFrontmatter(
      text,
      [
        { op: "append", key: "thanked", value: "Tom" },
        { op: "set", key: "thanked_on", value: "2026-03-12", withPrevious: true },
      ],
      readYaml,
    );

  it("is written when the edit before it changed the note", () => {
    expect(thank("---\nthanked: [Ann]\nthanked_on: 2026-03-10\n---\n")).toEqual({
      status: "changed",
      text: "---\nthanked: [Ann, Tom]\nthanked_on: 2026-03-12\n---\n",
    });
  });

  it("is skipped when the edit before it changed nothing: a step recorded already keeps its date", () => {
    expect(thank("---\nthanked: [Tom]\nthanked_on: 2026-03-10\n---\n")).toEqual({
      status: "unchanged",
      reason: "Tom is already in thanked",
    });
  });
});

describe("remove", () => {
  it.each<[string, string, string]>([
    // The key goes; what the user wrote about it stays (a next round moves keys into rounds).
    [
      "a scalar: its comment stays as a comment line",
      "---\na: 1\nsnooze_until: 2026-03-12 # back then\nb: 2\n---\n",
      "---\na: 1\n# back then\nb: 2\n---\n",
    ],
    // Found by the property test of every action (Log an interview on a note with an earlier round).
    ["a flow list with an empty comment", "---\nsnooze_until: [a, b] # \nb: 2\n---\n", "---\n# \nb: 2\n---\n"],
    [
      "comment lines below it stay",
      "---\nsnooze_until: 2026-03-05 # called Jane\n# about the call\n---\n",
      "---\n# called Jane\n# about the call\n---\n",
    ],
    ["a block list", "---\nsnooze_until:\n  - x\n  - y\nb: 2\n---\n", "---\nb: 2\n---\n"],
    ["the last key", "---\na: 1\nsnooze_until: 2026-03-12\n---\n", "---\na: 1\n---\n"],
  ])("%s", (_, text, expected) => {
    expect(changed(text, { op: "remove", key: "snooze_until" })).toBe(expected);
  });
  it("a value other keys repeat through its anchor is refused (found by the property test)", () => {
    expect(edit('---\nsnooze_until: &a "!"\ncopy: *a\n---\n', { op: "remove", key: "snooze_until" })).toMatchObject({
      status: "refused",
      message: expect.stringMatching(/is a YAML anchor \(&a\)/) as unknown,
    });
  });
  it("an absent key: unchanged", () => {
    expect(edit("---\na: 1\n---\n", { op: "remove", key: "x" }).status).toBe("unchanged");
    expect(edit("body only", { op: "remove", key: "x" }).status).toBe("unchanged");
  });
});

describe("refusals: nothing is repaired, nothing is written", () => {
  it.each<[string, string, number | undefined, RegExp]>([
    [
      "invalid YAML, with its line",
      "---\ntype: interview\ncompany: [Acme\ninterview_date: 2026-03-09\n---\n",
      4,
      /^the frontmatter is not valid YAML at line 4 \(.+\); fix it by hand first$/,
    ],
    ["bad indentation", "---\na: 1\n  b: 2\n---\n", 3, /not valid YAML at line 3/],
    ["a list instead of keys", "---\n- a\n- b\n---\n", 2, /^the frontmatter is not a list of key: value lines$/],
    // As in Obsidian, whose parser is js-yaml too: a key written twice is invalid YAML.
    ["the key twice", "---\nstatus: a\nstatus: b\n---\n", 3, /not valid YAML at line 3 \(duplicated mapping key\)/],
    ["the key twice in two cases", "---\nStatus: a\nSTATUS: b\n---\n", undefined, /more than once in different cases/],
  ])("%s", (_, text, line, message) => {
    const r = edit(text, { op: "set", key: "status", value: "closed" });
    expect(r.status).toBe("refused");
    if (r.status === "refused") {
      expect(r.message).toMatch(message);
      expect(r.line).toBe(line);
    }
  });

  it("a key twice, with a parser that lets the last one win, is still refused", () => {
    const lastWins = (yaml: string): unknown => parse(yaml, { schema: "core", uniqueKeys: false });
    const r = editFrontmatter(
      "---\nstatus: a\nstatus: b\n---\n",
      [{ op: "set", key: "status", value: "closed" }],
      lastWins,
    );
    expect(r).toMatchObject({ status: "refused", message: expect.stringMatching(/appears more than once/) as string });
  });
});

describe("renderScalar", () => {
  it.each<[string, "block" | "flow", string]>([
    ["Jane Doe", "block", "Jane Doe"],
    ["2026-03-10", "block", "2026-03-10"],
    ["true", "block", '"true"'],
    ["", "block", '""'],
    [" padded ", "block", '" padded "'],
    ["a # b", "block", '"a # b"'],
    ["[[Jane]]", "block", '"[[Jane]]"'],
    ["a, b", "block", "a, b"],
    ["a, b", "flow", '"a, b"'],
    ["line\nbreak", "block", '"line\\nbreak"'],
    ["李小龍", "flow", "李小龍"],
  ])("%j in %s context → %s", (value, context, expected) => {
    expect(renderScalar(value, context, readYaml)).toBe(expected);
  });
});

// Real-world notes, each edited the way the plugin does. The whole resulting file is approved,
// byte for byte, so any change in what gets written is a visible diff.
describe("the corpus of tricky notes", () => {
  const dir = "tests/fixtures/notes";
  const files = readdirSync(dir).filter((f) => f !== "invalid-yaml.md");
  const steps: FrontmatterEdit[] = [
    { op: "append", key: "thanked", value: "Tom Becker" },
    { op: "set-if-empty", key: "follow_up_1", value: "2026-03-12" },
    { op: "set", key: "status", value: "next round" },
  ];

  it.each(files)("%s: each edit touches only its key", (file) => {
    const text = readFileSync(`${dir}/${file}`, "utf8");
    let current = text;
    for (const step of steps) {
      const r = editFrontmatter(current, [step], readYaml);
      expect(r.status).not.toBe("refused");
      if (r.status !== "changed") continue;
      expectOnlyKeysChanged(current, r.text, [step.key]);
      expect(editFrontmatter(r.text, [step], readYaml).status).toBe("unchanged");
      current = r.text;
    }
    const read = Object.fromEntries(Object.entries(values(current)).map(([k, v]) => [k.toLowerCase(), v]));
    expect(read).toMatchObject({ status: "next round", follow_up_1: "2026-03-12" });
  });

  it.each(files)("%s: approved result", async (file) => {
    const text = readFileSync(`${dir}/${file}`, "utf8");
    const r = editFrontmatter(text, steps, readYaml);
    await expect(r.status === "changed" ? r.text : text).toMatchFileSnapshot(`approved/edited-${file}`);
  });

  it("invalid-yaml.md is refused with its line and left alone", () => {
    const text = readFileSync(`${dir}/invalid-yaml.md`, "utf8");
    for (const step of steps)
      expect(editFrontmatter(text, [step], readYaml)).toMatchObject({ status: "refused", line: 4 });
  });
});

describe("replace-text: an email added to one person, wherever the list is written", () => {
  const edit = {
    op: "replace-text" as const,
    key: "interviewers",
    find: "Rachael Rosen",
    value: "Rachael Rosen <rachael@tyrell.example>",
  };
  it.each<[string, string, string]>([
    [
      "a block list",
      "interviewers:\n  - Eldon Tyrell <eldon@tyrell.example>\n  - Rachael Rosen # platform\n",
      "interviewers:\n  - Eldon Tyrell <eldon@tyrell.example>\n  - Rachael Rosen <rachael@tyrell.example> # platform\n",
    ],
    [
      "a flow list",
      "interviewers: [Eldon Tyrell, Rachael Rosen]\n",
      "interviewers: [Eldon Tyrell, Rachael Rosen <rachael@tyrell.example>]\n",
    ],
    [
      "a quoted item",
      'interviewers:\n  - "Rachael Rosen"\n',
      'interviewers:\n  - "Rachael Rosen <rachael@tyrell.example>"\n',
    ],
    [
      "one line of several people",
      "interviewers: Eldon Tyrell; Rachael Rosen\n",
      "interviewers: Eldon Tyrell; Rachael Rosen <rachael@tyrell.example>\n",
    ],
  ])("%s", (_, yaml, expected) => {
    const out = editFrontmatter(`---\n${yaml}---\nBody.\n`, [edit], readYaml);
    expect(out).toEqual({ status: "changed", text: `---\n${expected}---\nBody.\n` });
  });

  it("in a map, where the text could be a key, refused (found by the guarantees' property)", () => {
    expect(
      editFrontmatter(
        '---\nthanked: {a: "q", b: ""}\n---\n',
        [{ op: "replace-text", key: "thanked", find: "a", value: "X" }],
        readYaml,
      ),
    ).toEqual({ status: "refused", message: "thanked holds a map; change it by hand" });
  });
  it("not there: nothing to change; written twice: refused", () => {
    expect(editFrontmatter("---\ninterviewers: [Tom]\n---\n", [edit], readYaml)).toMatchObject({
      status: "unchanged",
    });
    expect(
      editFrontmatter("---\ninterviewers: [Rachael Rosen, Rachael Rosen Jr]\n---\n", [edit], readYaml),
    ).toMatchObject({ status: "refused" });
    expect(editFrontmatter("No frontmatter.\n", [edit], readYaml)).toMatchObject({ status: "unchanged" });
  });
});

describe("ticking a checkbox", () => {
  const tick = (yaml: string) => editFrontmatter(`---\n${yaml}---\nBody.\n`, [{ op: "tick", key: "done" }], readYaml);
  it.each<[string, string | undefined]>([
    ["done: false\n", "done: true\n"],
    ["done: False  # ticked in the app\n", "done: True  # ticked in the app\n"],
    ["done: FALSE\nother: 1\n", "done: TRUE\nother: 1\n"],
    ["Done: false\n", "Done: true\n"],
  ])("%j becomes %j, byte for byte", (before, after) => {
    expect(tick(before)).toEqual({ status: "changed", text: `---\n${after}---\nBody.\n` });
  });

  it.each<[string, string]>([
    ["done: true\n", "unchanged"],
    ["other: 1\n", "unchanged"],
    ["done: 'false'\n", "refused"],
    ["done: !!bool false\n", "refused"],
    ["done: no\n", "refused"],
  ])("%j: %s", (before, status) => {
    expect(tick(before).status).toBe(status);
  });
});
