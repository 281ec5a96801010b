import { describe, expect, it } from "vitest";
import { stepAction } from "../../../src/core/follow-ups/kinds";
import { actionProblem, replyStatuses } from "../../../src/core/editing/action-checks";
import { recordSentence } from "../../../src/core/editing/actions";
import { describeItem } from "../../../src/core/follow-ups/describe";
import { followUpDraft } from "../../../src/core/drafts/drafts";
import { dueItemsForNote } from "../../../src/core/follow-ups/engine";
import { jobSearchStats } from "../../../src/core/stats/stats";
import { at, dueAt, readNote, reportFor, settingsWith } from "../../helpers/notes";

/** Applications before (or without) an interview, and the classes of status. */

const applied = { type: "interview", company: "Globex", role: "Analyst", status: "applied", applied_on: "2026-03-02" };
const withDays = settingsWith((s) => (s.rules.applicationFollowUpDays = 7));

describe("an application with no interview yet", () => {
  it("gets no post-interview items, and no follow-up unless one is asked for (the default)", () => {
    expect(dueAt(applied, "2026-03-20T09:00")).toEqual([]);
    expect(readNote(applied).problems).toEqual([]);
  });

  it.each([
    ["the day before", "2026-03-08T09:00", ["follow-up#1 upcoming 2026-03-09"]],
    ["that day", "2026-03-09T09:00", ["follow-up#1 due 2026-03-09"]],
    ["the day after", "2026-03-10T00:00", ["follow-up#1 overdue 2026-03-09"]],
  ])("with applicationFollowUpDays 7: a follow-up a week after applying, %s", (_, now, expected) => {
    expect(dueAt(applied, now, withDays)).toEqual(expected);
  });

  it("a follow-up date set by hand comes first, with or without the setting", () => {
    expect(dueAt({ ...applied, follow_up_on: "2026-03-05" }, "2026-03-05T09:00")).toEqual([
      "follow-up#1 due 2026-03-05",
    ]);
    expect(dueAt({ ...applied, follow_up_on: "2026-03-05" }, "2026-03-05T09:00", withDays)).toEqual([
      "follow-up#1 due 2026-03-05",
    ]);
  });

  it.each<[string, Record<string, unknown>, string, string[]]>([
    [
      "after the first, a second a week later",
      { follow_up_1: "2026-03-09" },
      "2026-03-16T09:00",
      ["follow-up#2 due 2026-03-16"],
    ],
    [
      "after the second, move on a week later",
      { follow_up_1: "2026-03-09", follow_up_2: "2026-03-16" },
      "2026-03-23T09:00",
      ["move-on due 2026-03-23"],
    ],
    [
      "never a third",
      { follow_up_1: "2026-03-09", follow_up_2: "2026-03-16" },
      "2026-03-30T09:00",
      ["move-on overdue 2026-03-23"],
    ],
    ["a reply ends it", { follow_up_1: "2026-03-09", replied: "2026-03-10" }, "2026-03-16T09:00", []],
  ])("at most two follow-ups, then move on: %s", (_, fm, now, expected) => {
    expect(dueAt({ ...applied, ...fm }, now, withDays)).toEqual(expected);
  });

  it("says it is about the application", () => {
    const item = dueItemsForNote(
      readNote({ ...applied, follow_up_on: "2026-03-05" }).note,
      at("2026-03-05T09:00"),
      withDays,
    )[0];
    expect(item).toMatchObject({ kind: "follow-up", application: true });
    expect(item && describeItem(item)).toBe("Follow up on your application to Globex (1 of 2)");
  });

  it("its draft speaks of the application, never of an interview", () => {
    const note = readNote({ ...applied, interviewers: "Dana Lee <dana@globex.example>" }).note;
    const draft = followUpDraft(note, 1, {
      settings: settingsWith((s) => (s.myName = "Alex Kim")),
      today: "2026-03-09",
    });
    expect(draft).toMatchObject({
      subject: "Following up on my application for Analyst",
      email: "dana@globex.example",
      unknown: [],
    });
    expect(draft.body).toBe(
      [
        "Dear Dana,",
        "",
        "I applied for the Analyst role at Globex on Monday 2 March, and I wanted to follow up. I remain very interested in the role and would be glad to tell you more about why I would be a good fit.",
        "Is there anything more you need from me at this point?",
        "",
        "Best regards,",
        "Alex Kim",
      ].join("\n"),
    );
    expect(
      followUpDraft({ ...note, channel: "phone" }, 2, { settings: settingsWith(), today: "2026-03-16" }).body,
    ).toContain("I applied for the Analyst role on Monday 2 March.");
  });

  it("no status, an applied date and no interview date: an application", () => {
    expect(readNote({ type: "interview", applied_on: "2026-03-02" }).note.phase).toBe("applied");
  });
});

