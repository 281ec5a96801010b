import fc from "fast-check";
import { stepAction } from "../../../src/core/follow-ups/kinds";
import { describe, expect, it } from "vitest";
import { actionProblem } from "../../../src/core/editing/action-checks";
import { recordAction } from "../../../src/core/editing/actions";
import type { RecordAction } from "../../../src/core/follow-ups/items";
import { defaultSettings } from "../../../src/core/settings/settings";
import { readYaml } from "../../../src/core/notes/read-yaml";
import { dueOf, KINDS_OF_THESE_TESTS, readNote } from "../../helpers/notes";

const dueAt = (fm: Record<string, unknown>, now: string) => dueOf(KINDS_OF_THESE_TESTS, fm, now);

/**
 * One note per application: interview_date moves forward for the next round. Records dated
 * before the current interview's day are the earlier round's.
 */

const settings = defaultSettings();

// Round 1 (technical, 2 March) fully recorded; interview_date then moved to the onsite on the 16th.
const moved = {
  type: "interview",
  company: "Hooli",
  stage: "onsite",
  interview_date: "2026-03-16T09:00",
  interviewers: ["Gavin Belson <gavin@hooli.example>", "Denpok"],
  decision_by: "2026-03-05",
  thanked: ["Gavin Belson"],
  thanked_on: "2026-03-02",
  debriefed: "2026-03-02",
  follow_up_1: "2026-03-09",
  replied: "2026-03-06",
  status: "scheduled",
};

describe("reading a note whose interview date moved on", () => {
  it("the earlier round's records suppress nothing of the new round, and are no mistakes", () => {
    const { note, problems } = readNote(moved);
    expect(problems).toEqual([]);
    expect(note.earlier.map((r) => `${r.key} ${r.text}`)).toEqual([
      "decision_by 2026-03-05",
      "thanked Gavin Belson",
      "thanked_on 2026-03-02",
      "debriefed 2026-03-02",
      "follow_up_1 2026-03-09",
      "replied 2026-03-06",
    ]);
    expect(dueAt(moved, "2026-03-16T12:00")).toEqual([
      // Denpok has no email on file.
      "ask-contacts overdue 2026-03-16T09:00",
      "thank-you/Gavin Belson upcoming 2026-03-17T09:00",
      "thank-you/Denpok upcoming 2026-03-17T09:00",
      "debrief due 2026-03-16",
      // A week after this interview, not the day after round 1's decision date.
      "follow-up#1 upcoming 2026-03-23",
    ]);
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["a record on the interview's own day is this round's", { debriefed: "2026-03-16" }, []],
    ["a record the day before is the earlier round's", { debriefed: "2026-03-15" }, ["debriefed"]],
    [
      "thanked with no date cannot be placed: it counts for this round",
      { thanked: ["Gavin Belson"], thanked_on: null },
      [],
    ],
    ["thanked_on the interview day: this round's thanks", { thanked: ["Gavin Belson"], thanked_on: "2026-03-16" }, []],
    ["a step that is not a date cannot be placed: it counts", { debriefed: "yes" }, []],
  ])("%s", (_, fm, earlier) => {
    const base = { type: "interview", interview_date: "2026-03-16T09:00", interviewers: ["Gavin Belson"] };
    expect(readNote({ ...base, ...fm }).note.earlier.map((r) => r.field)).toEqual(earlier);
  });

  it("follow-ups on the application before the interview do not count as the interview's", () => {
    expect(
      dueAt(
        { type: "interview", interview_date: "2026-03-09", follow_up_1: "2026-03-01", status: "interviewing" },
        "2026-03-16T09:00",
      ),
    ).toContain("follow-up#1 due 2026-03-16");
  });
});

function record(fm: string, action: RecordAction): string {
  const out = recordAction(fm, action, settings, readYaml);
  if (out.status !== "changed") throw new Error(`${out.status}: ${"reason" in out ? out.reason : out.message}`);
  return out.text;
}

const MOVED_TEXT = `---
type: interview
company: Hooli
stage: onsite
interview_date: 2026-03-16T09:00
interviewers:
  - Gavin Belson <gavin@hooli.example>
  - Denpok
decision_by: 2026-03-05
thanked: [Gavin Belson]
thanked_on: 2026-03-02
debriefed: 2026-03-02 # over coffee
follow_up_1: 2026-03-09
replied: 2026-03-06
status: scheduled
---
Round 1 went well.
`;

