import { describe, expect, it } from "vitest";
import { dueInWords, dueRelative, shortDate } from "../../../src/core/follow-ups/describe";
import type { DueItem } from "../../../src/core/follow-ups/items";
import {
  buildViewModel,
  detailText,
  matchesFilter,
  viewItem,
  type ViewItem,
} from "../../../src/core/follow-ups/view-model";
import { parseWhen } from "../../../src/core/lib/time";
import { at, dueItem, reportFor } from "../../helpers/notes";

/** The sidebar as data: its one date style, its filter, what an item leaves out under its heading. */

const item = (over: Partial<DueItem>): DueItem =>
  dueItem({
    file: "Interviews/Acme.md",
    kind: "thank-you",
    person: "Priya Raman",
    email: "priya@acme.io",
    role: "Backend Engineer",
    stage: "onsite",
    ...over,
  });

describe("one date style in the sidebar", () => {
  it.each([
    ["2026-03-16", "16 Mar"],
    ["2026-03-12T14:00", "12 Mar 14:00"],
    ["2026-12-01T09:05", "1 Dec 09:05"],
    ["2027-01-31", "31 Jan"],
    ["2026-05-02", "2 May"],
  ])("%s is %s", (when, short) => {
    expect(shortDate(parseWhen(when)!)).toBe(short);
  });

  it.each([
    ["2026-03-17", "due in 5 days", "due in 5 days (2026-03-17)"],
    ["2026-03-14", "due in 2 days", "due in 2 days (2026-03-14)"],
    ["2026-03-13", "due tomorrow", "due tomorrow"],
    ["2026-03-12T14:00", "due in 5 hours", "due in 5 hours"],
    ["2026-03-10", "2 days overdue", "2 days overdue"],
  ])("due %s: the sidebar says %j beside the date, the command line %j", (due, relative, words) => {
    expect(dueRelative({ due: parseWhen(due)! }, at("2026-03-12T09:00"))).toBe(relative);
    expect(dueInWords({ due: parseWhen(due)! }, at("2026-03-12T09:00"))).toBe(words);
  });
});

describe("what an item shows besides its sentence (ITEM_DETAILS, drawn by every host)", () => {
  it("its context, its email and the kind's remark, in that order; the context left out under its heading", () => {
    const v = viewItem(
      dueItem({ kind: "follow-up", role: "Engineer", channel: "phone", email: "tom@acme.example" }),
      at("2026-03-12T09:00"),
    );
    expect(v.details).toEqual([
      { name: "context", text: "Acme · Engineer" },
      { name: "email", text: "tom@acme.example" },
      { name: "note", text: "They prefer phone calls", line: true },
    ]);
    expect(detailText(viewItem(dueItem(), at("2026-03-12T09:00"), 1, true), "context")).toBeUndefined();
  });
});

describe("the filter box", () => {
  it.each([
    ["", true],
    ["acme", true],
    ["ACME", true],
    ["priya", true],
    ["priya@acme", true],
    ["thank", true],
    ["acme thank", true],
    ["  acme   onsite ", true],
    ["backend", true],
    ["globex", false],
    ["acme debrief", false],
    ["follow", false],
  ])("%j finds Acme's thank-you to Priya Raman: %s", (filter, found) => {
    expect(matchesFilter(item({}), filter)).toBe(found);
  });

  it.each([
    ["debrief", { kind: "debrief" as const, person: undefined }],
    ["follow-up", { kind: "follow-up" as const, person: undefined, attempt: 1 as const }],
    ["references", { kind: "inform-references" as const, person: undefined }],
  ])("finds a kind by its words: %s", (filter, over) => {
    expect(matchesFilter(item(over), filter)).toBe(true);
  });

  const report = reportFor(
    {
      "acme.md": {
        type: "interview",
        company: "Acme",
        role: "Engineer",
        stage: "onsite",
        interview_date: "2026-03-11T14:00",
        interviewers: ["Priya Raman <priya@acme.io>", "Tom Becker <tom@acme.io>"],
      },
      "globex.md": { type: "interview", company: "Globex", interview_date: "2026-03-10", interviewers: ["Dana Lee"] },
    },
    "2026-03-12T09:00",
  );

  it("leaves only the items with every word, counts them, and keeps the grouping", () => {
    const all = buildViewModel(report);
    const model = buildViewModel(report, undefined, undefined, { groupBy: "due", collapsed: [], filter: " tom " });
    expect(model.filter).toEqual({ text: " tom ", shown: 1, total: report.items.length });
    expect(model.sections.flatMap((s) => Array.from({ length: s.count }, (_, i) => s.at(i).sentence))).toEqual([
      "Send a thank-you to Tom Becker",
    ]);
    expect(all.filter).toEqual({ text: "", shown: report.items.length, total: report.items.length });
    const none = buildViewModel(report, undefined, undefined, { groupBy: "application", collapsed: [], filter: "zzz" });
    expect([none.sections, none.filter.shown, none.dueCount]).toEqual([[], 0, all.dueCount]);
  });

  it("by application, an item leaves out the company, role and stage its heading says; by due date it says them", () => {
    const cache = new WeakMap<DueItem, ViewItem>();
    const byApp = buildViewModel(report, cache, undefined, { groupBy: "application", collapsed: [] });
    expect(detailText(byApp.sections[0]!.at(0), "context")).toBeUndefined();
    const byDue = buildViewModel(report, cache, undefined, { groupBy: "due", collapsed: [] });
    const contexts = byDue.sections.flatMap((s) =>
      Array.from({ length: s.count }, (_, i) => detailText(s.at(i), "context") ?? ""),
    );
    expect(contexts).toContain("Acme · Engineer · onsite");
    expect(contexts.every((c) => c !== "")).toBe(true);
  });

  it("says whether it is compact", () => {
    expect(buildViewModel(report, undefined, undefined, { groupBy: "due", collapsed: [], compact: true }).compact).toBe(
      true,
    );
    expect(buildViewModel(report).compact).toBe(false);
  });
});
