import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayOrder, isAmbiguous, sheetDate, type DayOrder } from "../../../src/core/exchange/sheet-dates";

describe("dates as spreadsheets export them", () => {
  it("a range is its start, with its end beside it (Notion's `→`, `to`, a dash)", () => {
    expect(sheetDate("October 1, 2025 → October 3, 2025")).toEqual({ value: "2025-10-01", end: "2025-10-03" });
    expect(sheetDate("2026-03-10 to 2026-03-12")).toEqual({ value: "2026-03-10", end: "2026-03-12" });
    expect(sheetDate("2026-03-10 14:00 – 2026-03-10 15:00")).toEqual({
      value: "2026-03-10T14:00",
      end: "2026-03-10T15:00",
    });
    expect(sheetDate("Acme to Globex")).toMatchObject({ error: expect.any(String) as string });
  });

  it.each<[string, DayOrder | undefined, string]>([
    ["2026-03-04", undefined, "2026-03-04"],
    ["2026-3-4", undefined, "2026-03-04"],
    ["2026-03-04 14:30", undefined, "2026-03-04T14:30"],
    ["2026-03-04 14:30:59", undefined, "2026-03-04T14:30"],
    ["2026-03-04T09:05:00", undefined, "2026-03-04T09:05"],
    ["2026-03-04 00:00:00", undefined, "2026-03-04"],
    ["3/4/2026", "mdy", "2026-03-04"],
    ["3/4/2026", "dmy", "2026-04-03"],
    ["13/4/2026", undefined, "2026-04-13"],
    ["4/13/2026", undefined, "2026-04-13"],
    ["4/4/2026", undefined, "2026-04-04"],
    ["04.03.2026", "dmy", "2026-03-04"],
    ["3/4/26", "mdy", "2026-03-04"],
    ["3/4/2026 2:30 PM", "mdy", "2026-03-04T14:30"],
    ["3/4/2026 12:05 AM", "mdy", "2026-03-04T00:05"],
    ["3/4/2026 12:05 pm", "mdy", "2026-03-04T12:05"],
    ["3/4/2026 0:00:00", "mdy", "2026-03-04"],
    ["Mar 4, 2026", undefined, "2026-03-04"],
    ["March 4, 2026", undefined, "2026-03-04"],
    ["4 March 2026", undefined, "2026-03-04"],
    ["4-Mar-2026", undefined, "2026-03-04"],
    ["Wed, Mar 4, 2026", undefined, "2026-03-04"],
    ["March 4th, 2026", undefined, "2026-03-04"],
    ["Mar 4, 2026 9:00 AM", undefined, "2026-03-04T09:00"],
    ["Sept 4, 2026", undefined, "2026-09-04"],
    ["4. März 2026", undefined, "2026-03-04"],
    ["4 mars 2026", undefined, "2026-03-04"],
    ["4 de marzo de 2026".replace(/ de /g, " "), undefined, "2026-03-04"],
    ["4-Mar-26", undefined, "2026-03-04"],
    ["46085", undefined, "2026-03-04"],
    ["46085.5", undefined, "2026-03-04T12:00"],
    ["46085.75", undefined, "2026-03-04T18:00"],
    ["  2026-03-04  ", undefined, "2026-03-04"],
    // LinkedIn's Job Applications.csv; Notion's time zones; the CJK and Russian ways.
    ["11/20/24, 8:15 AM", "mdy", "2024-11-20T08:15"],
    ["November 10, 2025 2:30 PM (PST)", undefined, "2025-11-10T14:30"],
    ["2026-03-10 14:00 GMT+1", undefined, "2026-03-10T14:00"],
    ["2026-03-10 14:00 UTC", undefined, "2026-03-10T14:00"],
    ["Mar 10, 2026 9:00 AM CET", undefined, "2026-03-10T09:00"],
    ["2026-03-10T14:00Z", undefined, "2026-03-10T14:00"],
    ["2026年3月10日", undefined, "2026-03-10"],
    ["2026年3月10日 14:00", undefined, "2026-03-10T14:00"],
    ["2026년 3월 10일", undefined, "2026-03-10"],
    ["10 марта 2026", undefined, "2026-03-10"],
    // Five digits: from 1927 on (a year or a count in a date column is not a day).
    ["10000", undefined, "1927-05-18"],
  ])("%s (%s) → %s", (text, order, expected) => {
    expect(sheetDate(text, order)).toEqual({ value: expected });
  });

  it.each<[string, DayOrder | undefined, RegExp]>([
    ["3/4/2026", undefined, /could be day\/month or month\/day/],
    ["2026-02-30", undefined, /not a date of the calendar/],
    ["31/4/2026", undefined, /not a date of the calendar/],
    ["next tuesday", undefined, /is not a date/],
    ["TBD", undefined, /is not a date/],
    ["3/4/2026 25:00", "mdy", /time that is none/],
    ["3/4/2026 13:00 PM", "mdy", /time that is none/],
    ["999999", undefined, /is not a date/],
    ["2026", undefined, /is not a date/],
  ])("%s (%s): an error that quotes it", (text, order, message) => {
    const read = sheetDate(text, order);
    expect("error" in read && read.error).toMatch(message);
  });

  it.each<[string[], DayOrder | "conflict" | undefined]>([
    [["3/4/2026", "13/4/2026"], "dmy"],
    [["3/4/2026", "4/13/2026"], "mdy"],
    [["3/4/2026", "5/6/2026"], undefined],
    [["13/4/2026", "4/13/2026"], "conflict"],
    [["2026-03-04", "Mar 4, 2026"], undefined],
  ])("the day order of %j is %s", (values, order) => {
    expect(dayOrder(values)).toBe(order);
  });

  it("only a date whose two numbers are 12 or less, and differ, is ambiguous", () => {
    expect([isAmbiguous("3/4/2026"), isAmbiguous("4/4/2026"), isAmbiguous("13/4/2026"), isAmbiguous("Mar 4")]).toEqual([
      true,
      false,
      false,
      false,
    ]);
  });

  it("property: any date written in any of the forms reads back as itself", () => {
    const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1930, 0, 1)), max: new Date(Date.UTC(2150, 11, 31)), noInvalidDate: true }),
        fc.integer({ min: 0, max: 4 }),
        (date, form) => {
          const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
          const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          const serial = String(Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000));
          const text = [iso, `${m}/${d}/${y}`, `${d}.${m}.${y}`, `${months[m - 1]} ${d}, ${y}`, serial][form] ?? iso;
          const order: DayOrder = form === 2 ? "dmy" : "mdy";
          expect(sheetDate(text, order)).toEqual({ value: iso });
        },
      ),
    );
  });
});
