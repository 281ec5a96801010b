/**
 * Every property the journal reads and every timing its rules use, each declared once.
 *
 * A property: its default key, what people see it called (the settings tab, the review), the
 * shape of its values (the mapping maps a property to it only when its values have that shape),
 * whether it belongs to a round (an application kept in one note moves it into `rounds` when the
 * next round starts), and whether it records a step. The settings' key names, the schema, the
 * labels, the mapping and the VS Code manifest (generated from the defaults, see
 * tests/vscode/manifest.test.ts) all read from here. The order is the one people read them in:
 * the settings tab, the review, a rounds line.
 */

export type FieldShape = "text" | "date" | "people" | "list";

export interface FieldDefinition {
  key: string;
  label: string;
  shape: FieldShape;
  round: boolean;
  /**
   * A step you record when you have done it (its date, or `yes`): read into the note under the
   * field's name as done-or-not with its date, and what a kind's Done writes (`done: { step }`).
   */
  step?: true;
  /**
   * A date a rule reads (a deadline, a day you set): read into the note under the field's name
   * as a date, `note.decisionBy`, with no other code. A step is read as a step instead.
   */
  when?: true;
}

export const FIELDS = {
  type: { key: "type", label: "Note type", shape: "text", round: false },
  company: { key: "company", label: "Company", shape: "text", round: false },
  role: { key: "role", label: "Role", shape: "text", round: false },
  stage: { key: "stage", label: "Stage", shape: "text", round: false },
  interviewDate: { key: "interview_date", label: "Interview date", shape: "date", round: false },
  interviewers: { key: "interviewers", label: "Interviewers", shape: "people", round: false },
  contactPreference: { key: "contact_preference", label: "Contact preference", shape: "text", round: false },
  /** The day the employer said they would decide by. */
  decisionBy: { key: "decision_by", label: "Decision by", shape: "date", round: true, when: true },
  thanked: { key: "thanked", label: "Thanked", shape: "people", round: true },
  /** The date of the latest thank-you recorded, written with it (for statistics). */
  thankedOn: { key: "thanked_on", label: "Thanked on", shape: "date", round: true, when: true },
  debriefed: { key: "debriefed", label: "Debriefed", shape: "date", round: true, step: true },
  references: { key: "references", label: "References", shape: "people", round: false },
  referencesInformed: {
    key: "references_informed",
    label: "References informed",
    shape: "date",
    round: true,
    step: true,
  },
  /** A first follow-up's day you set yourself. */
  followUpOn: { key: "follow_up_on", label: "Follow up on", shape: "date", round: true, when: true },
  followUp1: { key: "follow_up_1", label: "Follow-up 1", shape: "date", round: true, step: true },
  followUp2: { key: "follow_up_2", label: "Follow-up 2", shape: "date", round: true, step: true },
  replied: { key: "replied", label: "Replied", shape: "date", round: true, step: true },
  status: { key: "status", label: "Status", shape: "text", round: false },
  snoozeUntil: { key: "snooze_until", label: "Snooze until", shape: "date", round: false, when: true },
  /** When the application was sent. */
  appliedOn: { key: "applied_on", label: "Applied on", shape: "date", round: false },
  /** The posting: written by an import or the Web Clipper, listed by an export. */
  postingUrl: { key: "url", label: "Posting URL", shape: "text", round: false },
  location: { key: "location", label: "Location", shape: "text", round: false },
  salary: { key: "salary", label: "Salary", shape: "text", round: false },
  postedOn: { key: "posted_on", label: "Posted on", shape: "date", round: false },
  /** The day an offer lapses unless you answer. */
  offerDeadline: { key: "offer_deadline", label: "Offer deadline", shape: "date", round: false, when: true },
  /** You answered the offer, or asked for more time. */
  offerAnswered: { key: "offer_answered", label: "Offer answered", shape: "date", round: false, step: true },
  /** Earlier rounds of a note kept for the whole application: one line each, written by the tool. */
  rounds: { key: "rounds", label: "Earlier rounds", shape: "list", round: false },
} as const satisfies Record<string, FieldDefinition>;

export type KeyField = keyof typeof FIELDS;

