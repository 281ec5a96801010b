import { compareText } from "../lib/compare-text";
import { thankYouDue } from "../follow-ups/rules";
import type { InterviewNote } from "../notes/schema";
import type { Settings } from "../settings/settings";
import { dayOf, MINUTES_PER_DAY, mondayOf, type WallTime } from "../lib/time";

/**
 * How the search is going, from the same notes: what a tracker's dashboard shows, worked out
 * from dates and statuses the user recorded. Only interviews with a readable date count (the
 * others are listed by `check`); a reply counts when `replied` is recorded, and its timing
 * (median, after which follow-up) when that is a date.
 */

export interface Count {
  label: string;
  count: number;
}

/** `count` out of `of`; no rate when `of` is 0. */
export interface Rate {
  count: number;
  of: number;
}

export interface JobSearchStats {
  interviews: { total: number; held: number; upcoming: number };
  /** Every week (Monday to Sunday) from the first interview's to this one or the last planned. */
  perWeek: { monday: number; count: number }[];
  /** The Monday of the current week: later weeks hold interviews still to come. */
  thisWeek: number;
  byStage: Count[];
  /** By status: the outcome so far. */
  byStatus: Count[];
  /** Held interviews with `replied` recorded (dated or not). */
  replies: Rate;
  /** Days from interview to reply, the middle value; undefined with no dated reply. */
  medianDaysToReply: number | undefined;
  /** Follow-ups sent, and how many a reply came after (before the next one, for the first). */
  followUps: { first: Rate; second: Rate };
  /**
   * Interviews whose thank-you window has passed: every thank-you sent on time (the last one's
   * date, `thanked_on`, no later than the due day), late, sent but with no date recorded, or none.
   */
  thankYous: { onTime: number; late: number; undated: number; none: number };
}

export { mondayOf };

function counts(values: Iterable<string>, empty: string): Count[] {
  const byKey = new Map<string, Count>();
  for (const raw of values) {
    const label = raw.trim() === "" ? empty : raw.trim();
    const key = label.toLowerCase();
    const entry = byKey.get(key);
    if (entry) entry.count++;
    else byKey.set(key, { label, count: 1 });
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count || compareText(a.label, b.label));
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

type Held = InterviewNote & { interview: NonNullable<InterviewNote["interview"]> };

/** Interviews per week, from the first interview's Monday to this week's (or the last one's). */
function interviewsPerWeek(dated: readonly Held[], today: number): JobSearchStats["perWeek"] {
  const weeks = new Map<number, number>();
  for (const n of dated) {
    const monday = mondayOf(dayOf(n.interview.at));
    weeks.set(monday, (weeks.get(monday) ?? 0) + 1);
  }
  const perWeek: JobSearchStats["perWeek"] = [];
  if (weeks.size === 0) return perWeek;
  const first = Math.min(...weeks.keys());
  const last = Math.max(mondayOf(today), ...weeks.keys());
  for (let monday = first; monday <= last; monday += 7) perWeek.push({ monday, count: weeks.get(monday) ?? 0 });
  return perWeek;
}

/** Whether this interview's thank-you went out on time, late, undated, or not at all (once its window passed). */
function thankYouTiming(n: Held, now: WallTime, settings: Settings): keyof JobSearchStats["thankYous"] | undefined {
  const due = thankYouDue(n.interview, settings.rules);
  if (n.thanked.length === 0) {
    // Still inside the window is not late yet: only a passed window counts as none sent.
    const windowEnd = due.hasTime ? due.at : (dayOf(due.at) + 1) * MINUTES_PER_DAY;
    return now >= windowEnd ? "none" : undefined;
  }
  if (!n.thankedOn) return "undated";
  return dayOf(n.thankedOn.at) <= dayOf(due.at) ? "onTime" : "late";
}

export function jobSearchStats(notes: Iterable<InterviewNote>, now: WallTime, settings: Settings): JobSearchStats {
  // Interviews only: a job applied to or considered, with a date, is not an interview that happened.
  const dated = [...notes].filter(
    (n): n is Held => n.interview !== undefined && n.phase !== "applied" && n.phase !== "considering",
  );
  const held = dated.filter((n) => n.interview.at <= now);
  const today = dayOf(now);

  const replyDays: number[] = [];
  let replied = 0;
  const first: Rate = { count: 0, of: 0 };
  const second: Rate = { count: 0, of: 0 };
  const thankYous = { onTime: 0, late: 0, undated: 0, none: 0 };
  for (const n of held) {
    if (n.replied) replied++;
    const reply = n.replied?.date;
    if (reply) {
      const days = dayOf(reply.at) - dayOf(n.interview.at);
      if (days >= 0) replyDays.push(days);
    }
    const fu1 = n.followUp1?.date;
    const fu2 = n.followUp2?.date;
    if (n.followUp1) first.of++;
    if (n.followUp2) second.of++;
    if (reply && fu1 && dayOf(reply.at) >= dayOf(fu1.at) && !(fu2 && dayOf(reply.at) >= dayOf(fu2.at))) first.count++;
    if (reply && fu2 && dayOf(reply.at) >= dayOf(fu2.at)) second.count++;
    const timing = thankYouTiming(n, now, settings);
    if (timing) thankYous[timing]++;
  }

  return {
    interviews: { total: dated.length, held: held.length, upcoming: dated.length - held.length },
    perWeek: interviewsPerWeek(dated, today),
    thisWeek: mondayOf(today),
    byStage: counts(
      dated.map((n) => n.stage),
      "(no stage)",
    ),
    byStatus: counts(
      dated.map((n) => n.status),
      "(no status)",
    ),
    replies: { count: replied, of: held.length },
    medianDaysToReply: median(replyDays),
    followUps: { first, second },
    thankYous,
  };
}
