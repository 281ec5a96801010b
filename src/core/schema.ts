import { noteTitle, underFolder } from "./paths";
import { displayText, parsePerson, samePerson, type Person } from "./people";
import { DEFAULT_KEYS, type KeyField, type Settings } from "./settings";
import { dayOf, formatWhen, type When } from "./time";
import { asList, asText, dateOrText, propertyInAnyCase, quoteValue } from "./values";

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
  /** When the latest thank-you was recorded. */
  thankedOn?: When;
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

const FIELDS = Object.keys(DEFAULT_KEYS) as KeyField[];
const INDEX = Object.fromEntries(FIELDS.map((f, i) => [f, i])) as Record<KeyField, number>;

/** A note's frontmatter by field: the value and the property name it was found under. */
export interface FieldValues {
  values: unknown[];
  keys: (string | undefined)[];
}

/**
 * Maps property names to fields, exact names first and then in any case, because
 * Obsidian treats `Status` and `status` as the same property.
 */
export class KeyLookup {
  private readonly exact = new Map<string, number>();
  private readonly folded = new Map<string, number>();
  readonly closed: ReadonlySet<string>;
  readonly active: ReadonlySet<string>;
  readonly preInterview: ReadonlySet<string>;

  constructor(readonly settings: Settings) {
    this.closed = new Set(settings.closedStatuses.map((c) => c.toLowerCase()));
    this.active = new Set(settings.activeStatuses.map((c) => c.toLowerCase()));
    this.preInterview = new Set(settings.preInterviewStatuses.map((c) => c.toLowerCase()));
    FIELDS.forEach((field, i) => {
      this.exact.set(settings.keys[field], i);
      this.folded.set(settings.keys[field].toLowerCase(), i);
    });
  }

  read(frontmatter: Record<string, unknown>): FieldValues {
    const values: unknown[] = new Array<unknown>(FIELDS.length);
    const keys: (string | undefined)[] = new Array<string | undefined>(FIELDS.length);
    // A bit per field found under its exact name (there are fewer than 32 fields).
    let exactFound = 0;
    for (const key in frontmatter) {
      const exact = this.exact.get(key);
      if (exact !== undefined) {
        values[exact] = frontmatter[key];
        keys[exact] = key;
        exactFound |= 1 << exact;
        continue;
      }
      const i = this.folded.get(key.toLowerCase());
      if (i !== undefined && (exactFound & (1 << i)) === 0 && keys[i] === undefined) {
        values[i] = frontmatter[key];
        keys[i] = key;
      }
    }
    return { values, keys };
  }

  /** The value of one field (used for the type check every note goes through). */
  get(frontmatter: Record<string, unknown>, field: KeyField): unknown {
    return propertyInAnyCase(frontmatter, this.settings.keys[field]);
  }
}

function typeMatches(value: unknown, wanted: string): boolean {
  if (typeof value === "string") return value.trim().toLowerCase() === wanted;
  return asList(value).some((v) => v.toLowerCase() === wanted);
}

/** Whether a note is an interview note: by its type property or by its folder. */
export function isInterviewNote(path: string, frontmatter: Record<string, unknown> | undefined, lookup: KeyLookup): boolean {
  const s = lookup.settings;
  if (s.excludeFolders.length > 0 && s.excludeFolders.some((f) => underFolder(path, f))) return false;
  if (s.interviewFolders.length > 0 && s.interviewFolders.some((f) => underFolder(path, f))) return true;
  if (!frontmatter || s.typeValue === "") return false;
  const type = lookup.get(frontmatter, "type");
  return type !== undefined && typeMatches(type, s.typeValue.toLowerCase());
}


/**
 * What is valid YAML and a valid date but still wrong: a status nobody set up, an email that
 * is not one, a thank-you to someone who did not interview you, a second follow-up without a
 * first, a reply before the interview. Each is a problem with the key; nothing is guessed.
 */
function checkConsistency(
  note: InterviewNote,
  raw: { followUp1: unknown; followUp2: unknown },
  lookup: KeyLookup,
  report: (field: KeyField, message: string) => void,
): void {
  const s = lookup.settings;
  const k = s.keys;
  if (note.status !== "" && !lookup.closed.has(note.status) && !lookup.active.has(note.status) && !lookup.preInterview.has(note.status)) {
    report("status", `${k.status} ${quoteValue(note.status)} is not a known status (add it to the active or closed statuses in the settings)`);
  }
  for (const p of note.interviewers) {
    if (p.badEmail) report("interviewers", `${k.interviewers}: ${quoteValue(p.email)} is not an email address (${p.name})`);
  }
  for (const t of note.thanked) {
    if (note.interviewers.length > 0 && !note.interviewers.some((p) => samePerson(p, t))) {
      report("thanked", `${k.thanked}: ${quoteValue(t.name)} is not among the ${k.interviewers}`);
    }
  }
  if (asText(raw.followUp2) !== undefined && asText(raw.followUp1) === undefined) {
    report("followUp2", `${k.followUp2} is set but ${k.followUp1} is not`);
  }
  // What can only happen after the interview, dated before it.
  const afterInterview = (field: "replied" | "thankedOn", when: When | undefined) => {
    if (when && note.interview && dayOf(when.at) < dayOf(note.interview.at)) {
      report(field, `${k[field]} ${formatWhen(when)} is before the ${k.interviewDate} ${formatWhen(note.interview)}`);
    }
  };
  afterInterview("replied", note.replied?.date);
  afterInterview("thankedOn", note.thankedOn);
}

