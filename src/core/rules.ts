import { samePerson, type Person } from "./people";
import type { Channel, InterviewNote } from "./schema";
import type { RuleDurations } from "./settings";
import { addDays, dateOnly, dayOf, hasArrived, type WallTime, type When } from "./time";

/**
 * The rules, one function each, straight from the seed articles (see the README's rules
 * table for which article says what). A rule adds the items it would raise, due or not, to
 * the note's list (one list per note: this runs for every note every minute); the engine
 * decides what is shown.
 */

export type ItemKind = "ask-contacts" | "debrief" | "thank-you" | "inform-references" | "follow-up" | "move-on";

export interface RawItem {
  kind: ItemKind;
  due: When;
  person?: Person;
  attempt?: 1 | 2;
  channel?: Channel;
  /** For ask-contacts: the interviewers with no email on file. */
  missing?: string[];
  /** A follow-up (or move-on) on an application with no interview yet. */
  application?: true;
}

/** Items that only matter soon after the interview, and are dropped once long stale. */
export const PERISHABLE: ReadonlySet<ItemKind> = new Set(["debrief", "thank-you", "inform-references"]);

function debrief(out: RawItem[], note: InterviewNote, interview: When, r: RuleDurations): void {
  if (note.debriefed) return;
  out.push({ kind: "debrief", due: addDays(dateOnly(interview), r.debriefDays) });
}

/** When thank-yous are due: hours after a timed interview, days after a date-only one. */
export function thankYouDue(interview: When, r: RuleDurations): When {
  return interview.hasTime ? { at: interview.at + r.thankYouHours * 60, hasTime: true } : addDays(interview, r.thankYouDays);
}

function thankYou(out: RawItem[], note: InterviewNote, interview: When, r: RuleDurations): void {
  const { interviewers, thanked } = note;
  if (interviewers.length === 0) {
    if (thanked.length === 0) out.push({ kind: "thank-you", due: thankYouDue(interview, r) });
    return;
  }
  let due: When | undefined;
  for (let i = 0; i < interviewers.length; i++) {
    const person = interviewers[i] as Person;
    // The same person listed twice is thanked once.
    let repeated = false;
    for (let j = 0; j < i && !repeated; j++) repeated = samePerson(interviewers[j] as Person, person);
    if (repeated || thanked.some((t) => samePerson(t, person))) continue;
    due ??= thankYouDue(interview, r);
    out.push({ kind: "thank-you", due, person });
  }
}

function informReferences(out: RawItem[], note: InterviewNote, interview: When, r: RuleDurations): void {
  if (note.references.length === 0 || note.referencesInformed) return;
  out.push({ kind: "inform-references", due: addDays(dateOnly(interview), r.informReferencesDays) });
}

function followUps(out: RawItem[], note: InterviewNote, interview: When, r: RuleDurations): void {
  if (note.replied) return;
  // Worked out only when it is the next step: most notes are past it.
  const first = note.followUp1 ? undefined : (note.followUpOn ?? (note.decisionBy
    ? addDays(dateOnly(note.decisionBy), r.followUpAfterDecisionDays)
    : addDays(dateOnly(interview), r.followUpAfterInterviewDays)));
  followUpSteps(out, note, first, r, undefined);
}

/**
 * An application with no interview yet: a follow-up on the day you set by hand, else (when
 * `applicationFollowUpDays` is on) that many days after you applied; then the same two-and-done
 * as after an interview.
 */
function applicationFollowUps(out: RawItem[], note: InterviewNote, r: RuleDurations): void {
  if (note.replied) return;
  const applied = note.appliedOn;
  const first = note.followUp1 ? undefined
    : (note.followUpOn ?? (applied && r.applicationFollowUpDays > 0 ? addDays(dateOnly(applied), r.applicationFollowUpDays) : undefined));
  followUpSteps(out, note, first, r, true);
}

/** First follow-up (due `first`), second, then move on: never a third. The caller checked for a reply. */
function followUpSteps(out: RawItem[], note: InterviewNote, first: When | undefined, r: RuleDurations, application: true | undefined): void {
  const channel = note.channel;
  if (!note.followUp1) {
    if (first) out.push({ kind: "follow-up", attempt: 1, channel, due: dateOnly(first), application });
    return;
  }
  const sent = note.followUp1.date;
  if (!note.followUp2) {
    // A follow_up_1 that is not a date leaves nothing to count from; the problem says so.
    if (!sent) return;
    const override = note.followUpOn && dayOf(note.followUpOn.at) > dayOf(sent.at) ? note.followUpOn : undefined;
    out.push({ kind: "follow-up", attempt: 2, channel, due: dateOnly(override ?? addDays(sent, r.secondFollowUpDays)), application });
    return;
  }
  // Never a third follow-up: after two unanswered ones the only advice is to move on.
  const second = note.followUp2.date;
  if (!second) return;
  out.push({ kind: "move-on", due: dateOnly(addDays(second, r.moveOnDays)), application });
}

/**
 * Article 000's first advice: before leaving, ask each interviewer for their email. Shown from
 * the day before (askContactsDays) to the end of the interview day, while anyone lacks one.
 */
function askContacts(out: RawItem[], note: InterviewNote, interview: When, now: WallTime, r: RuleDurations, hasEmail: (p: Person) => boolean): void {
  const daysAhead = dayOf(interview.at) - dayOf(now);
  if (daysAhead < 0 || daysAhead > r.askContactsDays) return;
  const missing = note.interviewers.filter((p) => !hasEmail(p)).map((p) => p.name);
  if (note.interviewers.length > 0 && missing.length === 0) return;
  out.push({ kind: "ask-contacts", due: interview, missing });
}

/** Every item a note raises at `now`, before the look-ahead and stale cut-offs. */
export function itemsForNote(note: InterviewNote, now: WallTime, r: RuleDurations, hasEmail: (p: Person) => boolean = (p) => p.email !== undefined): RawItem[] {
  const interview = note.interview;
  const items: RawItem[] = [];
  if (note.snoozeUntil && !hasArrived(dateOnly(note.snoozeUntil), now)) return items;
  // Post-interview items are for interviews only: not for jobs applied to, considered or closed.
  if (note.phase === "applied") {
    applicationFollowUps(items, note, r);
    return items;
  }
  if (note.phase !== "interviewing" || !interview) return items;
  askContacts(items, note, interview, now, r, hasEmail);
  // Nothing else appears before the interview has started.
  if (!hasArrived(interview, now)) return items;
  debrief(items, note, interview, r);
  thankYou(items, note, interview, r);
  informReferences(items, note, interview, r);
  followUps(items, note, interview, r);
  return items;
}
