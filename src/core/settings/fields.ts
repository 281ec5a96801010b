/**
 * Every property the journal reads, declared once: its default key, what people see it called
 * (the settings tab, the review), the shape of its values (the mapping maps a property to it
 * only when its values have that shape), and whether it belongs to a round (an application kept
 * in one note moves it into `rounds` when the next round starts). The settings' key names, the
 * schema's round fields, the labels, the mapping and the VS Code manifest's defaults (checked
 * by tests/vscode/extension.test.ts) all read from here. The order is the one people read them
 * in: the settings tab, the review, a rounds line.
 */

export type FieldShape = "text" | "date" | "people" | "list";

export interface FieldDefinition {
  key: string;
  label: string;
  shape: FieldShape;
  round: boolean;
}

export const FIELDS = {
  type: { key: "type", label: "Note type", shape: "text", round: false },
  company: { key: "company", label: "Company", shape: "text", round: false },
  role: { key: "role", label: "Role", shape: "text", round: false },
  stage: { key: "stage", label: "Stage", shape: "text", round: false },
  interviewDate: { key: "interview_date", label: "Interview date", shape: "date", round: false },
  interviewers: { key: "interviewers", label: "Interviewers", shape: "people", round: false },
  contactPreference: { key: "contact_preference", label: "Contact preference", shape: "text", round: false },
  decisionBy: { key: "decision_by", label: "Decision by", shape: "date", round: true },
  thanked: { key: "thanked", label: "Thanked", shape: "people", round: true },
  /** The date of the latest thank-you recorded, written with it (for statistics). */
  thankedOn: { key: "thanked_on", label: "Thanked on", shape: "date", round: true },
  debriefed: { key: "debriefed", label: "Debriefed", shape: "date", round: true },
  references: { key: "references", label: "References", shape: "people", round: false },
  referencesInformed: { key: "references_informed", label: "References informed", shape: "date", round: true },
  followUpOn: { key: "follow_up_on", label: "Follow up on", shape: "date", round: true },
  followUp1: { key: "follow_up_1", label: "Follow-up 1", shape: "date", round: true },
  followUp2: { key: "follow_up_2", label: "Follow-up 2", shape: "date", round: true },
  replied: { key: "replied", label: "Replied", shape: "date", round: true },
  status: { key: "status", label: "Status", shape: "text", round: false },
  snoozeUntil: { key: "snooze_until", label: "Snooze until", shape: "date", round: false },
  /** When the application was sent. */
  appliedOn: { key: "applied_on", label: "Applied on", shape: "date", round: false },
  /** Earlier rounds of a note kept for the whole application: one line each, written by the tool. */
  rounds: { key: "rounds", label: "Earlier rounds", shape: "list", round: false },
} as const satisfies Record<string, FieldDefinition>;

export type KeyField = keyof typeof FIELDS;

/** Frontmatter key names, by the meaning the engine gives them. */
export type KeyNames = Record<KeyField, string>;

/** The fields of a round, in the order their records are written into the rounds line. */
export type RoundField = { [F in KeyField]: (typeof FIELDS)[F]["round"] extends true ? F : never }[KeyField];

export const FIELD_NAMES = Object.keys(FIELDS) as KeyField[];

export const fieldsWith = (test: (f: FieldDefinition) => boolean): KeyField[] =>
  FIELD_NAMES.filter((name) => test(FIELDS[name]));
