import { memoize } from "./memo";

/**
 * Wall-clock time with no time zone. Interview notes say "2026-03-09T14:00" and mean the
 * user's local time, so the core reasons in local wall-clock minutes and never in instants:
 * the result is the same in every time zone, and a daylight-saving change cannot move a
 * "due tomorrow" by an hour. Only the edges (CLI, plugin) turn a real clock reading into
 * wall-clock time, with `wallClockOf`.
 */

/** Minutes since 1970-01-01T00:00 on the wall clock. */
export type WallTime = number;

/** A date from a note: a day, or a day and a minute when the note gave a time. */
export interface When {
  readonly at: WallTime;
  readonly hasTime: boolean;
}

export const MINUTES_PER_DAY = 1440;

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// YYYY-MM-DD, optionally followed by T or a space and HH:mm, with optional :ss and fraction.
const DATE_RE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/** Parses the date forms Obsidian's Properties panel writes; anything else is undefined. */
export const parseWhen: (text: string) => When | undefined = memoize(parseWhenUncached);

function parseWhenUncached(text: string): When | undefined {
  const m = DATE_RE.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const base = daysFromCivil(year, month, day) * MINUTES_PER_DAY;
  if (m[4] === undefined) return { at: base, hasTime: false };
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  if (hour > 23 || minute > 59 || (m[6] !== undefined && Number(m[6]) > 59)) return undefined;
  return { at: base + hour * 60 + minute, hasTime: true };
}

/**
 * A Date that a YAML parser made from an unquoted timestamp. YAML reads `2026-03-09` as
 * midnight UTC, so the UTC fields are the ones the user typed.
 */
export function whenFromYamlDate(date: Date): When | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  const day = daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  const minutes = date.getUTCHours() * 60 + date.getUTCMinutes();
  const hasTime = minutes !== 0 || date.getUTCSeconds() !== 0;
  return { at: day * MINUTES_PER_DAY + minutes, hasTime };
}

/** The wall-clock reading of an instant in the process's local time zone (for the edges). */
export function wallClockOf(instant: Date): WallTime {
  return (
    daysFromCivil(instant.getFullYear(), instant.getMonth() + 1, instant.getDate()) * MINUTES_PER_DAY +
    instant.getHours() * 60 +
    instant.getMinutes()
  );
}

/** The local Date for a wall-clock time (for the edges: display, calendar export). */
export function localDateOf(time: WallTime): Date {
  const { year, month, day } = civilFromDays(dayOf(time));
  const minutes = time - dayOf(time) * MINUTES_PER_DAY;
  return new Date(year, month - 1, day, Math.floor(minutes / 60), minutes % 60);
}

export function dayOf(time: WallTime): number {
  return Math.floor(time / MINUTES_PER_DAY);
}

export function startOfDay(time: WallTime): WallTime {
  return dayOf(time) * MINUTES_PER_DAY;
}

export function addDays(when: When, days: number): When {
  return { at: when.at + days * MINUTES_PER_DAY, hasTime: when.hasTime };
}

/** A date-only When for the day a time falls on. */
export function dateOnly(when: When): When {
  return { at: startOfDay(when.at), hasTime: false };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export function formatDate(time: WallTime): string {
  const { year, month, day } = civilFromDays(dayOf(time));
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function formatDateTime(time: WallTime): string {
  const minutes = time - startOfDay(time);
  return `${formatDate(time)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** `2026-03-09` for a date, `2026-03-09T14:00` for a date and time: the form notes use. */
export function formatWhen(when: When): string {
  return when.hasTime ? formatDateTime(when.at) : formatDate(when.at);
}

/** Whether a moment has come: a date-only When comes at the start of its day. */
export function hasArrived(when: When, now: WallTime): boolean {
  return when.hasTime ? now >= when.at : dayOf(now) >= dayOf(when.at);
}
