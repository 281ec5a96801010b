import fc from "fast-check";
import ical, { ICalEventTransparency } from "ical-generator";
import { describe, expect, it } from "vitest";
import {
  calendarEventsFor,
  calendarUid,
  CALENDAR_NAME,
  foldLine,
  obsidianOpenUrl,
  toICalendar,
  type CalendarEvent,
} from "../../../src/core/exchange/ics";
import { civilFromDays } from "../../../src/core/lib/time";
import { at, readNote } from "../../helpers/notes";
import { defaultSettings } from "../../../src/core/settings/settings";

/**
 * The plugin writes iCalendar with a small writer of its own (main.js must stay small); the
 * library it replaced, ical-generator, is kept here as the oracle: for any events, the two
 * texts must be the same, byte for byte.
 */
function oracle(events: readonly CalendarEvent[], stamp: Date): string {
  const utcDay = (day: number) => {
    const { year, month, day: d } = civilFromDays(day);
    return new Date(Date.UTC(year, month - 1, d));
  };
  const calendar = ical({
    prodId: { company: "Job Search Journal", product: "Follow-ups", language: "EN" },
    name: CALENDAR_NAME,
    description: "Thank-yous, debriefs and follow-ups from your interview notes.",
    ttl: 60 * 60,
  });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      stamp,
      start: utcDay(e.day),
      end: utcDay(e.day + 1),
      allDay: true,
      summary: e.summary,
      description: e.description,
      url: e.url,
      categories: [{ name: "Job search" }],
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return `${calendar.toString()}\r\n`;
}

const text = fc.string({ unit: "grapheme", maxLength: 200 });
const event: fc.Arbitrary<CalendarEvent> = fc.record({
  uid: fc.string({ unit: "grapheme", minLength: 1, maxLength: 120 }).map((id) => calendarUid({ id })),
  day: fc.integer({ min: 0, max: 2_932_896 }),
  summary: text,
  description: fc.oneof(
    text,
    fc.array(text, { maxLength: 4 }).map((l) => l.join("\n")),
    fc.constant(""),
  ),
  url: fc.tuple(text, text).map(([v, f]) => obsidianOpenUrl(v, f)),
});
const stamp = fc.date({
  min: new Date(Date.UTC(1970, 0, 1)),
  max: new Date(Date.UTC(9999, 11, 31)),
  noInvalidDate: true,
});

describe("the iCalendar writer against ical-generator", () => {
  it("property: any events, any stamp: byte for byte the same text", () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 5 }), stamp, (events, s) => {
        expect(toICalendar(events, s)).toBe(oracle(events, s));
      }),
      { numRuns: 500 },
    );
  });

  it("the example vault's follow-ups: the same text", async () => {
    const { vaultFiles } = await import("../../../scripts/vault-files.mjs");
    const { readYaml } = await import("../../../src/core/notes/read-yaml");
    const entries = Object.entries(vaultFiles("examples/vault"))
      .filter(([p]) => p.endsWith(".md") && p.startsWith("Interviews/"))
      .map(([p, t]) => readNote(readYaml(t.split("---\n")[1] ?? "") as Record<string, unknown>, defaultSettings(), p));
    const events = calendarEventsFor(entries, at("2026-03-12T09:00"), defaultSettings(), undefined, "vault");
    expect(events.length).toBeGreaterThan(10);
    const s = new Date(Date.UTC(2026, 2, 12, 8, 0, 5));
    expect(toICalendar(events, s)).toBe(oracle(events, s));
  });

  it.each<[string, string]>([
    ["74 octets stay on one line", "x".repeat(74)],
    ["the 75th octet starts the next line", "x".repeat(75)],
    ["a two-octet character is never split", `${"x".repeat(73)}é`],
    ["nor a four-octet one", `${"x".repeat(72)}😀y`],
  ])("folding: %s", (_, line) => {
    const folded = foldLine(line);
    expect(folded.replace(/\r\n /g, "")).toBe(line);
    for (const part of folded.split("\r\n ")) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(74);
    const one: CalendarEvent = { uid: "u", day: 0, summary: line, description: "", url: "x:y" };
    expect(toICalendar([one], new Date(0))).toBe(oracle([one], new Date(0)));
  });
});
