import type { DueItem, ItemState } from "./items";
import { KINDS } from "./kinds";
import { dayOf, formatDate, type WallTime } from "../lib/time";

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

/** "due in 5 hours", "due today", "due tomorrow", "due in 3 days", "2 days overdue". */
export function dueInWords(item: Pick<DueItem, "due">, now: WallTime): string {
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
  return `due in ${plural(days, "day")} (${formatDate(due.at)})`;
}

/** "Acme · Backend Engineer · onsite", leaving out what the note does not say. */
export function itemContext(item: Pick<DueItem, "company" | "role" | "stage">): string {
  return [item.company, item.role, item.stage].filter((s) => s !== "").join(" · ");
}
