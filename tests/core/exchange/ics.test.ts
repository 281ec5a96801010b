import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  calendarEventsFor,
  calendarUid,
  isOurCalendar,
  obsidianOpenUrl,
  sameCalendar,
  toICalendar,
  type CalendarEvent,
} from "../../../src/core/exchange/ics";
import { defaultSettings } from "../../../src/core/settings/settings";
import { daysFromCivil } from "../../../src/core/lib/time";
import { readCalendar, readEvents } from "../../helpers/ical";
import { at, KINDS_OF_THESE_TESTS, readNote } from "../../helpers/notes";
import type { ItemKind } from "../../../src/core/follow-ups/items";

function parsed(text: string) {
  return readEvents(text).map((event) => {
    const c = event.component;
    return {
      uid: event.uid,
      summary: event.summary,
      description: event.description,
      start: event.startDate.toString(),
      allDay: event.startDate.isDate,
      end: event.endDate.toString(),
      url: String(c.getFirstPropertyValue("url")),
      stamp: String(c.getFirstPropertyValue("dtstamp")),
    };
  });
}

const STAMP = new Date(Date.UTC(2026, 2, 12, 8, 0));
const settings = defaultSettings();

function eventsAt(now: string, notes: Record<string, Record<string, unknown>>, vault = "Job search"): CalendarEvent[] {
  const entries = Object.entries(notes).map(([file, fm]) => readNote(fm, settings, file));
  // The kinds these tables were written for: a kind added later adds events, and changes none of these.
  const kindOf = (e: CalendarEvent) => /#([a-z-]+)/.exec(decodeURIComponent(e.uid))?.[1] as ItemKind;
  return calendarEventsFor(entries, at(now), settings, undefined, vault).filter((e) =>
    KINDS_OF_THESE_TESTS.includes(kindOf(e)),
  );
}

const ACME = {
  type: "interview",
  company: "Acme",
  role: "Backend Engineer",
  stage: "onsite",
  interview_date: "2026-03-11T14:00",
  interviewers: ["Priya Raman <priya@acme.io>", "Tom Becker"],
  decision_by: "2026-03-20",
  references: ["Dana Cho"],
};

describe("follow-ups as calendar events", () => {
  const events = eventsAt("2026-03-12T09:00", { "Interviews/2026-03-11 Acme - Backend.md": ACME });

  it("has one all-day event per item, beyond the sidebar's week too, each with the action and the note's name", () => {
    const read = parsed(toICalendar(events, STAMP));
    expect(read.map((e) => [e.summary, e.start, e.end, e.allDay])).toEqual([
      ["Write your Acme debrief while it is fresh · 2026-03-11 Acme - Backend", "2026-03-12", "2026-03-13", true],
      ["Send a thank-you to Priya Raman · 2026-03-11 Acme - Backend", "2026-03-12", "2026-03-13", true],
      ["Send a thank-you to Tom Becker · 2026-03-11 Acme - Backend", "2026-03-12", "2026-03-13", true],
      ["Tell your references about the Acme interview · 2026-03-11 Acme - Backend", "2026-03-13", "2026-03-14", true],
      // Decision by the 20th: the first follow-up is the 21st, nine days ahead.
      ["Follow up with Acme by email (1 of 2) · 2026-03-11 Acme - Backend", "2026-03-21", "2026-03-22", true],
    ]);
  });

  it("links each event to its note with obsidian://open, in the URL and the description", () => {
    const [first] = parsed(toICalendar(events, STAMP));
    const link = "obsidian://open?vault=Job%20search&file=Interviews%2F2026-03-11%20Acme%20-%20Backend";
    expect(first?.url).toBe(link);
    expect(first?.description.split("\n")).toEqual([
      "Write your Acme debrief while it is fresh.",
      "Acme · Backend Engineer · onsite",
      "Overdue: was due 2026-03-11.",
      `Open the note: ${link}`,
    ]);
    expect(decodeURIComponent(new URL(link).searchParams.get("file") ?? "")).toBe(
      "Interviews/2026-03-11 Acme - Backend",
    );
  });

  it("says when a timed item is due, and the interviewer's email", () => {
    const priya = parsed(toICalendar(events, STAMP)).find((e) => e.summary.includes("Priya"));
    expect(priya?.description.split("\n").slice(0, 3)).toEqual([
      "Send a thank-you to Priya Raman (priya@acme.io).",
      "Acme · Backend Engineer · onsite",
      "Due 2026-03-12 at 14:00.",
    ]);
  });

  it("keeps an overdue item on today, and a future one on its own day", () => {
    const later = eventsAt("2026-03-16T09:00", {
      "a.md": { ...ACME, thanked: ["Priya Raman", "Tom Becker"], debriefed: "2026-03-11" },
    });
    const days = later.map((e) => [e.summary.split(" · ")[0], e.day]);
    expect(days).toEqual([
      ["Tell your references about the Acme interview", daysFromCivil(2026, 3, 16)],
      ["Follow up with Acme by email (1 of 2)", daysFromCivil(2026, 3, 21)],
    ]);
  });

  it("writes the same day in every time zone the suite runs in (all-day values come from UTC fields)", () => {
    const [one] = parsed(
      toICalendar(
        [{ uid: "u", day: daysFromCivil(2026, 1, 1), summary: "s", description: "d", url: "obsidian://open" }],
        STAMP,
      ),
    );
    expect([one?.start, one?.end, one?.stamp]).toEqual(["2026-01-01", "2026-01-02", "2026-03-12T08:00:00Z"]);
  });
});

