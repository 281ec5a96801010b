import { describe, expect, it } from "vitest";
import { dueItemsForNote, type PeopleDirectory } from "../../../src/core/follow-ups/engine";
import { defaultSettings, type Settings } from "../../../src/core/settings/settings";
import { at, dueOf, KINDS_OF_THESE_TESTS, readNote, settingsWith } from "../../helpers/notes";

/** Every list below is of the kinds it was written for; a new kind's table uses dueOf([kind], …). */
const dueAt = (fm: Record<string, unknown>, now: string, s?: Settings, people?: PeopleDirectory) =>
  dueOf(KINDS_OF_THESE_TESTS, fm, now, s, people);

// Monday 9 March 2026, 14:00, one interviewer. Every table below varies one thing from here.
const timed = {
  type: "interview",
  company: "Acme",
  interview_date: "2026-03-09T14:00",
  interviewers: ["Jane Doe <jane@acme.com>"],
};
const dated = { ...timed, interview_date: "2026-03-09" };

describe("nothing before the interview has started", () => {
  it.each([
    ["a minute before a timed interview", timed, "2026-03-09T13:59", []],
    ["the day before a date-only interview, last minute", dated, "2026-03-08T23:59", []],
  ])("%s", (_, fm, now, expected) => {
    expect(dueAt(fm, now)).toEqual(expected);
  });

  it("everything appears the minute the interview starts", () => {
    expect(dueAt(timed, "2026-03-09T14:00")).toEqual([
      "thank-you/Jane Doe upcoming 2026-03-10T14:00",
      "debrief due 2026-03-09",
      "follow-up#1 upcoming 2026-03-16",
    ]);
  });
});

describe("thank-you: 24 hours after a timed interview, the day after a date-only one", () => {
  it.each([
    ["timed, a minute before due", timed, "2026-03-10T13:59", "thank-you/Jane Doe due 2026-03-10T14:00"],
    ["timed, at the due minute", timed, "2026-03-10T14:00", "thank-you/Jane Doe due 2026-03-10T14:00"],
    ["timed, a minute after due", timed, "2026-03-10T14:01", "thank-you/Jane Doe overdue 2026-03-10T14:00"],
    ["date-only, the day itself", dated, "2026-03-09T12:00", "thank-you/Jane Doe upcoming 2026-03-10"],
    ["date-only, due day's last minute", dated, "2026-03-10T23:59", "thank-you/Jane Doe due 2026-03-10"],
    ["date-only, the next midnight", dated, "2026-03-11T00:00", "thank-you/Jane Doe overdue 2026-03-10"],
  ])("%s", (_, fm, now, expected) => {
    expect(dueAt(fm, now)).toContain(expected);
  });

  it("one item per interviewer not yet thanked, matched in any case, by link, alias or email", () => {
    const fm = {
      ...timed,
      interviewers: [
        "[[People/Jane Doe|Jane]]",
        "Tom Becker <tom@acme.com>",
        "[[Priya Raman]]",
        "Lena Fischer",
        "Jane Doe",
      ],
      thanked: ["jane doe", "TOM@ACME.COM", "[[priya raman]]"],
    };
    expect(dueAt(fm, "2026-03-10T09:00").filter((i) => i.startsWith("thank-you"))).toEqual([
      "thank-you/Lena Fischer due 2026-03-10T14:00",
    ]);
  });

  it("a thanked alias matches the linked interviewer", () => {
    const fm = { ...timed, interviewers: ["[[People/Jane Doe|Jane]]"], thanked: "Jane" };
    expect(dueAt(fm, "2026-03-10T09:00").filter((i) => i.startsWith("thank-you"))).toEqual([]);
  });

  it("one company-level thank-you when no interviewers are listed, done once anyone is thanked", () => {
    const fm = { ...dated, interviewers: [] };
    expect(dueAt(fm, "2026-03-10T09:00")).toContain("thank-you due 2026-03-10");
    expect(dueAt({ ...fm, thanked: ["the panel"] }, "2026-03-10T09:00").some((i) => i.startsWith("thank-you"))).toBe(
      false,
    );
  });

  it("the duration is a setting", () => {
    const s = settingsWith((x) => (x.rules.thankYouHours = 48));
    expect(dueAt(timed, "2026-03-10T09:00", s)).toContain("thank-you/Jane Doe upcoming 2026-03-11T14:00");
  });
});

