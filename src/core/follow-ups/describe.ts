import type { DueItem, ItemState } from "./items";
import { KINDS } from "./kinds";
import { dayOf, formatDate, startOfDay, type WallTime, type When } from "../lib/time";

/**
 * Items as one readable sentence that names the company (a list of "Write your debrief" lines
 * says nothing about which), and their due time in words; shared by the CLI and the view.
 */

export function describeItem(item: DueItem): string {
  return KINDS[item.kind].sentence(item);
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "12 March" for 2026-03-12: how a notice says a day (no year, no weekday). */
export function dayAndMonth(date: string): string {
  const m = /^\d{4}-(\d{2})-(\d{2})/.exec(date);
  return m ? `${Number(m[2])} ${MONTHS[Number(m[1]) - 1] ?? ""}` : date;
}

const pad = (n: number) => String(n).padStart(2, "0");

/**
 * "16 Mar", or "16 Mar 14:00" with a time: the one short form the sidebar gives every day, the
 * due day beside its words and an interview's day under its application alike.
 */
export function shortDate(when: When): string {
  const day = dayAndMonth(formatDate(when.at));
  const short = day.replace(/ (\p{L}{3})\p{L}*$/u, " $1");
  if (!when.hasTime) return short;
  const minutes = when.at - startOfDay(when.at);
  return `${short} ${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** "1 day", "2 days", "1 reply", "3 replies". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The groups items are shown in, in order, with their headings. */
export const STATE_TITLES: readonly (readonly [ItemState, string])[] = [
  ["overdue", "Overdue"],
  ["due", "Today"],
  ["upcoming", "Upcoming"],
];

/** "due in 5 hours", "due today", "due tomorrow", "due in 3 days (2026-03-16)", "2 days overdue". */
export function dueInWords(item: Pick<DueItem, "due">, now: WallTime): string {
  const words = dueRelative(item, now);
  return words.startsWith("due in") && words.endsWith("days") ? `${words} (${formatDate(item.due.at)})` : words;
}

/** As dueInWords, without the date: the sidebar gives every date in one short form beside it. */
export function dueRelative(item: Pick<DueItem, "due">, now: WallTime): string {
  const { due } = item;
  const days = dayOf(due.at) - dayOf(now);
  if (due.hasTime) {
    const minutes = due.at - now;
    if (minutes < 0) {
      const late = -minutes;
      if (late < 60) return `${plural(late, "minute")} overdue`;
      if (late < 24 * 60) return `${plural(Math.floor(late / 60), "hour")} overdue`;
      return `${plural(dayOf(now) - dayOf(due.at), "day")} overdue`;
    }
    if (minutes < 60) return minutes === 0 ? "due now" : `due in ${plural(minutes, "minute")}`;
    if (days === 0 || minutes < 12 * 60) return `due in ${plural(Math.round(minutes / 60), "hour")}`;
  } else if (days < 0) {
    return `${plural(-days, "day")} overdue`;
  } else if (days === 0) {
    return "due today";
  }
  if (days === 1) return "due tomorrow";
  return `due in ${plural(days, "day")}`;
}

/** "Acme · Backend Engineer · onsite", leaving out what the note does not say. */
export function itemContext(item: Pick<DueItem, "company" | "role" | "stage">): string {
  return [item.company, item.role, item.stage].filter((s) => s !== "").join(" · ");
}
