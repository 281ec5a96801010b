import { noteTitle, underFolder } from "./paths";
import { displayText, parsePerson, type Person } from "./people";
import type { KeyField, Settings } from "./settings";
import type { When } from "./time";
import { asDate, asList, asText, quoteValue } from "./values";

/** Something about a note that the user should fix, in words they understand. */
export interface Problem {
  /** Vault-relative path. */
  file: string;
  message: string;
  key?: string;
  /** 1-based line in the file, when known. */
  line?: number;
}

/** A recorded step: set, with its date when the value is one. */
export interface Recorded {
  date?: When;
}

export type Channel = "email" | "phone";

export interface InterviewNote {
  file: string;
  company: string;
  role: string;
  stage: string;
  interview?: When;
  interviewers: Person[];
  channel: Channel;
  decisionBy?: When;
  thanked: Person[];
  debriefed?: Recorded;
  references: string[];
  referencesInformed?: Recorded;
  followUp1?: Recorded;
  followUp2?: Recorded;
  followUpOn?: When;
  replied?: Recorded;
  /** The status as written, lower case; "" when empty. */
  status: string;
  closed: boolean;
  snoozeUntil?: When;
}

export interface ReadResult {
  note: InterviewNote;
  problems: Problem[];
}

/**
 * Maps property names to fields, exact names first and then in any case, because
 * Obsidian treats `Status` and `status` as the same property.
 */
export class KeyLookup {
  private readonly exact = new Map<string, KeyField>();
  private readonly folded = new Map<string, KeyField>();

  constructor(readonly settings: Settings) {
    for (const [field, name] of Object.entries(settings.keys) as [KeyField, string][]) {
      this.exact.set(name, field);
      this.folded.set(name.toLowerCase(), field);
    }
  }

  /** The frontmatter's values by field. */
  collect(frontmatter: Record<string, unknown>): Partial<Record<KeyField, { key: string; value: unknown }>> {
    const out: Partial<Record<KeyField, { key: string; value: unknown }>> = {};
    for (const key in frontmatter) {
      const exact = this.exact.get(key);
      if (exact) {
        out[exact] = { key, value: frontmatter[key] };
        continue;
      }
      const field = this.folded.get(key.toLowerCase());
      if (field && out[field] === undefined) out[field] = { key, value: frontmatter[key] };
    }
    return out;
  }
}

function typeMatches(value: unknown, wanted: string): boolean {
  const w = wanted.toLowerCase();
  return asList(value).some((v) => v.toLowerCase() === w);
}

/** Whether a note is an interview note: by its type property or by its folder. */
export function isInterviewNote(path: string, frontmatter: Record<string, unknown> | undefined, lookup: KeyLookup): boolean {
  const s = lookup.settings;
  if (s.excludeFolders.some((f) => underFolder(path, f))) return false;
  if (s.interviewFolders.some((f) => underFolder(path, f))) return true;
  if (!frontmatter || s.typeValue === "") return false;
  const type = lookup.collect(frontmatter).type;
  return type !== undefined && typeMatches(type.value, s.typeValue);
}

const DATE_FIELDS = ["interviewDate", "decisionBy", "followUpOn", "snoozeUntil"] as const;
const RECORDED_FIELDS = ["debriefed", "referencesInformed", "followUp1", "followUp2", "replied"] as const;

/** Reads an interview note's frontmatter. Never throws; what it cannot use is a problem. */
export function readInterviewNote(file: string, frontmatter: Record<string, unknown> | undefined, lookup: KeyLookup): ReadResult {
  const s = lookup.settings;
  const problems: Problem[] = [];
  const values = lookup.collect(frontmatter ?? {});
  const text = (field: KeyField): string => {
    const v = values[field];
    return v === undefined ? "" : (asText(v.value) ?? "");
  };

  const dates: Partial<Record<(typeof DATE_FIELDS)[number], When>> = {};
  for (const field of DATE_FIELDS) {
    const v = values[field];
    if (!v) continue;
    const read = asDate(v.value);
    if (read?.ok) dates[field] = read.when;
    else if (read) problems.push({ file, key: v.key, message: `${v.key} ${quoteValue(read.text)} is not a date (write YYYY-MM-DD or YYYY-MM-DDTHH:mm)` });
  }
  if (!values.interviewDate || asText(values.interviewDate.value) === undefined) {
    problems.push({ file, key: s.keys.interviewDate, message: `${s.keys.interviewDate} is missing, so no follow-ups can be worked out` });
  }

  const recorded: Partial<Record<(typeof RECORDED_FIELDS)[number], Recorded>> = {};
  for (const field of RECORDED_FIELDS) {
    const v = values[field];
    if (!v) continue;
    const read = asDate(v.value);
    if (read === undefined) continue;
    if (read.ok) {
      recorded[field] = { date: read.when };
    } else if (v.value === false || /^(no|false|n)$/i.test(read.text)) {
      // `replied: no` means not yet, not a malformed date.
    } else {
      recorded[field] = {};
      problems.push({ file, key: v.key, message: `${v.key} ${quoteValue(read.text)} is not a date; counted as done, but write YYYY-MM-DD so dates can be worked out from it` });
    }
  }

  let channel: "email" | "phone" = "email";
  const pref = text("contactPreference").toLowerCase();
  if (pref === "phone" || pref === "call" || pref === "phone call") channel = "phone";
  else if (pref !== "" && pref !== "email" && pref !== "e-mail" && pref !== "mail") {
    const key = values.contactPreference?.key ?? s.keys.contactPreference;
    problems.push({ file, key, message: `${key} ${quoteValue(pref)} should be email or phone; using email` });
  }

  const status = text("status").toLowerCase();
  const closed = s.closedStatuses.some((c) => c.toLowerCase() === status);

  const note: InterviewNote = {
    file,
    company: displayText(text("company")) || noteTitle(file),
    role: text("role"),
    stage: text("stage"),
    interviewers: asList(values.interviewers?.value).map(parsePerson),
    channel,
    thanked: asList(values.thanked?.value).map(parsePerson),
    references: asList(values.references?.value),
    status,
    closed,
  };
  if (dates.interviewDate) note.interview = dates.interviewDate;
  if (dates.decisionBy) note.decisionBy = dates.decisionBy;
  if (dates.followUpOn) note.followUpOn = dates.followUpOn;
  if (dates.snoozeUntil) note.snoozeUntil = dates.snoozeUntil;
  Object.assign(note, recorded);
  return { note, problems };
}
