import { fieldForName, words } from "../mapping/suggest-names";
import { classifyStatus } from "../settings/status-words";
import { sheetDate } from "./sheet-dates";

/**
 * Where a spreadsheet's column goes: a property of the note (by its meaning, written under the
 * vault's own name for it), the note's text (`notes`: its free text; `body`: a `Header: value`
 * line, so nothing of the row is lost), or nowhere (`skip`: what an export of this tool adds
 * and an import would only repeat).
 */
export const IMPORT_TARGETS = [
  "company",
  "role",
  "status",
  "appliedOn",
  "interviewDate",
  "stage",
  "interviewers",
  "contactEmail",
  "decisionBy",
  "followUpOn",
  "replied",
  "postingUrl",
  "location",
  "salary",
  // The steps this tool's export writes, so that an export imported again restores them.
  "contactPreference",
  "thanked",
  "thankedOn",
  "debriefed",
  "references",
  "referencesInformed",
  "followUp1",
  "followUp2",
  "snoozeUntil",
  "rounds",
  "notes",
  "body",
  "skip",
] as const;
export type ImportTarget = (typeof IMPORT_TARGETS)[number];

export const DATE_TARGETS: ReadonlySet<ImportTarget> = new Set([
  "appliedOn",
  "interviewDate",
  "decisionBy",
  "followUpOn",
  "replied",
  "thankedOn",
  "debriefed",
  "referencesInformed",
  "followUp1",
  "followUp2",
  "snoozeUntil",
]);

/** Steps done: a date, or just a yes (this tool's export writes "yes" for a step with no date). */
export const STEP_TARGETS: ReadonlySet<ImportTarget> = new Set([
  "replied",
  "debriefed",
  "referencesInformed",
  "followUp1",
  "followUp2",
]);

/** Targets one column holds at most: a second column of the same meaning goes to the body. */
const SINGLE: ReadonlySet<ImportTarget> = new Set(
  IMPORT_TARGETS.filter((t) => !["salary", "notes", "body", "skip"].includes(t)),
);

export const TARGET_LABELS: Record<ImportTarget, string> = {
  company: "Company",
  role: "Role",
  status: "Status",
  appliedOn: "Applied on",
  interviewDate: "Interview date",
  stage: "Stage",
  interviewers: "Interviewers or contact",
  contactEmail: "Their email",
  decisionBy: "Decision by",
  followUpOn: "Follow up on",
  replied: "Replied",
  postingUrl: "Posting URL",
  location: "Location",
  salary: "Salary",
  contactPreference: "Contact preference",
  thanked: "Thanked",
  thankedOn: "Thanked on",
  debriefed: "Debriefed",
  references: "References",
  referencesInformed: "References informed",
  followUp1: "Follow-up 1",
  followUp2: "Follow-up 2",
  snoozeUntil: "Snooze until",
  rounds: "Earlier rounds",
  notes: "Notes (the note's text)",
  body: "A line in the note's text",
  skip: "Left out",
};

export interface ColumnPlan {
  index: number;
  header: string;
  target: ImportTarget;
  /** Why, when it is not what the header says (its values, a second column of the same meaning). */
  why?: string;
}

/** Columns this tool's export adds that an import would only repeat: counted or derived from the rest. */
const DERIVED = /^ (status class|interviews held|thank yous sent|follow ups sent|note) $/;

/** What a header names, by its words; undefined when nothing does. */
export function targetForHeader(header: string): ImportTarget | undefined {
  const w = words(header);
  if (DERIVED.test(w)) return "skip";
  if (/\b(e ?mail)\b/.test(w)) return "contactEmail";
  if (/\b(url|link|posting|website)\b/.test(w)) return "postingUrl";
  if (/\b(salary|compensation|pay|comp|wage)\b/.test(w)) return "salary";
  if (/\b(location|city|remote)\b/.test(w) || w === " where ") return "location";
  if (/\b(notes?|comments?|description|details|remarks)\b/.test(w) || /^ (text|body) $/.test(w)) return "notes";
  if (/^ (earlier )?rounds $/.test(w)) return "rounds";
  if (/\b(status|list|state|pipeline)\b/.test(w) && !/\bdate\b/.test(w)) return "status";
  if (/^ (stage|round|interview stage|interview round) $/.test(w)) return "stage";
  // A deadline in a tracker is the application's, not the employer's decision date.
  if (/\bdeadline\b/.test(w) && !/\bdecision\b/.test(w)) return undefined;
  if (/\b(created|saved|added|updated|modified)\b/.test(w)) return undefined;
  const named = fieldForName(header);
  if (!("field" in named) || named.field === undefined) return undefined;
  const field = named.field;
  return (IMPORT_TARGETS as readonly string[]).includes(field) ? (field as ImportTarget) : undefined;
}

/** Whether a header names a property (or an export's derived column): what finds the header row. */
export function namesAColumn(header: string): boolean {
  return targetForHeader(header) !== undefined;
}