describe("debrief: due the interview day", () => {
  it.each([
    ["during the interview day", "2026-03-09T23:59", "debrief due 2026-03-09"],
    ["the next day", "2026-03-10T00:00", "debrief overdue 2026-03-09"],
  ])("%s", (_, now, expected) => {
    expect(dueAt(timed, now)).toContain(expected);
  });

  it("done once debriefed is set", () => {
    expect(dueAt({ ...timed, debriefed: "2026-03-09" }, "2026-03-10T09:00").some((i) => i.startsWith("debrief"))).toBe(
      false,
    );
  });
});

describe("decide-offer: two days before the offer lapses, only while it is an offer", () => {
  const offer = { ...timed, status: "offer", offer_deadline: "2026-03-20" };
  it.each([
    ["the day before it is due", offer, "2026-03-17T23:59", ["decide-offer upcoming 2026-03-18"]],
    ["two days before the deadline", offer, "2026-03-18T00:00", ["decide-offer due 2026-03-18"]],
    ["the deadline itself", offer, "2026-03-20T09:00", ["decide-offer overdue 2026-03-18"]],
    ["answered", { ...offer, offer_answered: "2026-03-17" }, "2026-03-18T09:00", []],
    ["no deadline", { ...timed, status: "offer" }, "2026-03-18T09:00", []],
    ["a deadline while still interviewing", { ...offer, status: "interviewing" }, "2026-03-18T09:00", []],
    ["a deadline once closed", { ...offer, status: "rejected" }, "2026-03-18T09:00", []],
  ])("%s", (_, fm, now, expected) => {
    expect(dueOf(["decide-offer"], fm, now)).toEqual(expected);
  });

  it("takes its days from the settings", () => {
    const s = settingsWith((x) => (x.rules.offerDecisionDays = 0));
    expect(dueOf(["decide-offer"], { ...offer }, "2026-03-20T00:00", s)).toEqual(["decide-offer due 2026-03-20"]);
  });

  it("raises nothing else for an offer", () => {
    expect(dueAt({ ...offer }, "2026-03-18T09:00")).toEqual([]);
  });
});

describe("inform-references: two days after the interview, only when references are listed", () => {
  it.each([
    ["no references", {}, []],
    ["references, the day before due", { references: ["Ann"] }, ["inform-references upcoming 2026-03-11"]],
    ["references already informed", { references: ["Ann"], references_informed: "2026-03-09" }, []],
  ])("%s", (_, extra, expected) => {
    const items = dueAt({ ...timed, ...extra }, "2026-03-10T09:00").filter((i) => i.startsWith("inform"));
    expect(items).toEqual(expected);
  });
});

describe("follow-up 1: after the decision date, else a week after the interview", () => {
  const now = "2026-03-12T09:00";
  it.each([
    ["no decision date: interview + 7 days", {}, "follow-up#1 upcoming 2026-03-16"],
    ["decision date within the week: the day after it", { decision_by: "2026-03-11" }, "follow-up#1 due 2026-03-12"],
    ["decision date already past: overdue", { decision_by: "2026-03-10" }, "follow-up#1 overdue 2026-03-11"],
    ["decision date after a week: the day after it", { decision_by: "2026-03-18" }, "follow-up#1 upcoming 2026-03-19"],
    [
      "follow_up_on set by hand wins",
      { decision_by: "2026-03-18", follow_up_on: "2026-03-13" },
      "follow-up#1 upcoming 2026-03-13",
    ],
  ])("%s", (_, extra, expected) => {
    expect(dueAt({ ...timed, ...extra }, now)).toContain(expected);
  });

  it.each([
    ["8 days ahead is not listed", "2026-03-13T23:59", []],
    ["7 days ahead is upcoming", "2026-03-14T00:00", ["follow-up#1 upcoming 2026-03-21"]],
  ])("look-ahead: %s", (_, now, expected) => {
    const items = dueAt({ ...timed, decision_by: "2026-03-20" }, now).filter((i) => i.startsWith("follow-up"));
    expect(items).toEqual(expected);
  });

  it.each([
    ["Phone", "phone"],
    ["email", "email"],
    [undefined, "email"],
  ])("contact_preference %s gives channel %s", (pref, channel) => {
    const { note } = readNote({ ...timed, contact_preference: pref });
    const items = dueItemsForNote(note, at("2026-03-16T09:00"), defaultSettings());
    expect(items.find((i) => i.kind === "follow-up")?.channel).toBe(channel);
  });
});

