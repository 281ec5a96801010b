import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultSettings } from "../../../src/core/settings/settings";
import { jobSearchStats, median, mondayOf } from "../../../src/core/stats/stats";
import {
  followUpsLine,
  percent,
  repliesLine,
  shortDay,
  statsToJson,
  thankYousLine,
} from "../../../src/core/stats/stats-text";
import { daysFromCivil } from "../../../src/core/lib/time";
import { at, readNote } from "../../helpers/notes";

const settings = defaultSettings();

function statsAt(now: string, ...fms: Record<string, unknown>[]) {
  return jobSearchStats(
    fms.map((fm, i) => readNote(fm, settings, `n${i}.md`).note),
    at(now),
    settings,
  );
}

describe("weeks", () => {
  it.each([
    ["2026-03-09", "2026-03-09"], // a Monday is its own week
    ["2026-03-15", "2026-03-09"], // Sunday ends it
    ["2026-03-16", "2026-03-16"],
    ["1970-01-01", "1969-12-29"], // day 0, a Thursday
    ["1969-12-28", "1969-12-22"], // before day 0
  ])("%s falls in the week of %s", (day, monday) => {
    const [y, m, d] = day.split("-").map(Number) as [number, number, number];
    const [my, mm, md] = monday.split("-").map(Number) as [number, number, number];
    expect(mondayOf(daysFromCivil(y, m, d))).toBe(daysFromCivil(my, mm, md));
  });

  it("any day's week starts on a Monday at most six days before (checked against Date)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200_000, max: 200_000 }), (day) => {
        const monday = mondayOf(day);
        expect(day - monday).toBeGreaterThanOrEqual(0);
        expect(day - monday).toBeLessThan(7);
        expect(new Date(monday * 86_400_000).getUTCDay()).toBe(1);
      }),
    );
  });

  it("lists every week from the first interview to this one, empty weeks too, and planned ones after", () => {
    const s = statsAt(
      "2026-03-12T09:00",
      { interview_date: "2026-02-10" },
      { interview_date: "2026-02-11" },
      { interview_date: "2026-03-04" },
      { interview_date: "2026-03-24" },
    );
    expect(s.perWeek.map((w) => [shortDay(w.monday), w.count])).toEqual([
      ["9 Feb", 2],
      ["16 Feb", 0],
      ["23 Feb", 0],
      ["2 Mar", 1],
      ["9 Mar", 0],
      ["16 Mar", 0],
      ["23 Mar", 1],
    ]);
    expect(s.interviews).toEqual({ total: 4, held: 3, upcoming: 1 });
  });

  it("an interview at this very minute is held; a minute later it is coming up", () => {
    expect(statsAt("2026-03-12T09:00", { interview_date: "2026-03-12T09:00" }).interviews.held).toBe(1);
    expect(statsAt("2026-03-12T09:00", { interview_date: "2026-03-12T09:01" }).interviews.upcoming).toBe(1);
  });

  it("no interviews: no weeks, no rates", () => {
    const s = statsAt("2026-03-12", { interview_date: "someday" });
    expect(s.perWeek).toEqual([]);
    expect(s.interviews.total).toBe(0);
    expect(percent(s.replies)).toBe("–");
    expect(thankYousLine(s)).toBe("no interview is past its thank-you window yet");
  });
});

describe("stage and status", () => {
  it("count in any case under the first spelling, most first, empty ones named", () => {
    const s = statsAt(
      "2026-03-12",
      { interview_date: "2026-03-01", stage: "Onsite", status: "waiting" },
      { interview_date: "2026-03-02", stage: "onsite", status: "Rejected" },
      { interview_date: "2026-03-03" },
    );
    expect(s.byStage).toEqual([
      { label: "Onsite", count: 2 },
      { label: "(no stage)", count: 1 },
    ]);
    expect(s.byStatus).toEqual([
      { label: "(no status)", count: 1 },
      { label: "rejected", count: 1 },
      { label: "waiting", count: 1 },
    ]);
  });
});

describe("replies", () => {
  it("rate over held interviews; median days over dated replies", () => {
    const s = statsAt(
      "2026-03-20",
      { interview_date: "2026-03-01", replied: "2026-03-04" },
      { interview_date: "2026-03-02T10:00", replied: "2026-03-12" },
      { interview_date: "2026-03-03", replied: "yes" },
      { interview_date: "2026-03-05" },
      { interview_date: "2026-03-30" },
    );
    expect(s.replies).toEqual({ count: 3, of: 4 });
    expect(s.medianDaysToReply).toBe(6.5);
    expect(repliesLine(s)).toBe(
      "3 of 4 interviews held got a reply (75%); a reply came 6.5 days after the interview (median)",
    );
  });

  it.each([
    [[], undefined],
    [[4], 4],
    [[9, 1, 5], 5],
    [[1, 2, 3, 10], 2.5],
  ])("median of %j is %s", (values, expected) => {
    expect(median(values)).toBe(expected);
  });
});