describe("UIDs", () => {
  it("are the same for the same note, kind, person and attempt, whenever the file is written", () => {
    const monday = eventsAt("2026-03-12T09:00", { "a.md": ACME });
    const friday = eventsAt("2026-03-16T09:00", { "a.md": { ...ACME, thanked: ["Priya Raman"] } });
    const tom = (list: CalendarEvent[]) => list.find((e) => e.summary.includes("Tom Becker"))?.uid;
    expect(tom(monday)).toBeDefined();
    expect(tom(friday)).toBe(tom(monday));
    // Priya was thanked: her event is gone, nobody else's UID moved.
    expect(friday.map((e) => e.uid).every((uid) => monday.some((e) => e.uid === uid))).toBe(true);
  });

  it("differ between notes, kinds, people and attempts", () => {
    const all = eventsAt("2026-03-12T09:00", {
      "a.md": ACME,
      "b.md": ACME,
      "c.md": { ...ACME, follow_up_1: "2026-03-21" },
    });
    expect(new Set(all.map((e) => e.uid)).size).toBe(all.length);
  });

  it("survive any path: round trip through a parser, one line of text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1 }), (path) => {
        const uid = calendarUid({ id: `${path}#thank-you/ana` });
        const [read] = parsed(toICalendar([{ uid, day: 0, summary: "s", description: "", url: "x:y" }], STAMP));
        expect(read?.uid).toBe(uid);
        expect(uid).toMatch(/^[A-Za-z0-9%\-_.!~*'()]+@job-search-journal$/);
      }),
    );
  });
});

describe("the iCalendar text", () => {
  it("keeps any summary and description through a parser, with lines of at most 75 octets ending in CRLF", () => {
    const text = fc.string({ unit: "grapheme", maxLength: 200 });
    fc.assert(
      fc.property(text, text, (summary, description) => {
        const ics = toICalendar(
          [{ uid: "u@x", day: 20000, summary, description, url: obsidianOpenUrl("V", `${summary}.md`) }],
          STAMP,
        );
        const [read] = parsed(ics);
        // Bare CR is not representable in iCalendar text; parsers read it back as a line break.
        const lf = (s: string) => s.replace(/\r\n?/g, "\n");
        expect(read?.summary ?? "").toBe(lf(summary));
        expect(read?.description ?? "").toBe(lf(description));
        expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
        for (const line of ics.split("\r\n")) {
          expect(line).not.toContain("\n");
          expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is recognised as ours, and compared without its DTSTAMP", () => {
    const a = toICalendar(eventsAt("2026-03-12T09:00", { "a.md": ACME }), STAMP);
    const b = toICalendar(eventsAt("2026-03-12T09:00", { "a.md": ACME }), new Date(Date.UTC(2026, 2, 13)));
    const c = toICalendar(eventsAt("2026-03-12T09:00", { "a.md": { ...ACME, thanked: ["Tom Becker"] } }), STAMP);
    expect(a).not.toBe(b);
    expect(sameCalendar(a, b)).toBe(true);
    expect(sameCalendar(a, c)).toBe(false);
    expect(isOurCalendar(a)).toBe(true);
    expect(isOurCalendar("# My note\n")).toBe(false);
    expect(isOurCalendar("BEGIN:VCALENDAR\r\nPRODID:-//Someone else//EN\r\n")).toBe(false);
  });

  it("is an empty but valid calendar when nothing is due", () => {
    const ics = toICalendar([], STAMP);
    expect(parsed(ics)).toEqual([]);
    expect(readCalendar(ics).getFirstPropertyValue("x-wr-calname")).toBe("Job search follow-ups");
  });
});