describe("follow-up 2, move on, and never a third follow-up", () => {
  const base = { ...timed, debriefed: "2026-03-09", thanked: ["Jane Doe"] };
  it.each([
    ["a week after follow-up 1", { follow_up_1: "2026-03-16" }, "2026-03-23T09:00", ["follow-up#2 due 2026-03-23"]],
    [
      "follow_up_on later than follow-up 1 wins",
      { follow_up_1: "2026-03-16", follow_up_on: "2026-03-20" },
      "2026-03-20T09:00",
      ["follow-up#2 due 2026-03-20"],
    ],
    [
      "an older follow_up_on is ignored",
      { follow_up_1: "2026-03-16", follow_up_on: "2026-03-13" },
      "2026-03-23T09:00",
      ["follow-up#2 due 2026-03-23"],
    ],
    // The boundary: a follow_up_on on the very day follow-up 1 was sent is the one just done, not the next.
    [
      "a follow_up_on on the day of follow-up 1 is that one",
      { follow_up_1: "2026-03-16", follow_up_on: "2026-03-16" },
      "2026-03-23T09:00",
      ["follow-up#2 due 2026-03-23"],
    ],
    [
      "a follow_up_on the day after follow-up 1 is the next",
      { follow_up_1: "2026-03-16", follow_up_on: "2026-03-17" },
      "2026-03-17T09:00",
      ["follow-up#2 due 2026-03-17"],
    ],
    [
      "move on a week after follow-up 2",
      { follow_up_1: "2026-03-16", follow_up_2: "2026-03-23" },
      "2026-03-30T09:00",
      ["move-on due 2026-03-30"],
    ],
    [
      "a month later it is still only move on",
      { follow_up_1: "2026-03-16", follow_up_2: "2026-03-23" },
      "2026-04-30T09:00",
      ["move-on overdue 2026-03-30"],
    ],
  ])("%s", (_, extra, now, expected) => {
    expect(dueAt({ ...base, ...extra }, now)).toEqual(expected);
  });

  it("move-on is never stale: it stays until the note is closed", () => {
    const fm = { ...base, follow_up_1: "2026-03-16", follow_up_2: "2026-03-23" };
    expect(dueAt(fm, "2026-09-01T09:00")).toEqual(["move-on overdue 2026-03-30"]);
    expect(dueAt({ ...fm, status: "closed" }, "2026-09-01T09:00")).toEqual([]);
  });
});

describe("a reply stops the follow-ups at every step", () => {
  const base = { ...timed, debriefed: "2026-03-09", thanked: ["Jane Doe"], replied: "2026-03-12" };
  it.each([
    ["before any follow-up", {}],
    ["after follow-up 1", { follow_up_1: "2026-03-16" }],
    ["after follow-up 2", { follow_up_1: "2026-03-16", follow_up_2: "2026-03-23" }],
  ])("%s", (_, extra) => {
    expect(dueAt({ ...base, ...extra }, "2026-04-01T09:00")).toEqual([]);
  });

  it.each([["n"], ["N"], ["No"], ["false"]])("`replied: %s` is not a reply either", (value) => {
    expect(dueAt({ ...base, replied: value }, "2026-03-16T09:00")).toEqual(["follow-up#1 due 2026-03-16"]);
    expect(readNote({ ...base, replied: value }).problems).toEqual([]);
  });

  it("`replied: no` is not a reply", () => {
    expect(dueAt({ ...base, replied: "no" }, "2026-03-16T09:00")).toEqual(["follow-up#1 due 2026-03-16"]);
  });
});

describe("offer and closed statuses end everything; interviewing statuses are active; a status in no class waits", () => {
  it.each(["offer", "accepted", "rejected", "withdrawn", "closed", "ghosted", "declined", "Rejected", " OFFER "])(
    "%s",
    (status) => {
      expect(dueAt({ ...timed, status }, "2026-03-10T09:00")).toEqual([]);
    },
  );
  it.each(["", "scheduled", "waiting", "next round", "interviewing", "Under_Review", "3. Interviewing", null])(
    "%s",
    (status) => {
      expect(dueAt({ ...timed, status }, "2026-03-10T09:00").length).toBeGreaterThan(0);
    },
  );
  // Its one problem says so; a guess from the dates could raise thank-yous on a rejection.
  it.each(["something else", "applid", "Last Round"])("%s raises nothing until placed", (status) => {
    expect(dueAt({ ...timed, status }, "2026-03-10T09:00")).toEqual([]);
  });
  it("the closed list is a setting", () => {
    const s = settingsWith((x) => (x.statuses.closed = ["dead end"]));
    expect(dueAt({ ...timed, status: "dead end" }, "2026-03-10T09:00", s)).toEqual([]);
    expect(dueAt({ ...timed, status: "Dead_End" }, "2026-03-10T09:00", s)).toEqual([]);
    expect(dueAt({ ...timed, status: "scheduled" }, "2026-03-10T09:00", s).length).toBeGreaterThan(0);
  });
});

