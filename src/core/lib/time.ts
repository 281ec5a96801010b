import { UTCDateMini } from "@date-fns/utc/date/mini";
import { getDaysInMonth, startOfISOWeek } from "date-fns";
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

const MS_PER_DAY = 86_400_000;

/**
 * A UTC calendar date of date-fns (`@date-fns/utc`): its getters and setters are UTC ones, so
 * the calendar arithmetic below never meets the process's time zone. Set with `setFullYear`,
 * which, unlike the Date constructor, takes years below 100 as they are. The mini class, as the
 * package advises for internal use: `UTCDate` adds formatters that create Intl formats when
 * loaded, which cost every start (the CLI's, main.js's require) about 17 ms of ICU loading.
 */
function utcDate(year: number, month: number, day: number): Date {
  const date = new UTCDateMini(0);
  date.setFullYear(year, month - 1, day);
  return date;
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function daysFromCivil(year: number, month: number, day: number): number {
  return Math.round(utcDate(year, month, day).getTime() / MS_PER_DAY);
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function civilFromDays(days: number): CivilDate {
  const date = new UTCDateMini(days * MS_PER_DAY);
  return { year: date.getFullYear(), month: date.getMonth() + 1, day: date.getDate() };
}

function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(utcDate(year, month, 1));
}

/** The Monday of the week a day falls in (ISO weeks), as days since 1970-01-01. */
export function mondayOf(day: number): number {
  return Math.round(startOfISOWeek(new UTCDateMini(day * MS_PER_DAY)).getTime() / MS_PER_DAY);
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
  // Years as notes write them (four digits, as parseWhen reads): a date at the edge of what a
  // Date can hold (year -271821) has no Monday the calendar can name, and is no interview's.
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return undefined;
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