describe("the classes of status", () => {
  it.each<[string, string]>([
    ["Reviewing", "considering"],
    ["to apply", "considering"],
    ["applied", "applied"],
    ["Under review", "interviewing"],
    ["Under_Review", "interviewing"],
    ["✅ Applied", "applied"],
    ["scheduled", "interviewing"],
    ["next round", "interviewing"],
    ["offer", "offer"],
    ["rejected", "closed"],
    ["ghosted", "closed"],
    ["not interested", "closed"],
    ["accepted", "closed"],
  ])("%s is %s", (status, cls) => {
    expect(readNote({ type: "interview", interview_date: "2026-03-09", status }).note.statusClass).toBe(cls);
  });

  it.each(["considering", "reviewing", "rejected", "not interested", "offer"])(
    "%s: no items, whatever the dates",
    (status) => {
      expect(dueAt({ ...applied, status, follow_up_on: "2026-03-05" }, "2026-03-05T09:00", withDays)).toEqual([]);
    },
  );

  it("considering and closed notes need no interview date; an interviewing one does", () => {
    expect(readNote({ type: "interview", status: "considering" }).problems).toEqual([]);
    expect(readNote({ type: "interview", status: "rejected" }).problems).toEqual([]);
    expect(readNote({ type: "interview", status: "waiting" }).problems.map((p) => p.key)).toEqual(["interview_date"]);
  });

  it("the pipeline counts only what was really applied to", () => {
    const report = reportFor(
      {
        "considering.md": { type: "interview", company: "A", status: "reviewing" },
        "applied.md": { type: "interview", company: "B", status: "applied", applied_on: "2026-03-01" },
        "interviewing.md": { type: "interview", company: "C", status: "waiting", interview_date: "2026-03-05" },
        "offer.md": { type: "interview", company: "D", status: "offer", interview_date: "2026-03-01" },
        "closed.md": { type: "interview", company: "E", status: "not interested" },
      },
      "2026-03-12T09:00",
    );
    expect(report.summary).toMatchObject({ active: 2, awaitingReply: 1, offers: 1 });
  });

  it("statistics count interviews, not applications with a date", () => {
    const notes = [
      readNote({ type: "interview", status: "waiting", interview_date: "2026-03-05" }).note,
      readNote({ type: "interview", status: "applied", interview_date: "2026-03-06" }).note,
      readNote({ type: "interview", status: "reviewing", applied_on: "2026-03-06" }).note,
    ];
    expect(jobSearchStats(notes, at("2026-03-12T09:00"), withDays).interviews.total).toBe(1);
  });
});

describe("writes that check would flag are refused", () => {
  const note = readNote({
    type: "interview",
    company: "Acme",
    interview_date: "2026-03-09T14:00",
    interviewers: "Jane Doe, Tom Becker",
  }).note;
  const s = settingsWith();
  it.each<[string, Parameters<typeof actionProblem>[1], boolean, string | undefined]>([
    ["a thank-you to an interviewer", { kind: "thank-you", date: "2026-03-10", person: "tom becker" }, true, undefined],
    [
      "a thank-you to someone else",
      { kind: "thank-you", date: "2026-03-10", person: "Ann Other" },
      true,
      '"Ann Other" is not among the interviewers: Jane Doe, Tom Becker',
    ],
    ["a reply with a known status", { kind: "reply", date: "2026-03-12", status: "Next round" }, true, undefined],
    [
      "a reply with a status in no class",
      { kind: "reply", date: "2026-03-12", status: "maybe" },
      true,
      `"maybe" is in no class of statuses; use one of: ${replyStatuses(s).join(", ")} (or add it to a class in the settings)`,
    ],
    [
      "a reply dated before the interview",
      { kind: "reply", date: "2026-03-08" },
      true,
      "2026-03-08 is before the interview (2026-03-09T14:00), so it would count for an earlier round",
    ],
    ["a reply on the interview day", { kind: "reply", date: "2026-03-09" }, true, undefined],
    [
      "a second follow-up before the first",
      { kind: "follow-up", attempt: 2, date: "2026-03-20" },
      true,
      "follow_up_2 without follow_up_1: record the first follow-up first",
    ],
    [
      "closing a note that is no interview or application",
      { kind: "move-on" },
      false,
      "Interviews/Test.md is not read as an application note: it has no type: interview, which the application notes have",
    ],
  ])("%s", (_, action, isJobNote, expected) => {
    expect(actionProblem(note, action, s, isJobNote)).toBe(expected);
  });
});