describe("snooze hides a note's items until that day", () => {
  it.each([
    ["the evening before", "2026-03-11T23:59", 0],
    ["from midnight of that day", "2026-03-12T00:00", 3],
  ])("%s", (_, now, count) => {
    expect(dueAt({ ...timed, snooze_until: "2026-03-12" }, now)).toHaveLength(count);
  });
});

describe("thank-you, debrief and inform-references are dropped after 30 days overdue", () => {
  const fm = { ...dated, references: ["Ann"], follow_up_1: "2026-03-16", follow_up_2: "2026-03-23" };
  it.each([
    // thank-you due 03-10, debrief 03-09, references 03-11
    [
      "debrief exactly 30 days overdue stays",
      "2026-04-08T09:00",
      [
        "thank-you/Jane Doe overdue 2026-03-10",
        "debrief overdue 2026-03-09",
        "inform-references overdue 2026-03-11",
        "move-on overdue 2026-03-30",
      ],
    ],
    [
      "debrief 31 days overdue goes",
      "2026-04-09T09:00",
      ["thank-you/Jane Doe overdue 2026-03-10", "inform-references overdue 2026-03-11", "move-on overdue 2026-03-30"],
    ],
    ["all three gone", "2026-04-11T09:00", ["move-on overdue 2026-03-30"]],
  ])("%s", (_, now, expected) => {
    expect(dueAt(fm, now)).toEqual(expected);
  });
});

describe("ask for contact details before you leave: the day before and the interview day", () => {
  const fm = { ...timed, interviewers: ["Jane Doe <jane@acme.com>", "Tom Becker", "[[Priya Raman]]"] };
  const ask = (f: Record<string, unknown>, now: string, people?: { emailOf(t: string): string | undefined }) =>
    dueAt(f, now, defaultSettings(), people).filter((i) => i.startsWith("ask-contacts"));
  it.each([
    ["two days before", "2026-03-07T23:59", []],
    ["the day before", "2026-03-08T00:00", ["ask-contacts upcoming 2026-03-09T14:00"]],
    ["the morning of", "2026-03-09T09:00", ["ask-contacts due 2026-03-09T14:00"]],
    ["during the interview", "2026-03-09T15:00", ["ask-contacts overdue 2026-03-09T14:00"]],
    ["the day after: the thank-you says it now", "2026-03-10T00:00", []],
  ])("%s", (_, now, expected) => {
    expect(ask(fm, now)).toEqual(expected);
  });

  it("names who has no email; a linked person note's email counts", () => {
    const people = { emailOf: (t: string) => (t === "Priya Raman" ? "priya@acme.io" : undefined) };
    const items = dueItemsForNote(readNote(fm).note, at("2026-03-09T09:00"), defaultSettings(), people);
    expect(items.find((i) => i.kind === "ask-contacts")?.missing).toEqual(["Tom Becker"]);
  });

  it.each([
    ["every email known", { interviewers: ["Jane Doe <jane@acme.com>"] }, []],
    ["no interviewers listed yet", { interviewers: [] }, ["ask-contacts due 2026-03-09T14:00"]],
    ["closed", { status: "withdrawn" }, []],
    ["snoozed", { snooze_until: "2026-03-10" }, []],
  ])("%s", (_, extra, expected) => {
    expect(ask({ ...fm, ...extra }, "2026-03-09T09:00")).toEqual(expected);
  });

  it("the window is a setting", () => {
    const s = settingsWith((x) => (x.rules.askContactsDays = 3));
    expect(dueAt(fm, "2026-03-06T09:00", s).filter((i) => i.startsWith("ask"))).toEqual([
      "ask-contacts upcoming 2026-03-09T14:00",
    ]);
  });
});