/** Frontmatter key names, by the meaning the engine gives them. */
export type KeyNames = Record<KeyField, string>;

/** The fields that hold a recorded step. */
export type StepField = { [F in KeyField]: (typeof FIELDS)[F] extends { step: true } ? F : never }[KeyField];

/** The dates a rule reads, each under its field's name in the note. */
export type WhenField = { [F in KeyField]: (typeof FIELDS)[F] extends { when: true } ? F : never }[KeyField];

/** The fields of a round, in the order their records are written into the rounds line. */
export type RoundField = { [F in KeyField]: (typeof FIELDS)[F]["round"] extends true ? F : never }[KeyField];

export const FIELD_NAMES = Object.keys(FIELDS) as KeyField[];

export const fieldsWith = (test: (f: FieldDefinition) => boolean): KeyField[] =>
  FIELD_NAMES.filter((name) => test(FIELDS[name]));

export const STEP_FIELDS = fieldsWith((f) => "step" in f) as StepField[];

export const WHEN_FIELDS = fieldsWith((f) => "when" in f) as WhenField[];

/**
 * Every timing the rules use, declared once: its default (days unless the name says hours),
 * its name in the settings tab, and where the default comes from (one of the four articles in
 * shared/seeds, or why it is ours). Which kind it times is said by the kind (kinds.ts).
 */
export interface TimingDefinition {
  default: number;
  label: string;
  /** The advice in plain words, as the settings show it. */
  why: string;
  /** Where the advice comes from, in ../shared/seeds (the README's "Where the defaults come from"). */
  source?: string;
}

export const TIMINGS = {
  askContactsDays: {
    default: 1,
    label: "Ask for contact details, days before the interview",
    why: "Before you leave an interview, ask each interviewer for their email.",
    source: "article 000",
  },
  thankYouHours: {
    default: 24,
    label: "Thank-you, hours after a timed interview",
    why: "Thank each interviewer within a day.",
    source: "article 003",
  },
  thankYouDays: {
    default: 1,
    label: "Thank-you, days after a date-only interview",
    why: "Without a time, the day after.",
    source: "article 001",
  },
  debriefDays: {
    default: 0,
    label: "Debrief, days after the interview",
    why: "0 is the same day, while your memory is fresh.",
    source: "article 001",
  },
  informReferencesDays: {
    default: 2,
    label: "Tell references, days after the interview",
    why: "Let your references know they may get a call.",
    source: "article 003",
  },
  followUpAfterDecisionDays: {
    default: 1,
    label: "First follow-up, days after the decision date",
    why: "Follow up once the day they said they would decide has passed.",
    source: "article 003",
  },
  followUpAfterInterviewDays: {
    default: 7,
    label: "First follow-up without a decision date, days after the interview",
    why: "When they gave no date, wait a few days to a week.",
    source: "article 001",
  },
  secondFollowUpDays: {
    default: 7,
    label: "Second follow-up, days after the first",
    why: "One more, a week later, and no more than that.",
    source: "article 003",
  },
  moveOnDays: {
    default: 7,
    label: "Move on, days after the second follow-up",
    why: "Then stop writing and put your energy into other applications.",
    source: "article 003",
  },
  /** 0 means only when you set a follow-up date by hand. */
  applicationFollowUpDays: {
    default: 0,
    label: "Follow up on an application, days after applying",
    why: "0 is only on a follow-up date you set; otherwise wait a few days to a week.",
    source: "articles 000 and 001",
  },
  offerDecisionDays: {
    default: 2,
    label: "Decide on an offer, days before its deadline",
    why: "Answer, or ask for more time, before the offer lapses; until a contract is signed, keep applying.",
    source: "ours (the deadline is the employer's); article 001 on going on until the contract is signed",
  },
  lookaheadDays: { default: 7, label: "Show upcoming items this many days ahead", why: "" },
  staleDays: { default: 30, label: "Drop thank-you, debrief and reference items this many days overdue", why: "" },
} as const satisfies Record<string, TimingDefinition>;

export type TimingName = keyof typeof TIMINGS;

/** Durations of the rules, by timing. */
export type RuleDurations = Record<TimingName, number>;
