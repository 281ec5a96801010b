import type { Person } from "../notes/people";
import type { Channel } from "../notes/schema";
import type { When } from "../lib/time";
import type { StepField } from "../settings/fields";
import type { StatusClass } from "../settings/settings";

/**
 * The vocabulary of follow-ups that the rules, the kinds, the engine, the actions and every host
 * share: which kinds of item there are, an item as a rule raises it and as the engine shows it,
 * and what recording a step means. It depends on nothing that uses it.
 */

/** In the order items due at the same moment are listed. */
export const ITEM_KINDS = [
  "ask-contacts",
  "thank-you",
  "debrief",
  "inform-references",
  "follow-up",
  "move-on",
  "decide-offer",
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** What an item's buttons and menu can do. */
export type ItemAction = "done" | "draft" | "snooze" | "reply" | "contacts";

export type ItemState = "overdue" | "due" | "upcoming";

export interface DueItem {
  /** Stable across runs: note path, kind, person and attempt. */
  id: string;
  file: string;
  kind: ItemKind;
  person?: string;
  /** The interviewer's email for a thank-you; absent when none is known. */
  email?: string;
  channel?: Channel;
  attempt?: 1 | 2;
  /** For ask-contacts: the interviewers with no email on file (empty when none are listed). */
  missing?: string[];
  /** A follow-up or move-on about an application with no interview yet. */
  application?: true;
  due: When;
  state: ItemState;
  company: string;
  role: string;
  stage: string;
  /** The interview the item follows (none for an application's follow-up). */
  interview?: When;
}

/** An item as a rule raises it, before the engine decides whether it is shown. */
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

/**
 * What the user records after acting on an item, as frontmatter edits. Key names come from
 * the settings, the same mapping the engine reads. Dates are `YYYY-MM-DD` texts the caller
 * works out from its clock. A step already recorded (by hand a moment ago, say) is never
 * overwritten: the edit comes back "unchanged" and nothing is written.
 */
export type RecordAction =
  /**
   * A thank-you sent to `person`, or to the company when the note lists no interviewers, on
   * `date`: the date goes to `thanked_on` with it, so statistics can tell whether it was on time.
   */
  | { kind: "thank-you"; date: string; person?: string; company?: string }
  /** A step done on `date` (a debrief written, references told): its property set to the date. */
  | { kind: "step"; of: ItemKind; field: StepField; date: string }
  | { kind: "follow-up"; attempt: 1 | 2; date: string }
  | { kind: "reply"; date: string; status?: string }
  | { kind: "move-on" }
  /**
   * The application moved to another column of the board: its status set to the vault's word
   * for that class (`statusFor`); moving to an offer also dates `replied` when it is empty.
   */
  | { kind: "move"; to: StatusClass; date: string }
  | { kind: "snooze"; until: string }
  /** The current round closes into the rounds list; the note goes on with the next interview. */
  | { kind: "next-round"; next: NextRound }
  /**
   * An interview logged in a note that may have none yet (vaults that keep interviews in the text):
   * its date, the people met and the stage. A note that had an interview already goes on to the
   * next round, the earlier one kept in `rounds`.
   */
  | { kind: "interview"; interview: string; people: string[]; stage?: string };

/** The next interview of an application kept in one note: the current round closes into `rounds`. */
export interface NextRound {
  /** `2026-03-16` or `2026-03-16T09:00`. */
  interview: string;
  stage?: string;
  /** The status of the new round; the first interviewing status when absent. */
  status?: string;
}
