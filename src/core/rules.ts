import { samePerson, type Person } from "./people";
import type { Channel, InterviewNote } from "./schema";
import type { RuleDurations } from "./settings";
import { addDays, dateOnly, dayOf, hasArrived, type WallTime, type When } from "./time";

/**
 * The rules, one function each, straight from the seed articles (see the README's rules
 * table for which article says what). A rule returns the item it would raise, due or not;
 * the engine decides what is shown.
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
}

/** Items that only matter soon after the interview, and are dropped once long stale. */
export const PERISHABLE: ReadonlySet<ItemKind> = new Set(["debrief", "thank-you", "inform-references"]);

function debrief(note: InterviewNote, interview: When, r: RuleDurations): RawItem[] {
  if (note.debriefed) return [];
  return [{ kind: "debrief", due: addDays(dateOnly(interview), r.debriefDays) }];
}

/** When thank-yous are due: hours after a timed interview, days after a date-only one. */
export function thankYouDue(interview: When, r: RuleDurations): When {
  return interview.hasTime ? { at: interview.at + r.thankYouHours * 60, hasTime: true } : addDays(interview, r.thankYouDays);
}

function thankYou(note: InterviewNote, interview: When, r: RuleDurations): RawItem[] {
  const due = thankYouDue(interview, r);
  if (note.interviewers.length === 0) {
    return note.thanked.length === 0 ? [{ kind: "thank-you", due }] : [];
  }
  const items: RawItem[] = [];
  const seen: Person[] = [];
  for (const person of note.interviewers) {
    if (seen.some((p) => samePerson(p, person))) continue;
    seen.push(person);
    if (!note.thanked.some((t) => samePerson(t, person))) items.push({ kind: "thank-you", due, person });
  }
  return items;
}

function informReferences(note: InterviewNote, interview: When, r: RuleDurations): RawItem[] {
  if (note.references.length === 0 || note.referencesInformed) return [];
  return [{ kind: "inform-references", due: addDays(dateOnly(interview), r.informReferencesDays) }];
}

function followUps(note: InterviewNote, interview: When, r: RuleDurations): RawItem[] {
  if (note.replied) return [];
  const channel = note.channel;
  if (!note.followUp1) {
    const due = note.followUpOn ?? (note.decisionBy
      ? addDays(dateOnly(note.decisionBy), r.followUpAfterDecisionDays)
      : addDays(dateOnly(interview), r.followUpAfterInterviewDays));
    return [{ kind: "follow-up", attempt: 1, channel, due: dateOnly(due) }];
  }
  const first = note.followUp1.date;
  if (!note.followUp2) {
    // A follow_up_1 that is not a date leaves nothing to count from; the problem says so.
    if (!first) return [];
    const override = note.followUpOn && dayOf(note.followUpOn.at) > dayOf(first.at) ? note.followUpOn : undefined;
    return [{ kind: "follow-up", attempt: 2, channel, due: dateOnly(override ?? addDays(first, r.secondFollowUpDays)) }];
  }
  // Never a third follow-up: after two unanswered ones the only advice is to move on.
  const second = note.followUp2.date;
  if (!second) return [];
  return [{ kind: "move-on", due: dateOnly(addDays(second, r.moveOnDays)) }];
}

/**
 * Article 000's first advice: before leaving, ask each interviewer for their email. Shown from
 * the day before (askContactsDays) to the end of the interview day, while anyone lacks one.
 */
function askContacts(note: InterviewNote, interview: When, now: WallTime, r: RuleDurations, hasEmail: (p: Person) => boolean): RawItem[] {
  const daysAhead = dayOf(interview.at) - dayOf(now);
  if (daysAhead < 0 || daysAhead > r.askContactsDays) return [];
  const missing = note.interviewers.filter((p) => !hasEmail(p)).map((p) => p.name);
  if (note.interviewers.length > 0 && missing.length === 0) return [];
  return [{ kind: "ask-contacts", due: interview, missing }];
}

/** Every item a note raises at `now`, before the look-ahead and stale cut-offs. */
export function itemsForNote(note: InterviewNote, now: WallTime, r: RuleDurations, hasEmail: (p: Person) => boolean = (p) => p.email !== undefined): RawItem[] {
  const interview = note.interview;
  if (note.closed || !interview) return [];
  if (note.snoozeUntil && !hasArrived(dateOnly(note.snoozeUntil), now)) return [];
  const before = askContacts(note, interview, now, r, hasEmail);
  // Nothing else appears before the interview has started.
  if (!hasArrived(interview, now)) return before;
  const items = [...before, ...debrief(note, interview, r)];
  for (const list of [thankYou(note, interview, r), informReferences(note, interview, r), followUps(note, interview, r)]) {
    for (const item of list) items.push(item);
  }
  return items;
}