describe("what a notice says after a step is recorded: a sentence, not a diff", () => {
  it.each<[Parameters<typeof recordSentence>[0], string]>([
    [
      { kind: "thank-you", date: "2026-03-12", person: "Tom Becker" },
      "Recorded your thank-you to Tom Becker, sent 12 March.",
    ],
    [{ kind: "thank-you", date: "2026-03-12", company: "Acme" }, "Recorded your thank-you to Acme, sent 12 March."],
    [stepAction("debrief", "2026-03-11"), "Recorded your Acme debrief, written 11 March."],
    [stepAction("inform-references", "2026-03-13"), "Recorded that your references know about Acme (13 March)."],
    [{ kind: "follow-up", attempt: 2, date: "2026-03-26" }, "Recorded follow-up 2 of 2 to Acme, sent 26 March."],
    [{ kind: "reply", date: "2026-03-12", status: "next round" }, "Recorded Acme's reply on 12 March: next round."],
    [{ kind: "reply", date: "2026-03-12" }, "Recorded Acme's reply on 12 March."],
    [{ kind: "move-on" }, "Closed Acme · Backend Engineer: nothing more is due."],
    [{ kind: "snooze", until: "2026-03-15" }, "Snoozed Acme · Backend Engineer until 15 March."],
    [
      { kind: "next-round", next: { interview: "2026-03-16T09:00" } },
      "Acme · Backend Engineer: the next round is on 16 March; the round before is kept in the note's rounds.",
    ],
  ])("%j", (action, sentence) => {
    expect(recordSentence(action, "Acme", "Backend Engineer")).toBe(sentence);
  });
});

describe("the sidebar grouped by application", () => {
  it("one section per company and role, in the order of their most pressing item, with stage and interview day", async () => {
    const { buildViewModel } = await import("../../../src/core/follow-ups/view-model");
    const report = reportFor(
      {
        "acme-1.md": {
          type: "interview",
          company: "Acme",
          role: "Engineer",
          stage: "phone screen",
          interview_date: "2026-03-02",
          status: "next round",
          replied: "2026-03-04",
        },
        "acme-2.md": {
          type: "interview",
          company: "Acme",
          role: "Engineer",
          stage: "onsite",
          interview_date: "2026-03-11T14:00",
          interviewers: ["Jane Doe"],
        },
        "globex.md": {
          type: "interview",
          company: "Globex",
          role: "",
          interview_date: "2026-03-05",
          follow_up_1: "2026-03-06",
        },
      },
      "2026-03-12T09:00",
    );
    const model = buildViewModel(report, undefined, undefined, {
      groupBy: "application",
      collapsed: ["app:globex\u0000"],
    });
    const itemsOf = (company: string) => report.items.filter((i) => i.company === company).length;
    // Both rounds with Acme are one application: the latest round names the section.
    expect(model.sections.map((s) => [s.key, s.title, s.subtitle, s.count, s.collapsed])).toEqual([
      ["app:acme\u0000engineer", "Acme · Engineer", "onsite, 11 Mar 14:00", itemsOf("Acme"), false],
      ["app:globex\u0000", "Globex", "5 Mar", itemsOf("Globex"), true],
    ]);
    expect(
      new Set(
        model.sections[0]
          ? Array.from({ length: model.sections[0].count }, (_, i) => model.sections[0]?.at(i).item.file)
          : [],
      ),
    ).toEqual(new Set(["acme-1.md", "acme-2.md"]));
    expect(buildViewModel(report).sections.map((s) => s.key)).toEqual(
      ["state:overdue", "state:due", "state:upcoming"].filter((k) =>
        buildViewModel(report).sections.some((s) => s.key === k),
      ),
    );
  });

  it("the grouping is a setting, checked", async () => {
    const { loadSettings } = await import("../../../src/core/settings/settings-load");
    expect(loadSettings({ view: { groupBy: "company" } }).errors).toEqual([
      'settings: view.groupBy must be "due" or "application", not "company"',
    ]);
    expect(loadSettings({ view: { groupBy: "application", collapsed: ["state:upcoming"] } }).settings.view).toEqual({
      groupBy: "application",
      collapsed: ["state:upcoming"],
      nudgedOn: "",
      compact: false,
    });
  });
});