/** Reads an interview note's frontmatter. Never throws; what it cannot use is a problem. */
export function readInterviewNote(file: string, frontmatter: Record<string, unknown> | undefined, lookup: KeyLookup): ReadResult {
  const s = lookup.settings;
  const problems: Problem[] = [];
  const { values, keys } = lookup.read(frontmatter ?? {});
  // Fields by index (INDEX.company, not "company"): a named property read, not a keyed one.
  const text = (i: number): string => asText(values[i]) ?? "";
  const keyOf = (i: number): string => keys[i] ?? s.keys[FIELDS[i] as KeyField];

  const date = (i: number): When | undefined => {
    if (keys[i] === undefined) return undefined;
    const read = dateOrText(values[i]);
    if (typeof read !== "string") return read;
    problems.push({ file, key: keyOf(i), message: `${keyOf(i)} ${quoteValue(read)} is not a date (write YYYY-MM-DD or YYYY-MM-DDTHH:mm)` });
    return undefined;
  };
  const recorded = (i: number): Recorded | undefined => {
    if (keys[i] === undefined) return undefined;
    const value = values[i];
    const read = dateOrText(value);
    if (read === undefined) return undefined;
    if (typeof read !== "string") return { date: read };
    // `replied: no` means not yet, not a malformed date.
    if (value === false || /^(no|false|n)$/i.test(read)) return undefined;
    problems.push({ file, key: keyOf(i), message: `${keyOf(i)} ${quoteValue(read)} is not a date; counted as done, but write YYYY-MM-DD so dates can be worked out from it` });
    return {};
  };

  const status = text(INDEX.status).toLowerCase();
  const interview = date(INDEX.interviewDate);
  // An application with no interview yet has no date to give: nothing is missing.
  if (asText(values[INDEX.interviewDate]) === undefined && !lookup.preInterview.has(status)) {
    problems.push({ file, key: s.keys.interviewDate, message: `${s.keys.interviewDate} is missing, so no follow-ups can be worked out` });
  }
  const decisionBy = date(INDEX.decisionBy);
  const followUpOn = date(INDEX.followUpOn);
  const snoozeUntil = date(INDEX.snoozeUntil);
  const thankedOn = date(INDEX.thankedOn);

  let channel: Channel = "email";
  const pref = text(INDEX.contactPreference).toLowerCase();
  if (pref === "phone" || pref === "call" || pref === "phone call") channel = "phone";
  else if (pref !== "" && pref !== "email" && pref !== "e-mail" && pref !== "mail") {
    problems.push({ file, key: keyOf(INDEX.contactPreference), message: `${keyOf(INDEX.contactPreference)} ${quoteValue(pref)} should be email or phone; using email` });
  }

  // Every field is set, absent ones to undefined: one object shape for every note keeps the
  // rules' property reads monomorphic (about a tenth of the rules' time).
  const note: InterviewNote = {
    file,
    company: displayText(text(INDEX.company)) || noteTitle(file),
    role: text(INDEX.role),
    stage: text(INDEX.stage),
    interview,
    interviewers: asList(values[INDEX.interviewers]).map(parsePerson),
    channel,
    decisionBy,
    thanked: asList(values[INDEX.thanked]).map(parsePerson),
    thankedOn,
    debriefed: recorded(INDEX.debriefed),
    references: asList(values[INDEX.references]),
    referencesInformed: recorded(INDEX.referencesInformed),
    followUp1: recorded(INDEX.followUp1),
    followUp2: recorded(INDEX.followUp2),
    followUpOn,
    replied: recorded(INDEX.replied),
    status,
    closed: lookup.closed.has(status),
    snoozeUntil,
  };
  checkConsistency(note, { followUp1: values[INDEX.followUp1], followUp2: values[INDEX.followUp2] }, lookup, (field, message) =>
    problems.push({ file, key: keyOf(INDEX[field]), message }));
  return { note, problems };
}
