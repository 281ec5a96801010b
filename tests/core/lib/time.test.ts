import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  civilFromDays,
  daysFromCivil,
  formatWhen,
  hasArrived,
  localDateOf,
  parseWhen,
  wallClockOf,
  whenFromYamlDate,
} from "../../../src/core/lib/time";
import { at } from "../../helpers/notes";

describe("parseWhen reads the forms Obsidian writes", () => {
  it.each([
    ["2026-03-09", "2026-03-09"],
    ["2026-03-09T14:00", "2026-03-09T14:00"],
    ["2026-03-09 14:00", "2026-03-09T14:00"],
    ["2026-03-09T14:00:59", "2026-03-09T14:00"],
    ["2026-03-09T14:00:00.000", "2026-03-09T14:00"],
    ["  2026-3-9 ", "2026-03-09"],
    ["2024-02-29", "2024-02-29"],
    ["2026-03-09T00:00", "2026-03-09T00:00"],
  ])("%s → %s", (text, expected) => {
    const when = parseWhen(text);
    expect(when && formatWhen(when)).toBe(expected);
  });

  it.each([
    "next tuesday",
    "2026-02-29",
    "2026-13-01",
    "2026-03-32",
    "2026-03-09T24:00",
    "2026-03-09T12:60",
    "09/03/2026",
    "2026-03-09T14:00Z",
    "",
    "2026",
  ])("%j is not a date", (text) => {
    expect(parseWhen(text)).toBeUndefined();
  });

  it("midnight with a time is still a time", () => {
    expect(parseWhen("2026-03-09T00:00")?.hasTime).toBe(true);
  });
});

describe("YAML Date objects mean what the user typed", () => {
  it.each([
    [new Date(Date.UTC(2026, 2, 9)), "2026-03-09"],
    [new Date(Date.UTC(2026, 2, 9, 14, 30)), "2026-03-09T14:30"],
  ])("%s", (date, expected) => {
    const when = whenFromYamlDate(date);
    expect(when && formatWhen(when)).toBe(expected);
  });
  it("an invalid Date is not a date", () => {
    expect(whenFromYamlDate(new Date(Number.NaN))).toBeUndefined();
  });
});

describe("calendar arithmetic", () => {
  it("days from civil and back agree for every day over ±3000 years", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_100_000, max: 1_100_000 }), (days) => {
        const c = civilFromDays(days);
        expect(daysFromCivil(c.year, c.month, c.day)).toBe(days);
      }),
    );
  });

  it("agrees with the platform calendar", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-12-31T00:00:00Z"), noInvalidDate: true }),
        (d) => {
          const days = daysFromCivil(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
          expect(days).toBe(Math.floor(d.getTime() / 86_400_000));
        },
      ),
    );
  });

  it("format and parse round-trip any wall-clock minute", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 * 365 * 1440 }), fc.boolean(), (minutes, hasTime) => {
        const when = hasTime ? { at: minutes, hasTime } : { at: minutes - (minutes % 1440), hasTime };
        expect(parseWhen(formatWhen(when))).toEqual(when);
      }),
    );
  });
});

describe("hasArrived", () => {
  it.each([
    ["2026-03-09", "2026-03-08T23:59", false],
    ["2026-03-09", "2026-03-09T00:00", true],
    ["2026-03-09T14:00", "2026-03-09T13:59", false],
    ["2026-03-09T14:00", "2026-03-09T14:00", true],
  ])("%s at %s: %s", (when, now, expected) => {
    expect(hasArrived(parseWhen(when)!, at(now))).toBe(expected);
  });
});

// The one place where the process's time zone matters: turning a clock reading into wall time.
// `npm test` runs this file under UTC, New York, Kolkata and Auckland.
describe(`the edges in time zone ${process.env.TZ ?? "(unset)"}`, () => {
  it("wallClockOf reads the local fields", () => {
    const instant = new Date(2026, 2, 9, 14, 5);
    expect(formatWhen({ at: wallClockOf(instant), hasTime: true })).toBe("2026-03-09T14:05");
  });

  it("localDateOf and wallClockOf are inverse on ordinary times", () => {
    expect(wallClockOf(localDateOf(at("2026-11-01T12:34")))).toBe(at("2026-11-01T12:34"));
  });

  it("across New York's spring-forward night, local days still differ by one", () => {
    // 2026-03-08 02:00 does not exist in America/New_York; the days either side do.
    const before = wallClockOf(new Date(2026, 2, 7, 23, 0));
    const after = wallClockOf(new Date(2026, 2, 9, 1, 0));
    expect(formatWhen({ at: before, hasTime: true })).toBe("2026-03-07T23:00");
    expect(formatWhen({ at: after, hasTime: true })).toBe("2026-03-09T01:00");
  });

  it("an instant 24 real hours after a pre-DST evening reads as the next day's wall clock", () => {
    const evening = new Date(2026, 2, 7, 20, 0);
    const next = new Date(evening.getTime() + 24 * 3600_000);
    const shift = (wallClockOf(next) - wallClockOf(evening)) / 60;
    // 24 in zones without a change that night, 25 where clocks sprang forward (New York).
    expect(shift).toBe(process.env.TZ === "America/New_York" ? 25 : 24);
  });
});
