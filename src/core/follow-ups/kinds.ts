import { ITEM_KINDS, type DueItem, type ItemAction, type ItemKind, type RecordAction } from "./items";
import {
  askContacts,
  debrief,
  decideOffer,
  followUp,
  informReferences,
  moveOn,
  thankYou,
  type Rule,
  type RuleContext,
} from "./rules";
import type { RawItem } from "./items";
import type { InterviewNote } from "../notes/schema";
import type { RuleDurations } from "../settings/fields";
import { TIMINGS, type StepField, type TimingName } from "../settings/fields";
import { dateOnly, hasArrived, type WallTime } from "../lib/time";
import type { Person } from "../notes/people";

/**
 * Every kind of follow-up item, each defined once: the rule that raises it and when it runs,
 * its sentence, its sidebar actions and what Done records, its name on the command line, and
 * the settings that time it. The engine's order, the view model, the Done button, the CLI's
 * `done` and the settings tab are all read from here. Adding a kind is CONTRIBUTING's Recipe 1:
 * ITEM_KINDS, its rule, its entry here (the compiler asks for every field), its property and
 * timing in settings/fields.ts; `npm run test:recipe` proves it takes no more.
 */

/** A timing setting: its name in the settings tab, and where its default comes from. */
export type RuleLabel = readonly [name: string, why: string];

/** Done on a kind that records one step: the property it dates, and the sentence that confirms it. */
export interface StepDone {
  step: StepField;
  /** `Recorded your Acme debrief, written 12 March.` */
  recorded: (company: string, day: string) => string;
}

/**
 * Where an application stands, as the kinds run in it: applied with no interview yet, an
 * interview scheduled that has not started, one that has, an offer in hand. Considering and
 * closed run nothing.
 */
export type RunPhase = "applied" | "scheduled" | "interviewed" | "offer";

/** The phase a note is in now; undefined when no kind runs for it. */
export function runPhaseOf(note: InterviewNote, now: WallTime): RunPhase | undefined {
  if (note.phase === "applied" || note.phase === "offer") return note.phase;
  if (note.phase !== "interviewing" || !note.interview) return undefined;
  return hasArrived(note.interview, now) ? "interviewed" : "scheduled";
}

export interface KindDefinition {
  /** What the settings tab's group of its timings is called. */
  title: string;
  rule: Rule;
  /** The phases it is raised in: when a kind runs is data, not a branch of itemsForNote. */
  phases: readonly RunPhase[];
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
  /**
   * What Done records: `{ step }` dates that property (the way to go for a new kind), a function
   * for a kind that records more than a date, dated `today` (YYYY-MM-DD); null when it has no Done.
   */
  done: StepDone | ((item: DueItem, today: string) => RecordAction) | null;
  /** Its name for `job-journal done`; null when it is not done by recording a step. */
  cli: string | null;
  /** The timings (fields.ts) that time it, in the settings tab's order. */
  timings: readonly TimingName[];
}

