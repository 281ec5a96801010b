import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, dueJson, tempVault } from "../helpers/cli";

/** The CLI on journals as people keep them: one string of interviewers, one note per application. */

const ONE_STRING = `---
type: interview
company: Acme
role: Backend Engineer
interview_date: 2026-03-11T14:00
interviewers: Jane Doe <jane@acme.example>, Bob Smith, Carla Gomez <carla@acme.example>
thanked: Jane Doe
status: waiting
---
Notes.
`;

describe("interviewers typed as one string", () => {
  it("due lists one thank-you per person, with their own email", () => {
    const vault = tempVault({ "acme.md": ONE_STRING });
    const items = dueJson(vault, "--now", "2026-03-12T09:00").items.filter((i) => i.kind === "thank-you");
    expect(items.map((i) => [i.person, i.email])).toEqual([
      ["Bob Smith", null],
      ["Carla Gomez", "carla@acme.example"],
    ]);
  });

  it("done thank-you writes the one name, and the string's names are not written again", () => {
    const vault = tempVault({ "acme.md": ONE_STRING });
    const run = cli("done", vault, "acme", "thank-you", "--person", "carla gomez", "--date", "2026-03-12");
    expect(run).toMatchObject({
      code: 0,
      out: "Recorded in acme.md: thanked: + Carla Gomez; thanked_on: 2026-03-12\n",
    });
    expect(readFileSync(join(vault, "acme.md"), "utf8")).toContain(
      "thanked:\n  - Jane Doe\n  - Carla Gomez\nstatus: waiting\nthanked_on: 2026-03-12\n",
    );
    expect(cli("done", vault, "acme", "thank-you", "--person", "Jane Doe").out).toMatch(
      /^Nothing to change in acme\.md: Jane Doe is already in thanked/,
    );
  });

  it("someone who is not an interviewer is refused, with the choices; --force writes it and says what check will say", () => {
    const vault = tempVault({ "acme.md": ONE_STRING });
    const refused = cli("done", vault, "acme", "thank-you", "--person", "Jane Smith");
    expect(refused).toMatchObject({
      code: 1,
      err: 'job-journal: acme.md: "Jane Smith" is not among the interviewers: Jane Doe, Bob Smith, Carla Gomez; nothing was written (--force writes it anyway)\n',
    });
    expect(readFileSync(join(vault, "acme.md"), "utf8")).toBe(ONE_STRING);
    const forced = cli("done", vault, "acme", "thank-you", "--person", "Jane Smith", "--force");
    expect(forced.code).toBe(0);
    expect(forced.err).toBe(
      'job-journal: warning: acme.md: "Jane Smith" is not among the interviewers: Jane Doe, Bob Smith, Carla Gomez; `job-journal check` will report it\n',
    );
    expect(cli("check", vault).out).toContain('thanked: "Jane Smith" is not among the interviewers');
  });
});

describe("writes that check would flag", () => {
  it("reply with a status in no class is refused with the valid ones", () => {
    const vault = tempVault({ "acme.md": ONE_STRING });
    const run = cli("reply", vault, "acme", "--status", "maybe later");
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /^job-journal: acme\.md: "maybe later" is in no class of statuses; use one of: applied, submitted, scheduled, interviewing, waiting, next round, under review, offer, accepted, rejected/,
    );
    expect(readFileSync(join(vault, "acme.md"), "utf8")).toBe(ONE_STRING);
  });

  it("reply dated before the interview is refused", () => {
    const vault = tempVault({ "acme.md": ONE_STRING });
    expect(cli("reply", vault, "acme", "--date", "2026-03-10").err).toBe(
      "job-journal: acme.md: 2026-03-10 is before the interview (2026-03-11T14:00), so it would count for an earlier round; nothing was written (--force writes it anyway)\n",
    );
  });

  it("close on a note that is no interview or application note is refused", () => {
    const vault = tempVault({ "Ideas.md": "---\ntags: [ideas]\n---\nNot a job.\n" });
    const run = cli("close", vault, "Ideas");
    expect(run).toMatchObject({ code: 1 });
    expect(run.err).toContain(
      "Ideas.md is not read as an application note: it has no type: interview, which the application notes have",
    );
    expect(readFileSync(join(vault, "Ideas.md"), "utf8")).toBe("---\ntags: [ideas]\n---\nNot a job.\n");
  });
});

