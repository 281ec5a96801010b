import { describe, expect, it } from "vitest";
import { keyLines } from "../../src/core/notes/frontmatter-block";
import { cli, tempVault } from "../helpers/cli";

describe("keyLines", () => {
  it("finds each top-level key's file line, in any quoting, ignoring nested keys and comments", () => {
    const text = '---\ntype: interview\n"Status": x\n# comment: no\nnested:\n  inner: 1\nreplied:\n---\nbody: no\n';
    expect([...keyLines(text)]).toEqual([
      ["type", 2],
      ["status", 3],
      ["nested", 5],
      ["replied", 7],
    ]);
  });
});

describe("job-journal check", () => {
  it("lists every problem with file and line, and exits 1", () => {
    const vault = tempVault({
      "a.md": "---\ntype: interview\ninterview_date: 2026-03-09\nstatus: in limbo\nfollow_up_2: 2026-03-20\n---\n",
      "b.md": "---\ntype: interview\ncompany: [oops\n---\n",
      "c.md": "---\ntype: interview\ninterview_date: 2026-03-09\n---\n",
      "notes.md": "---\nstatus: whatever\n---\nnot an interview note\n",
    });
    const run = cli("check", vault);
    expect(run.code).toBe(1);
    expect(run.out).toBe(
      [
        'a.md:4: status "in limbo" is in no class of statuses (add it to one in the settings: considering, applied, interviewing, offer or closed; nothing is due for this note until then)',
        "a.md:5: follow_up_2 is set but follow_up_1 is not",
        "b.md:4: the frontmatter is not valid YAML: unexpected end of the stream within a flow collection",
        "3 problems in 2 of 3 application notes.",
        "",
      ].join("\n"),
    );
  });

  it("a clean vault exits 0; --json for tools", () => {
    const vault = tempVault({ "c.md": "---\ntype: interview\ninterview_date: 2026-03-09\n---\n" });
    expect(cli("check", vault)).toMatchObject({ code: 0, out: "No problems in 1 application note.\n" });
    const bad = tempVault({ "a.md": "---\ntype: interview\ninterview_date: soon\n---\n" });
    const json = JSON.parse(cli("check", bad, "--json").out) as { notes: number; problems: unknown[] };
    expect(json).toEqual({
      notes: 1,
      problems: [
        {
          file: "a.md",
          line: 3,
          key: "interview_date",
          message: 'interview_date "soon" is not a date (write YYYY-MM-DD or YYYY-MM-DDTHH:mm)',
        },
      ],
    });
  });

  it("the example vault has its one deliberate mistake", () => {
    const run = cli("check", "examples/vault");
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      'Interviews/2026-03-08 Massive Dynamic - Research Engineer (onsite).md:6: interview_date "next tuesday" is not a date',
    );
  });
});
