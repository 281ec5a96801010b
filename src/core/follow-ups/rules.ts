import { samePerson, type Person } from "../notes/people";
import type { InterviewNote } from "../notes/schema";
import type { RuleDurations } from "../settings/fields";
import type { RawItem } from "./items";
import { addDays, dateOnly, dayOf, type WallTime, type When } from "../lib/time";

/**
 * The rules, one function each, straight from the seed articles (see the README's rules
 * table for which article says what). A rule adds the items it would raise, due or not, to
 * the note's list (one list per note: this runs for every note every minute); `kinds.ts`
 * says which rule raises which kind and when it runs, and the engine decides what is shown.
 */

/** What a rule sees: the note, its interview (unset for an application), the time and the durations. */
export interface RuleContext {
  note: InterviewNote;
  interview: When | undefined;
  now: WallTime;
  r: RuleDurations;
  hasEmail: (p: Person) => boolean;
}

export type Rule = (out: RawItem[], c: RuleContext) => void;

export function debrief(out: RawItem[], { note, interview, r }: RuleContext): void {
  if (note.debriefed || !interview) return;
  out.push({ kind: "debrief", due: addDays(dateOnly(interview), r.debriefDays) });
}

/** When thank-yous are due: hours after a timed interview, days after a date-only one. */
export function thankYouDue(interview: When, r: RuleDurations): When {
  return interview.hasTime
    ? { at: interview.at + r.thankYouHours * 60, hasTime: true }
    : addDays(interview, r.thankYouDays);
}

export function thankYou(out: RawItem[], { note, interview, r }: RuleContext): void {
  if (!interview) return;
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

export function informReferences(out: RawItem[], { note, interview, r }: RuleContext): void {
  if (!interview || note.references.length === 0 || note.referencesInformed) return;
  out.push({ kind: "inform-references", due: addDays(dateOnly(interview), r.informReferencesDays) });
}

/**
 * The first follow-up, then the second: never a third. After an interview the first is due
 * on a day you set (follow_up_on), else after the employer's decision date, else after the
 * interview. For an application with no interview yet: on the day you set, else (when
 * `applicationFollowUpDays` is on) that many days after you applied.
 */
export function followUp(out: RawItem[], { note, interview, r }: RuleContext): void {
  if (note.replied) return;
  const application = note.phase === "applied" ? true : undefined;
  const channel = note.channel;
  if (!note.followUp1) {
    // Worked out only when it is the next step: most notes are past it.
    const first = application ? applicationFirst(note, r) : interviewFirst(note, interview, r);
    if (first) out.push({ kind: "follow-up", attempt: 1, channel, due: dateOnly(first), application });
    return;
  }
  if (note.followUp2) return;
  const sent = note.followUp1.date;
  // A follow_up_1 that is not a date leaves nothing to count from; the problem says so.
  if (!sent) return;
  const override = note.followUpOn && dayOf(note.followUpOn.at) > dayOf(sent.at) ? note.followUpOn : undefined;
  out.push({
    kind: "follow-up",
    attempt: 2,
    channel,
    due: dateOnly(override ?? addDays(sent, r.secondFollowUpDays)),
    application,
  });
}

function interviewFirst(note: InterviewNote, interview: When | undefined, r: RuleDurations): When | undefined {
  if (note.followUpOn) return note.followUpOn;
  if (note.decisionBy) return addDays(dateOnly(note.decisionBy), r.followUpAfterDecisionDays);
  return interview && addDays(dateOnly(interview), r.followUpAfterInterviewDays);
}

function applicationFirst(note: InterviewNote, r: RuleDurations): When | undefined {
  if (note.followUpOn) return note.followUpOn;
  const applied = note.appliedOn;
  return applied && r.applicationFollowUpDays > 0 ? addDays(dateOnly(applied), r.applicationFollowUpDays) : undefined;
}

/** Never a third follow-up: after two unanswered ones the only advice is to move on. */
export function moveOn(out: RawItem[], { note, r }: RuleContext): void {
  if (note.replied || !note.followUp1 || !note.followUp2) return;
  const second = note.followUp2.date;
  if (!second) return;
  out.push({
    kind: "move-on",
    due: dateOnly(addDays(second, r.moveOnDays)),
    application: note.phase === "applied" ? true : undefined,
  });
}

/**
 * An offer is answered (or more time asked for) some days before it lapses: offer_deadline is
 * a date, not a step, so the note has it as `note.offerDeadline` from its field alone.
 */
export function decideOffer(out: RawItem[], { note, r }: RuleContext): void {
  if (!note.offerDeadline || note.offerAnswered) return;
  out.push({ kind: "decide-offer", due: addDays(dateOnly(note.offerDeadline), -r.offerDecisionDays) });
}

/**
 * Article 000's first advice: before leaving, ask each interviewer for their email. Shown from
 * the day before (askContactsDays) to the end of the interview day, while anyone lacks one.
 */
export function askContacts(out: RawItem[], { note, interview, now, r, hasEmail }: RuleContext): void {
  if (!interview) return;
  const daysAhead = dayOf(interview.at) - dayOf(now);
  if (daysAhead < 0 || daysAhead > r.askContactsDays) return;
  const missing = note.interviewers.filter((p) => !hasEmail(p)).map((p) => p.name);
  if (note.interviewers.length > 0 && missing.length === 0) return;
  out.push({ kind: "ask-contacts", due: interview, missing });
}