export const KINDS = {
  "ask-contacts": {
    title: "Asking for contact details",
    rule: askContacts,
    phases: ["scheduled", "interviewed"],
    perishable: false,
    sentence: (item) => `Ask for contact details at ${item.company} before you leave`,
    note: (item) =>
      item.missing && item.missing.length > 0
        ? `No email on file for ${item.missing.join(", ")}`
        : "No interviewers listed: ask who you met, and for their emails",
    // Done when the emails are in the note: typing them in (Add emails) is what makes it leave.
    actions: ["contacts", "snooze"],
    doneLabel: "",
    done: null,
    cli: null,
    timings: ["askContactsDays"],
  },
  "thank-you": {
    title: "Thank-you notes",
    rule: thankYou,
    phases: ["interviewed"],
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
    timings: ["thankYouHours", "thankYouDays"],
  },
  debrief: {
    title: "Debrief",
    rule: debrief,
    phases: ["interviewed"],
    perishable: true,
    sentence: (item) => `Write your ${item.company} debrief while it is fresh`,
    actions: ["done", "snooze"],
    doneLabel: "Written",
    done: { step: "debriefed", recorded: (company, day) => `Recorded your ${company} debrief, written ${day}.` },
    cli: "debrief",
    timings: ["debriefDays"],
  },
  "inform-references": {
    title: "References",
    rule: informReferences,
    phases: ["interviewed"],
    perishable: true,
    sentence: (item) => `Tell your references about the ${item.company} interview`,
    actions: ["done", "snooze"],
    doneLabel: "Told them",
    done: {
      step: "referencesInformed",
      recorded: (company, day) => `Recorded that your references know about ${company} (${day}).`,
    },
    cli: "inform-references",
    timings: ["informReferencesDays"],
  },
  "follow-up": {
    title: "Follow-ups",
    rule: followUp,
    phases: ["applied", "interviewed"],
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
    timings: [
      "followUpAfterDecisionDays",
      "followUpAfterInterviewDays",
      "secondFollowUpDays",
      "applicationFollowUpDays",
    ],
  },
  "move-on": {
    title: "Moving on",
    rule: moveOn,
    phases: ["applied", "interviewed"],
    perishable: false,
    sentence: (item) => `No reply from ${item.company} after two follow-ups: time to move on`,
    actions: ["done", "reply", "snooze"],
    doneLabel: "Close it",
    done: () => ({ kind: "move-on" }),
    cli: "move-on",
    timings: ["moveOnDays"],
  },
  "decide-offer": {
    title: "Offers",
    rule: decideOffer,
    phases: ["offer"],
    perishable: false,
    sentence: (item) => `Answer the ${item.company} offer, or ask for more time, before it lapses`,
    actions: ["done", "snooze"],
    doneLabel: "Answered",
    done: {
      step: "offerAnswered",
      recorded: (company, day) => `Recorded that you answered ${company}'s offer (${day}).`,
    },
    cli: "offer",
    timings: ["offerDecisionDays"],
  },
} as const satisfies Record<ItemKind, KindDefinition>;

/** The timings that belong to no one kind. */
export const GENERAL_TIMINGS = ["lookaheadDays", "staleDays"] as const satisfies readonly TimingName[];

type Claimed = (typeof KINDS)[ItemKind]["timings"][number] | (typeof GENERAL_TIMINGS)[number];
/** Every timing is claimed by a kind or is general: a new one that nothing claims does not compile. */
const everyTimingClaimed: [Exclude<TimingName, Claimed>] extends [never] ? true : false = true;
void everyTimingClaimed;

/** The kinds whose Done dates one step. */
export type StepKind = { [K in ItemKind]: (typeof KINDS)[K]["done"] extends StepDone ? K : never }[ItemKind];

export function isStepKind(kind: ItemKind): kind is StepKind {
  const done: KindDefinition["done"] = KINDS[kind].done;
  return done !== null && typeof done !== "function";
}

/** A step-kind's Done: its property dated `date`. */
export function stepAction(kind: StepKind, date: string): RecordAction {
  return { kind: "step", of: kind, field: KINDS[kind].done.step, date };
}

/** What Done records on this item, dated `today` (YYYY-MM-DD); undefined when it has no Done. */
export function doneAction(item: DueItem, today: string): RecordAction | undefined {
  if (isStepKind(item.kind)) return stepAction(item.kind, today);
  const done: KindDefinition["done"] = KINDS[item.kind].done;
  return typeof done === "function" ? done(item, today) : undefined;
}

/** The kinds `job-journal done` records, by their CLI names. */
export type CliDoneKind = { [K in ItemKind]: (typeof KINDS)[K]["cli"] extends string ? K : never }[ItemKind];
export const CLI_DONE_KINDS = ITEM_KINDS.filter((k): k is CliDoneKind => KINDS[k].cli !== null);

/** Every timing setting with its label, grouped by kind (then the general ones), as the settings tab lists them. */
export function ruleLabels(): { title: string; rules: [TimingName, RuleLabel][] }[] {
  const labelled = (timings: readonly TimingName[]) =>
    timings.map((t): [TimingName, RuleLabel] => [t, [TIMINGS[t].label, TIMINGS[t].why]]);
  return [
    ...ITEM_KINDS.map((k) => ({ title: KINDS[k].title, rules: labelled(KINDS[k].timings) })),
    { title: "The list", rules: labelled(GENERAL_TIMINGS) },
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
  const phase = runPhaseOf(note, now);
  if (!phase) return items;
  const c: RuleContext = { note, interview: note.interview, now, r, hasEmail };
  for (const d of DEFINITIONS) if (d.phases.includes(phase)) d.rule(items, c);
  return items;
}