const HOOLI = `---
type: interview
company: Hooli
role: SRE
stage: technical
interview_date: 2026-03-02T16:00
interviewers:
  - Gavin Belson <gavin@hooli.example>
thanked: [Gavin Belson]
thanked_on: 2026-03-02
debriefed: 2026-03-02
replied: 2026-03-06
status: next round
---
Technical round.
`;

describe("one note per application", () => {
  it("next-round closes this round into rounds and starts the next in the same note", () => {
    const vault = tempVault({ "Hooli.md": HOOLI });
    const run = cli("next-round", vault, "Hooli", "--date", "2026-03-16T09:00", "--stage", "onsite");
    expect(run).toMatchObject({
      code: 0,
      out: "Recorded in Hooli.md: interview_date: 2026-03-16T09:00; stage: onsite; status: scheduled (the round before it is kept in rounds)\n",
    });
    const text = readFileSync(join(vault, "Hooli.md"), "utf8");
    expect(text).toContain(
      'rounds:\n  - "2026-03-02T16:00 technical: thanked Gavin Belson, thanked_on 2026-03-02, debriefed 2026-03-02, replied 2026-03-06, status next round"\n',
    );
    expect(text.endsWith("---\nTechnical round.\n")).toBe(true);
    const items = dueJson(vault, "--now", "2026-03-16T12:00").items.map((i) => `${i.kind} ${i.person ?? ""}`.trim());
    expect(items).toEqual(["debrief", "thank-you Gavin Belson", "follow-up"]);
    expect(cli("check", vault).code).toBe(0);
  });

  it('reply --status "next round" says how to go on, in either style', () => {
    const vault = tempVault({
      "Hooli.md": HOOLI.replace("replied: 2026-03-06\n", "").replace("status: next round", "status: waiting"),
    });
    expect(cli("reply", vault, "Hooli", "--status", "next round", "--date", "2026-03-06").out).toBe(
      "Recorded in Hooli.md: replied: 2026-03-06; status: next round\n" +
        'Next round: keep this note for it with `job-journal next-round <vault> "Hooli.md" --date YYYY-MM-DD`, or start a new note for it.\n',
    );
  });

  it("next-round needs the date", () => {
    const vault = tempVault({ "Hooli.md": HOOLI });
    expect(cli("next-round", vault, "Hooli")).toMatchObject({
      code: 2,
      err: "job-journal next-round: next-round needs the next interview's --date YYYY-MM-DD (or YYYY-MM-DDTHH:mm)\n",
    });
  });

  it("the date moved by hand: the first step of the new round keeps the old one in rounds", () => {
    const vault = tempVault({
      "Hooli.md": HOOLI.replace("interview_date: 2026-03-02T16:00", "interview_date: 2026-03-16T09:00"),
    });
    expect(cli("check", vault).code).toBe(0);
    const run = cli("done", vault, "Hooli", "debrief", "--date", "2026-03-16");
    expect(run.out).toBe(
      "Recorded in Hooli.md: debriefed: 2026-03-16 (the earlier round's thanked, thanked_on, debriefed, replied moved to rounds)\n",
    );
    const text = readFileSync(join(vault, "Hooli.md"), "utf8");
    expect(text).toContain(
      'rounds:\n  - "before 2026-03-16T09:00: thanked Gavin Belson, thanked_on 2026-03-02, debriefed 2026-03-02, replied 2026-03-06"\ndebriefed: 2026-03-16\n',
    );
  });
});
