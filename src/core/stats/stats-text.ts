import { plural } from "../follow-ups/describe";
import type { Count, JobSearchStats, Rate } from "./stats";
import { civilFromDays, formatDate, MINUTES_PER_DAY } from "../lib/time";

/** The statistics in words and as JSON: shared by the CLI and the statistics view. */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "9 Mar": a week's label, the same in every locale and time zone. */
export function shortDay(day: number): string {
  const { month, day: d } = civilFromDays(day);
  return `${d} ${MONTHS[month - 1] ?? ""}`;
}

export function isoDay(day: number): string {
  return formatDate(day * MINUTES_PER_DAY);
}

/** "40%", or "–" when there is nothing to divide by. */
export function percent(rate: Rate): string {
  return rate.of === 0 ? "–" : `${Math.round((rate.count / rate.of) * 100)}%`;
}

export function countsLine(counts: readonly Count[]): string {
  return counts.length === 0 ? "none yet" : counts.map((c) => `${c.label} ${c.count}`).join(" · ");
}

export function interviewsLine(s: JobSearchStats): string {
  const { total, held, upcoming } = s.interviews;
  return `${plural(total, "interview")} (${held} held, ${upcoming} coming up)`;
}

export function repliesLine(s: JobSearchStats): string {
  const median =
    s.medianDaysToReply === undefined
      ? ""
      : `; a reply came ${plural(s.medianDaysToReply, "day")} after the interview (median)`;
  return `${s.replies.count} of ${plural(s.replies.of, "interview")} held got a reply (${percent(s.replies)})${median}`;
}

export function followUpsLine(s: JobSearchStats): string {
  const { first, second } = s.followUps;
  return `a reply came after ${first.count} of ${plural(first.of, "first follow-up")} (${percent(first)}) and ${second.count} of ${plural(second.of, "second one", "second ones")} (${percent(second)})`;
}

/** Thank-yous on time, out of the interviews past their thank-you window. */
export function thankYousOnTime(s: JobSearchStats): Rate {
  const t = s.thankYous;
  return { count: t.onTime, of: t.onTime + t.late + t.undated + t.none };
}

export function thankYousLine(s: JobSearchStats): string {
  const t = s.thankYous;
  const onTime = thankYousOnTime(s);
  if (onTime.of === 0) return "no interview is past its thank-you window yet";
  return `${t.onTime} of ${onTime.of} on time (${percent(onTime)}), ${t.late} late, ${t.undated} with no date recorded, ${t.none} not sent`;
}

export function statsToJson(s: JobSearchStats, now: string): unknown {
  const rate = (r: Rate) => ({ count: r.count, of: r.of, rate: r.of === 0 ? null : r.count / r.of });
  return {
    now,
    interviews: s.interviews,
    perWeek: s.perWeek.map((w) => ({ week: isoDay(w.monday), count: w.count })),
    byStage: s.byStage,
    byStatus: s.byStatus,
    replies: rate(s.replies),
    medianDaysToReply: s.medianDaysToReply ?? null,
    followUps: { first: rate(s.followUps.first), second: rate(s.followUps.second) },
    thankYous: s.thankYous,
  };
}

/** The last weeks as a bar of blocks each: enough to see the rhythm in a terminal. */
function weekLines(s: JobSearchStats, weeks = 12): string[] {
  return s.perWeek
    .slice(-weeks)
    .map((w) => `  ${isoDay(w.monday)}  ${"█".repeat(w.count)}${w.count > 0 ? " " : ""}${w.count}`);
}

/**
 * The statistics as plain text (the CLI prints it; VS Code shows it). `escape` is applied to
 * what comes from notes (stage and status values): the CLI escapes control characters.
 */
export function formatStats(s: JobSearchStats, now: string, escape = (text: string): string => text): string {
  const lines = [
    `Job search statistics at ${now.replace("T", " ")}`,
    "",
    `Interviews:  ${interviewsLine(s)}`,
    `By stage:    ${escape(countsLine(s.byStage))}`,
    `By status:   ${escape(countsLine(s.byStatus))}`,
    `Replies:     ${repliesLine(s)}`,
    `Follow-ups:  ${followUpsLine(s)}`,
    `Thank-yous:  ${thankYousLine(s)}`,
  ];
  if (s.perWeek.length > 0) lines.push("", "Interviews per week (weeks start on Monday):", ...weekLines(s));
  return `${lines.join("\n")}\n`;
}
