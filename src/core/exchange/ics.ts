import { describeItem, itemContext } from "../follow-ups/describe";
import { followUpReport, type FollowUpReport, type PeopleDirectory } from "../follow-ups/engine";
import type { DueItem } from "../follow-ups/items";
import { noteTitle } from "../lib/paths";
import type { NoteEntry } from "../notes/note-entry";
import type { Settings } from "../settings/settings";
import { civilFromDays, dayOf, formatWhen, type WallTime } from "../lib/time";

/**
 * The follow-ups as an iCalendar file: one all-day event per item, so any calendar app can show
 * them. The file is written again whenever the follow-ups change; calendars that subscribe to it
 * (or import it again) match events by UID, which stays the same for the same note, kind, person
 * and attempt, so they update instead of duplicating.
 */

export interface CalendarEvent {
  uid: string;
  /** The day the event is shown on (days since 1970-01-01): the due day, or today when overdue. */
  day: number;
  summary: string;
  description: string;
  /** obsidian://open link to the note. */
  url: string;
}

export const CALENDAR_NAME = "Job search follow-ups";

/** Link that opens the note in Obsidian (the extension may be left out, as in Obsidian's docs). */
export function obsidianOpenUrl(vaultName: string, file: string): string {
  return `obsidian://open?vault=${encodeURIComponent(vaultName)}&file=${encodeURIComponent(file.replace(/\.md$/i, ""))}`;
}

/** The item's id (note path, kind, person, attempt) in a form every calendar accepts as a UID. */
export function calendarUid(item: Pick<DueItem, "id">): string {
  return `${encodeURIComponent(item.id)}@job-search-journal`;
}

function dueLine(item: DueItem, today: number): string {
  const due = formatWhen(item.due).replace("T", " at ");
  return dayOf(item.due.at) < today ? `Overdue: was due ${due}.` : `Due ${due}.`;
}

/**
 * How an event links to its note: a vault name (an `obsidian://open` link), or a function that
 * makes the link (the CLI's `--link file`: a `file://` URL, for people who do not use Obsidian).
 */
export type NoteLink = string | ((file: string) => string);

export function calendarEvent(item: DueItem, now: WallTime, link: NoteLink): CalendarEvent {
  const today = dayOf(now);
  const url = typeof link === "string" ? obsidianOpenUrl(link, item.file) : link(item.file);
  const lines = [
    describeItem(item) + (item.email ? ` (${item.email})` : "") + ".",
    itemContext(item),
    dueLine(item, today),
  ];
  if (item.missing && item.missing.length > 0) lines.push(`No email on file for: ${item.missing.join(", ")}.`);
  lines.push(`Open the note: ${url}`);
  return {
    uid: calendarUid(item),
    // An overdue item is still to do: it stays on today instead of sinking into the past.
    day: Math.max(dayOf(item.due.at), today),
    summary: `${describeItem(item)} · ${noteTitle(item.file)}`,
    description: lines.filter((l) => l !== "").join("\n"),
    url,
  };
}

export function calendarEvents(report: Pick<FollowUpReport, "items" | "now">, link: NoteLink): CalendarEvent[] {
  return report.items.map((item) => calendarEvent(item, report.now, link));
}

/**
 * A small iCalendar (RFC 5545) writer, because the plugin must stay small on mobile: the
 * library this replaced (ical-generator) was a quarter of main.js. It writes exactly what that
 * library wrote for these events, byte for byte, and the tests keep the library as the oracle
 * (tests/core/stats/ical-writer.test.ts).
 */

/** TEXT values: backslash, semicolon and comma escaped, line breaks as \n. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (m) => `\\${m}`).replace(/\r\n|\r|\n/g, "\\n");
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Lines longer than 75 octets are folded: CRLF and a space, never inside a character. */
export function foldLine(line: string): string {
  let out = "";
  let octets = 0;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    octets += size;
    if (octets > 74) {
      out += "\r\n ";
      octets = size;
    }
    out += ch;
  }
  return out;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** An all-day value: YYYYMMDD of the day. */
function dateValue(day: number): string {
  const { year, month, day: d } = civilFromDays(day);
  return `${pad(year, 4)}${pad(month)}${pad(d)}`;
}

/** A UTC date-time: 20260312T090000Z. */
function utcValue(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}T` +
    `${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

function eventLines(e: CalendarEvent, stamp: string): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    "SEQUENCE:0",
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${dateValue(e.day)}`,
    `DTEND;VALUE=DATE:${dateValue(e.day + 1)}`,
    // Outlook's own all-day markers, as calendar apps that import from Outlook expect them.
    "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
    "X-MICROSOFT-MSNCALENDAR-ALLDAYEVENT:TRUE",
    `SUMMARY:${escapeText(e.summary)}`,
    // A reminder to act, not a meeting: it never shows you as busy.
    "TRANSP:TRANSPARENT",
    `DESCRIPTION:${escapeText(e.description)}`,
    "CATEGORIES:Job search",
  ];
  if (e.url !== "") lines.push(`URL;VALUE=URI:${escapeText(e.url)}`);
  lines.push("END:VEVENT");
  return lines;
}

/**
 * The iCalendar text. `stamp` (DTSTAMP) is the instant of writing, passed in because the core
 * never reads the clock; it is the only line that changes when nothing else has.
 */
export function toICalendar(events: readonly CalendarEvent[], stamp: Date): string {
  const at = utcValue(stamp);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Job Search Journal//Follow-ups//EN",
    `NAME:${CALENDAR_NAME}`,
    `X-WR-CALNAME:${CALENDAR_NAME}`,
    "X-WR-CALDESC:Thank-yous, debriefs and follow-ups from your interview notes.",
    // Calendars that subscribe to the file look again every hour.
    "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
    "X-PUBLISHED-TTL:PT1H",
  ];
  for (const e of events) for (const line of eventLines(e, at)) lines.push(line);
  lines.push("END:VCALENDAR");
  // RFC 5545 ends every line, the last one too, with CRLF.
  return `${lines.map(foldLine).join("\r\n")}\r\n`;
}

/** Every follow-up the rules know of, however far ahead (the sidebar shows a week). */
export function calendarEventsFor(
  entries: Iterable<NoteEntry>,
  now: WallTime,
  settings: Settings,
  people: PeopleDirectory | undefined,
  link: NoteLink,
): CalendarEvent[] {
  const everything: Settings = { ...settings, rules: { ...settings.rules, lookaheadDays: Number.POSITIVE_INFINITY } };
  return calendarEvents(followUpReport(entries, now, everything, people), link);
}

/** Whether a file's text is a calendar this tool wrote, so replacing it loses nothing. */
export function isOurCalendar(text: string): boolean {
  return /^BEGIN:VCALENDAR\r?\n/.test(text) && text.includes("PRODID:-//Job Search Journal//Follow-ups//EN");
}

/**
 * What to do with the calendar file that holds `old` (undefined: none yet) to make it `next`:
 * write it, leave it (the same events), or leave it because this tool did not write it.
 */
export function calendarUpdate(old: string | undefined, next: string): "write" | "unchanged" | "foreign" {
  if (old === undefined) return "write";
  if (!isOurCalendar(old)) return "foreign";
  return sameCalendar(old, next) ? "unchanged" : "write";
}

/** Whether two calendar texts say the same thing (they may differ in DTSTAMP alone). */
export function sameCalendar(a: string, b: string): boolean {
  const strip = (s: string) => s.replace(/^DTSTAMP:.*\r?\n/gm, "");
  return strip(a) === strip(b);
}
