import { ITEM_KINDS, type DueItem, type ItemAction, type ItemKind, type RecordAction } from "./items";
import {
  askContacts,
  debrief,
  followUp,
  informReferences,
  moveOn,
  thankYou,
  type RawItem,
  type Rule,
  type RuleContext,
} from "./rules";
import type { InterviewNote } from "../notes/schema";
import type { RuleDurations } from "../settings/settings";
import { dateOnly, hasArrived, type WallTime } from "../lib/time";
import type { Person } from "../notes/people";

export { ITEM_KINDS, type ItemAction, type ItemKind } from "./items";

/**
 * Every kind of follow-up item, each defined once: the rule that raises it and when it runs,
 * its sentence, its sidebar actions and what Done records, its name on the command line, and
 * the settings that time it. The engine's order, the view model, the Done button, the CLI's
 * `done` and the settings tab are all read from here; adding a kind means adding it to
 * ITEM_KINDS and KINDS (the compiler asks for every field), its rule's tests, and the docs.
 */

/** A timing setting: its name in the settings tab, and where its default comes from. */
export type RuleLabel = readonly [name: string, why: string];

export interface KindDefinition {
  /** What the settings tab's group of its timings is called. */
  title: string;
  rule: Rule;
  /** Raised before the interview has started (the others wait for it). */
  beforeInterview: boolean;
  /** Raised for an application with no interview yet, too. */
  forApplications: boolean;
  /** Dropped once long overdue (`staleDays`): it only matters soon after the interview. */
  perishable: boolean;
  /** One sentence that names the company. */
  sentence: (item: DueItem) => string;
  /** A line under the sentence in the sidebar, when there is something to add. */
  note?: (item: DueItem) => string | undefined;
  /** In the order you would use them; the first (unless Snooze) is the item's labelled button. */
  actions: readonly ItemAction[];
  /** The Done button's label: what the click records. */
  doneLabel: string;
  /** What Done records, dated `today` (YYYY-MM-DD); undefined when the item has no Done. */
  done: (item: DueItem, today: string) => RecordAction | undefined;
  /** Its name for `job-journal done`; null when it is not done by recording a step. */
  cli: string | null;
  /** The settings that time it. */
  rules: Partial<Record<keyof RuleDurations, RuleLabel>>;
}

export const KINDS = {
  "ask-contacts": {
    title: "Asking for contact details",
    rule: askContacts,
    beforeInterview: true,
    forApplications: false,
    perishable: false,
    sentence: (item) => `Ask for contact details at ${item.company} before you leave`,
    note: (item) =>
      item.missing && item.missing.length > 0
        ? `No email on file for ${item.missing.join(", ")}`
        : "No interviewers listed: ask who you met, and for their emails",
    // Done when the emails are in the note: typing them in (Add emails) is what makes it leave.
    actions: ["contacts", "snooze"],
    doneLabel: "",
    done: () => undefined,
    cli: null,
    rules: {
      askContactsDays: [
        "Ask for contact details, days before the interview",
        "Article 000: ask for each interviewer's email before you leave.",
      ],
    },
  },
  "thank-you": {
    title: "Thank-you notes",
    rule: thankYou,
    beforeInterview: false,
    forApplications: false,
    perishable: true,
    sentence: (item) => `Send a thank-you to ${item.person || item.company}`,
    note: (item) => (item.email ? undefined : "No email on file: ask the recruiter or check the company's site"),
    actions: ["draft", "done", "snooze"],
    doneLabel: "Sent",
    done: (item, today) =>
      item.person === undefined
        ? { kind: "thank-you", date: today, company: item.company }
        : { kind: "thank-you", date: today, person: item.person },
    cli: "thank-you",
    rules: {
      thankYouHours: ["Thank-you, hours after a timed interview", "Article 003: within 24 hours."],
      thankYouDays: ["Thank-you, days after a date-only interview", "Article 001: the day after."],
    },
  },
  debrief: {
    title: "Debrief",
    rule: debrief,
    beforeInterview: false,
    forApplications: false,
    perishable: true,
    sentence: (item) => `Write your ${item.company} debrief while it is fresh`,
    actions: ["done", "snooze"],
    doneLabel: "Written",
    done: (_item, today) => ({ kind: "debrief", date: today }),
    cli: "debrief",
    rules: { debriefDays: ["Debrief, days after the interview", "0 = the same day, while memory is fresh."] },
  },
  "inform-references": {
    title: "References",
    rule: informReferences,
    beforeInterview: false,
    forApplications: false,
    perishable: true,
    sentence: (item) => `Tell your references about the ${item.company} interview`,
    actions: ["done", "snooze"],
    doneLabel: "Told them",
    done: (_item, today) => ({ kind: "inform-references", date: today }),
    cli: "inform-references",
    rules: {
      informReferencesDays: ["Tell references, days after the interview", "Article 003: alert your references."],
    },
  },
  "follow-up": {
    title: "Follow-ups",
    rule: followUp,
    beforeInterview: false,
    forApplications: true,
    perishable: false,
    sentence: (item) =>
      item.application
        ? `Follow up on your application to ${item.company} (${item.attempt ?? 1} of 2)`
        : `Follow up with ${item.company} by ${item.channel === "phone" ? "phone" : "email"} (${item.attempt ?? 1} of 2)`,
    note: (item) => (item.channel === "phone" ? "They prefer phone calls" : undefined),
    actions: ["draft", "done", "reply", "snooze"],
    doneLabel: "Sent",
    done: (item, today) => ({ kind: "follow-up", attempt: item.attempt ?? 1, date: today }),
    cli: "follow-up",
    rules: {
      followUpAfterDecisionDays: [
        "First follow-up, days after the decision date",
        "Article 003: after the week they gave.",
      ],
      followUpAfterInterviewDays: [
        "First follow-up without a decision date, days after the interview",
        "Article 001: 2-3 days to a week.",
      ],
      secondFollowUpDays: ["Second follow-up, days after the first", "Article 003: one more after a week."],
      applicationFollowUpDays: [
        "Follow up on an application, days after applying",
        "0 = only on a follow-up date you set. Articles 000 and 001: wait a few days to a week.",
      ],
    },
  },
  "move-on": {
    title: "Moving on",
    rule: moveOn,
    beforeInterview: false,
    forApplications: true,
    perishable: false,
    sentence: (item) => `No reply from ${item.company} after two follow-ups: time to move on`,
    actions: ["done", "reply", "snooze"],
    doneLabel: "Close it",
    done: () => ({ kind: "move-on" }),
    cli: "move-on",
    rules: { moveOnDays: ["Move on, days after the second follow-up", "Article 003: then move on."] },
  },
} as const satisfies Record<ItemKind, KindDefinition>;