describe("which follow-up a reply came after", () => {
  const base = { interview_date: "2026-03-01", follow_up_1: "2026-03-10" };
  it.each<[string, Record<string, unknown>, [number, number], [number, number]]>([
    ["no reply", {}, [0, 1], [0, 0]],
    ["a reply before the first follow-up", { replied: "2026-03-09" }, [0, 1], [0, 0]],
    ["a reply the day of the first", { replied: "2026-03-10" }, [1, 1], [0, 0]],
    ["a reply between the two", { follow_up_2: "2026-03-17", replied: "2026-03-16" }, [1, 1], [0, 1]],
    ["a reply the day of the second", { follow_up_2: "2026-03-17", replied: "2026-03-17" }, [0, 1], [1, 1]],
    ["a reply after the second", { follow_up_2: "2026-03-17", replied: "2026-03-25" }, [0, 1], [1, 1]],
    ["a reply without a date", { replied: "yes" }, [0, 1], [0, 0]],
  ])("%s", (_, extra, first, second) => {
    const s = statsAt("2026-03-30", { ...base, ...extra });
    expect([s.followUps.first.count, s.followUps.first.of]).toEqual(first);
    expect([s.followUps.second.count, s.followUps.second.of]).toEqual(second);
  });

  it("in words", () => {
    const s = statsAt("2026-03-30", { ...base, replied: "2026-03-11" }, base, { ...base, follow_up_2: "2026-03-17" });
    expect(followUpsLine(s)).toBe("a reply came after 1 of 3 first follow-ups (33%) and 0 of 1 second one (0%)");
  });
});

describe("thank-yous on time", () => {
  const timed = { interview_date: "2026-03-10T14:00", interviewers: ["Ann"] };
  const dateOnly = { interview_date: "2026-03-10", interviewers: ["Ann"] };
  const result = (now: string, fm: Record<string, unknown>) => statsAt(now, fm).thankYous;

  it.each<[string, string, Record<string, unknown>, keyof ReturnType<typeof result> | "not counted"]>([
    // Timed interview: due 24 hours later, 2026-03-11 14:00; thanked_on is a date, compared by day.
    ["the same day", "2026-03-20", { ...timed, thanked: ["Ann"], thanked_on: "2026-03-10" }, "onTime"],
    ["on the due day", "2026-03-20", { ...timed, thanked: ["Ann"], thanked_on: "2026-03-11" }, "onTime"],
    ["the day after the due day", "2026-03-20", { ...timed, thanked: ["Ann"], thanked_on: "2026-03-12" }, "late"],
    ["thanked, no date recorded", "2026-03-20", { ...timed, thanked: ["Ann"] }, "undated"],
    ["none, a minute before the due time", "2026-03-11T13:59", timed, "not counted"],
    ["none, at the due time", "2026-03-11T14:00", timed, "none"],
    // Date-only interview: due the next day, all of it.
    [
      "date-only, thanked the next day",
      "2026-03-20",
      { ...dateOnly, thanked: ["Ann"], thanked_on: "2026-03-11" },
      "onTime",
    ],
    ["date-only, none, the last minute of the due day", "2026-03-11T23:59", dateOnly, "not counted"],
    ["date-only, none, the next midnight", "2026-03-12T00:00", dateOnly, "none"],
  ])("%s", (_, now, fm, expected) => {
    const t = result(now, fm);
    const counted = (Object.keys(t) as (keyof typeof t)[]).filter((k) => t[k] > 0);
    expect(counted).toEqual(expected === "not counted" ? [] : [expected]);
  });

  it("in words, and as JSON", () => {
    const s = statsAt(
      "2026-03-20",
      { ...timed, thanked: ["Ann"], thanked_on: "2026-03-11" },
      { ...timed, thanked: ["Ann"], thanked_on: "2026-03-13" },
      timed,
    );
    expect(thankYousLine(s)).toBe("1 of 3 on time (33%), 1 late, 0 with no date recorded, 1 not sent");
    expect(statsToJson(s, "2026-03-20T00:00")).toMatchObject({
      now: "2026-03-20T00:00",
      perWeek: [
        { week: "2026-03-09", count: 3 },
        { week: "2026-03-16", count: 0 },
      ],
      replies: { count: 0, of: 3, rate: 0 },
      followUps: { first: { count: 0, of: 0, rate: null } },
      thankYous: { onTime: 1, late: 1, undated: 0, none: 1 },
    });
  });
});