describe("writing the first step of a new round", () => {
  it("moves the earlier round into the rounds list first, so nothing of it is lost", () => {
    const out = recordAction(MOVED_TEXT, stepAction("debrief", "2026-03-16"), settings, readYaml);
    expect(out).toMatchObject({
      status: "changed",
      summary:
        "debriefed: 2026-03-16 (the earlier round's decision_by, thanked, thanked_on, debriefed, follow_up_1, replied moved to rounds)",
    });
    expect(out.status === "changed" && out.text).toBe(`---
type: interview
company: Hooli
stage: onsite
interview_date: 2026-03-16T09:00
interviewers:
  - Gavin Belson <gavin@hooli.example>
  - Denpok
# over coffee
status: scheduled
rounds:
  - "before 2026-03-16T09:00: decision_by 2026-03-05, thanked Gavin Belson, thanked_on 2026-03-02, debriefed 2026-03-02, follow_up_1 2026-03-09, replied 2026-03-06"
debriefed: 2026-03-16
---
Round 1 went well.
`);
  });

  it("the next step of the same round moves nothing", () => {
    const once = record(MOVED_TEXT, stepAction("debrief", "2026-03-16"));
    const twice = record(once, { kind: "thank-you", date: "2026-03-16", person: "Gavin Belson" });
    expect(twice).toBe(
      once.replace(
        "debriefed: 2026-03-16\n",
        "debriefed: 2026-03-16\nthanked:\n  - Gavin Belson\nthanked_on: 2026-03-16\n",
      ),
    );
  });

  it("a thank-you for the new round is not taken for the old one's", () => {
    const out = record(MOVED_TEXT, { kind: "thank-you", date: "2026-03-16", person: "Gavin Belson" });
    expect(out).toContain("thanked:\n  - Gavin Belson\nthanked_on: 2026-03-16\n");
    expect(out).toContain('rounds:\n  - "before 2026-03-16T09:00: ');
  });

  it("snooze and close are not steps of a round: they move nothing", () => {
    expect(record(MOVED_TEXT, { kind: "snooze", until: "2026-03-20" })).toBe(
      MOVED_TEXT.replace("status: scheduled\n", "status: scheduled\nsnooze_until: 2026-03-20\n"),
    );
  });

  it("property: whatever the earlier round recorded, every value of it ends up in the rounds line", () => {
    const fields = [
      "decision_by",
      "thanked_on",
      "debriefed",
      "references_informed",
      "follow_up_on",
      "follow_up_1",
      "follow_up_2",
      "replied",
    ];
    fc.assert(
      fc.property(fc.subarray(fields, { minLength: 1 }), fc.integer({ min: 1, max: 15 }), (chosen, day) => {
        const date = `2026-03-${String(day).padStart(2, "0")}`;
        const lines = chosen.map((k) => `${k}: ${date}`);
        const text = `---\ntype: interview\ninterview_date: 2026-03-16\nthanked: [Ann]\n${lines.join("\n")}\n---\nbody\n`;
        const out = record(text, stepAction("debrief", "2026-03-16"));
        const rounds = /rounds:\n {2}- "(.*)"\n/.exec(out)?.[1] ?? "";
        for (const k of chosen) {
          expect(rounds).toContain(`${k} ${date}`);
          if (k !== "debriefed") expect(out).not.toMatch(new RegExp(`^${k}:`, "m"));
        }
        expect(out.endsWith("---\nbody\n")).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("next round in the same note", () => {
  const ROUND_1 = `---
type: interview
company: Hooli
stage: technical
interview_date: 2026-03-02T16:00
interviewers: [Gavin Belson]
thanked: [Gavin Belson]
thanked_on: 2026-03-02
debriefed: 2026-03-02
replied: 2026-03-06
status: next round
---
`;

  it("closes this round into one line of rounds and starts the next", () => {
    const out = recordAction(
      ROUND_1,
      { kind: "next-round", next: { interview: "2026-03-16T09:00", stage: "onsite" } },
      settings,
      readYaml,
    );
    expect(out).toMatchObject({
      status: "changed",
      summary:
        "interview_date: 2026-03-16T09:00; stage: onsite; status: scheduled (the round before it is kept in rounds)",
    });
    expect(out.status === "changed" && out.text).toBe(`---
type: interview
company: Hooli
stage: onsite
interview_date: 2026-03-16T09:00
interviewers: [Gavin Belson]
status: scheduled
rounds:
  - "2026-03-02T16:00 technical: thanked Gavin Belson, thanked_on 2026-03-02, debriefed 2026-03-02, replied 2026-03-06, status next round"
---
`);
  });

  it("the new round starts clean: its items come, none of round 1's", () => {
    const out = record(ROUND_1, { kind: "next-round", next: { interview: "2026-03-16T09:00", stage: "onsite" } });
    const fm = readYaml(out.split("---\n")[1] ?? "") as Record<string, unknown>;
    expect(readNote(fm).problems).toEqual([]);
    expect(dueAt(fm, "2026-03-16T10:00")).toEqual([
      "ask-contacts overdue 2026-03-16T09:00",
      "thank-you/Gavin Belson upcoming 2026-03-17T09:00",
      "debrief due 2026-03-16",
      "follow-up#1 upcoming 2026-03-23",
    ]);
  });

  it("a date not after this round's interview is refused", () => {
    const fm = readYaml(ROUND_1.split("---\n")[1] ?? "") as Record<string, unknown>;
    expect(
      actionProblem(readNote(fm).note, { kind: "next-round", next: { interview: "2026-03-02" } }, settings, true),
    ).toBe("the next round's date 2026-03-02 is not after this round's interview (2026-03-02T16:00)");
  });
});

describe("Log an interview keeps what the user did not change", () => {
  it("the same day without a time keeps the note's time; another day is a new round", async () => {
    const { recordAction } = await import("../../../src/core/editing/actions");
    const { readYaml } = await import("../../../src/core/notes/read-yaml");
    const { defaultSettings } = await import("../../../src/core/settings/settings");
    const text = "---\ntype: interview\ncompany: Acme\ninterview_date: 2026-03-11T14:00\nstatus: scheduled\n---\n";
    const same = recordAction(
      text,
      { kind: "interview", interview: "2026-03-11", people: [] },
      defaultSettings(),
      readYaml,
    );
    expect(same.status).toBe("unchanged");
    const timed = recordAction(
      text,
      { kind: "interview", interview: "2026-03-11T15:30", people: [] },
      defaultSettings(),
      readYaml,
    );
    expect(timed.status === "changed" && timed.text).toContain("interview_date: 2026-03-11T15:30\n");
  });
});