const share = (values: readonly string[], test: (v: string) => boolean): number => {
  const filled = values.filter((v) => v.trim() !== "");
  return filled.length === 0 ? 0 : filled.filter(test).length / filled.length;
};

/** Whether a column's values fit a target: a date target wants mostly dates; any other takes any text. */
function fits(target: ImportTarget, values: readonly string[]): boolean {
  if (DATE_TARGETS.has(target)) return share(values, (v) => !("error" in sheetDate(v, "mdy"))) >= 0.6;
  return true;
}

const PEOPLE: ReadonlySet<ImportTarget> = new Set(["interviewers", "contactEmail"]);

/** LinkedIn's Job Applications.csv: its contact columns hold the applicant's own email and phone. */
const LINKEDIN = ["resume name", "question and answers"];

/**
 * Why a contact column is the applicant's own, not the employer's people: LinkedIn's export, or
 * one value on every one of three rows or more (your own address, typed into each row).
 */
function yourOwn(header: readonly string[], values: readonly string[]): string | undefined {
  if (header.some((h) => LINKEDIN.includes(h.trim().toLowerCase())))
    return "LinkedIn's export puts your own contact details here, not the employer's";
  const filled = values.map((v) => v.trim().toLowerCase()).filter((v) => v !== "");
  if (filled.length >= 3 && new Set(filled).size === 1) return "the same on every row, so yours, not a contact's";
  return undefined;
}

/**
 * A target for every column, from its header and its values: one column per property (the
 * first wins, the rest go to the body, with why), a column whose values are statuses is the
 * status even under another name, and a date column whose values are not dates is text.
 */
export function proposeColumns(header: readonly string[], rows: readonly (readonly string[])[]): ColumnPlan[] {
  const taken = new Set<ImportTarget>();
  const valuesOf = (i: number) => rows.map((r) => r[i] ?? "");
  const plans: ColumnPlan[] = header.map((h, index) => ({ index, header: h, target: "body" }));
  const place = (plan: ColumnPlan, target: ImportTarget): void => {
    if (SINGLE.has(target) && taken.has(target)) {
      plan.why = `a second ${TARGET_LABELS[target].toLowerCase()} column: kept in the note's text`;
      return;
    }
    plan.target = target;
    taken.add(target);
  };
  for (const plan of plans) {
    const values = valuesOf(plan.index);
    if (values.every((v) => v.trim() === "")) {
      plan.target = "skip";
      plan.why = "empty in every row";
      continue;
    }
    const named = targetForHeader(plan.header);
    const yours = named && PEOPLE.has(named) ? yourOwn(header, values) : undefined;
    if (yours) plan.why = yours;
    else if (named && fits(named, values)) place(plan, named);
    else if (named) plan.why = `its values are not dates, so they stay text`;
  }
  // A column of status words under a name that does not say so (`Stage`, `Where`, `Progress`).
  if (!taken.has("status")) {
    const candidate = plans.find(
      (p) =>
        (p.target === "body" || p.target === "stage") &&
        share(valuesOf(p.index), (v) => classifyStatus(v) !== undefined) >= 0.6,
    );
    if (candidate) {
      if (candidate.target !== "body") taken.delete(candidate.target);
      candidate.target = "status";
      candidate.why = "its values are statuses";
      taken.add("status");
    }
  }
  return plans;
}

/** The names a column's target is given by on the command line (`--column company=Name`). */
export const TARGET_NAMES: Record<string, ImportTarget> = {
  company: "company",
  role: "role",
  status: "status",
  "applied-on": "appliedOn",
  "interview-date": "interviewDate",
  stage: "stage",
  interviewers: "interviewers",
  "contact-email": "contactEmail",
  "decision-by": "decisionBy",
  "follow-up-on": "followUpOn",
  replied: "replied",
  url: "postingUrl",
  location: "location",
  salary: "salary",
  "contact-preference": "contactPreference",
  thanked: "thanked",
  "thanked-on": "thankedOn",
  debriefed: "debriefed",
  references: "references",
  "references-informed": "referencesInformed",
  "follow-up-1": "followUp1",
  "follow-up-2": "followUp2",
  "snooze-until": "snoozeUntil",
  rounds: "rounds",
  notes: "notes",
  text: "body",
  ignore: "skip",
};

/**
 * The user's choice for a column, as the review's drop-down makes it: the column found by its
 * header (in any case), and a property that another column held moves that column to the text.
 * An error names the headers when none is called so.
 */
export function chooseColumn(columns: ColumnPlan[], header: string, target: ImportTarget): string | undefined {
  const wanted = header.trim().toLowerCase();
  const column = columns.find((c) => c.header.trim().toLowerCase() === wanted);
  if (!column)
    return `no column is called "${header.trim()}"; the columns are ${columns.map((c) => `"${c.header}"`).join(", ")}`;
  if (SINGLE.has(target))
    for (const other of columns)
      if (other !== column && other.target === target) {
        other.target = "body";
        other.why = `${TARGET_LABELS[target].toLowerCase()} is read from "${column.header}"`;
      }
  column.target = target;
  column.why = "as you chose";
  return undefined;
}