/** The timings that belong to no one kind. */
export const GENERAL_RULES = {
  lookaheadDays: ["Show upcoming items this many days ahead", ""],
  staleDays: ["Drop thank-you, debrief and reference items this many days overdue", ""],
} as const satisfies Partial<Record<keyof RuleDurations, RuleLabel>>;

type Claimed = { [K in ItemKind]: keyof (typeof KINDS)[K]["rules"] }[ItemKind] | keyof typeof GENERAL_RULES;
/** Every timing setting is claimed by a kind or is general: a new one without a label does not compile. */
const everyRuleLabelled: [Exclude<keyof RuleDurations, Claimed>] extends [never] ? true : false = true;
void everyRuleLabelled;

/** The kinds `job-journal done` records, by their CLI names. */
export type CliDoneKind = { [K in ItemKind]: (typeof KINDS)[K]["cli"] extends string ? K : never }[ItemKind];
export const CLI_DONE_KINDS = ITEM_KINDS.filter((k): k is CliDoneKind => KINDS[k].cli !== null);

/** Every timing setting with its label, grouped by kind (then the general ones), as the settings tab lists them. */
export function ruleLabels(): { title: string; rules: [keyof RuleDurations, RuleLabel][] }[] {
  const entries = (rules: Partial<Record<keyof RuleDurations, RuleLabel>>) =>
    Object.entries(rules) as [keyof RuleDurations, RuleLabel][];
  return [
    ...ITEM_KINDS.map((k) => ({ title: KINDS[k].title, rules: entries(KINDS[k].rules) })),
    { title: "The list", rules: entries(GENERAL_RULES) },
  ];
}

const ORDER: Record<ItemKind, number> = Object.fromEntries(ITEM_KINDS.map((k, i) => [k, i])) as Record<
  ItemKind,
  number
>;

/** Where a kind is listed among items due at the same moment. */
export function kindOrder(kind: ItemKind): number {
  return ORDER[kind];
}

export function isPerishable(kind: ItemKind): boolean {
  return KINDS[kind].perishable;
}

const DEFINITIONS: readonly KindDefinition[] = ITEM_KINDS.map((k) => KINDS[k]);

/** Every item a note raises at `now`, before the look-ahead and stale cut-offs. */
export function itemsForNote(
  note: InterviewNote,
  now: WallTime,
  r: RuleDurations,
  hasEmail: (p: Person) => boolean = (p) => p.email !== undefined,
): RawItem[] {
  const items: RawItem[] = [];
  if (note.unplaced || (note.snoozeUntil && !hasArrived(dateOnly(note.snoozeUntil), now))) return items;
  const c: RuleContext = { note, interview: note.interview, now, r, hasEmail };
  // Post-interview items are for interviews only: not for jobs applied to, considered or closed.
  if (note.phase === "applied") {
    for (const d of DEFINITIONS) if (d.forApplications) d.rule(items, c);
    return items;
  }
  if (note.phase !== "interviewing" || !note.interview) return items;
  // Nothing but what is asked before it appears before the interview has started.
  const started = hasArrived(note.interview, now);
  for (const d of DEFINITIONS) if (started || d.beforeInterview) d.rule(items, c);
  return items;
}
