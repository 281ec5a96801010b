import { isTemplateFrontmatter } from "./note-roles";
import type { Problem } from "./problem";
import { isOpenStatus, normaliseStatus, statusTypo } from "../settings/status-words";
import { noteTitle, underFolder } from "../lib/paths";
import { displayText, hasSeparator, parseLink, parsePerson, peopleEntries, samePerson, type Person } from "./people";
import {
  FIELD_NAMES,
  fieldsWith,
  STEP_FIELDS,
  WHEN_FIELDS,
  type RoundField,
  type StepField,
  type WhenField,
} from "../settings/fields";
import { STATUS_CLASSES, type Settings, type StatusClass } from "../settings/settings";
import type { KeyField } from "../settings/fields";
import { StringDict } from "../lib/string-dict";
import { dayOf, type When } from "../lib/time";
import { asList, asText, dateOrText, keyInAnyCase, propertyInAnyCase, quoteValue } from "./values";

/** A recorded step: set, with its date when the value is one. */
export interface Recorded {
  date?: When;
}

export type Channel = "email" | "phone";

/** A step recorded in an earlier round of a note kept for a whole application. */
export interface EarlierRecord {
  field: KeyField;
  /** The property it was read from. */
  key: string;
  /** As written, for the rounds history. */
  text: string;
}

/** Each recorded step (fields.ts, `step: true`) under its field's name: `debriefed`, `followUp1`, `replied`… */
export type StepRecords = { [F in StepField]?: Recorded };

/** Each date a rule reads (fields.ts, `when: true`) under its field's name: `decisionBy`, `snoozeUntil`… */
export type WhenRecords = { [F in WhenField]?: When };

export interface InterviewNote extends StepRecords, WhenRecords {
  file: string;
  company: string;
  /** The company's own note, when `company` is a link (`[[Acme]]`): where its news may be kept. */
  companyLink?: string;
  role: string;
  stage: string;
  interview?: When;
  interviewers: Person[];
  channel: Channel;
  thanked: Person[];
  references: readonly string[];
  /** The status as written, lower case; "" when empty. */
  status: string;
  /** The status as written (an export gives the user's own word back). */
  statusText: string;
  /** The status's class; undefined when the status is empty or in no class. */
  statusClass?: StatusClass;
  /**
   * Where the application stands: the status's class, else worked out from the dates (an
   * interview date: interviewing; only an applied date: applied).
   */
  phase: StatusClass;
  /**
   * A status in no class: the user's to place; nothing is due and the note counts in no pipeline
   * until then (a guess could thank a rejection).
   */
  unplaced: boolean;
  /** Offer or closed: no longer an open application (an interview linked by company goes to an open one). */
  closed: boolean;
  appliedOn?: When;
  /**
   * Steps dated before the current interview's day: an earlier round's, kept in the note when
   * `interview_date` moved on. They count for nothing now; the first step recorded for the new
   * round moves them into the rounds history.
   */
  earlier: readonly EarlierRecord[];
  /** The posting, as written: carried for an export, read by no rule. */
  postingUrl: string;
  location: string;
  salary: string;
  /** How many earlier rounds the note keeps in `rounds` (or in interviews' notes of their own). */
  earlierRounds: number;
  /** The current interview's own note, when it is kept as one: where its steps are written. */
  meetingFile?: string;
}

export interface ReadResult {
  note: InterviewNote;
  /** Shared and frozen when empty, as most notes have none. */
  problems: readonly Problem[];
}

const NO_PROBLEMS: readonly Problem[] = Object.freeze([]);
/** Shared by the notes with no earlier round (nearly all of them). */
const NO_EARLIER: readonly EarlierRecord[] = Object.freeze([]);

const FIELDS = FIELD_NAMES;
const INDEX = Object.fromEntries(FIELDS.map((f, i) => [f, i])) as Record<KeyField, number>;

/**
 * Maps property names to fields, exact names first and then in any case, because
 * Obsidian treats `Status` and `status` as the same property.
 */
export class KeyLookup {
  // Runs for every property of every interview note: see StringDict for why not a Map.
  private readonly exact = new StringDict<number>();
  private readonly folded = new StringDict<number>();
  private readonly classes = new StringDict<StatusClass>();
  /** Whether a status says only "going on", worked out when first asked: most vaults never ask. */
  private readonly open = new Map<string, boolean>();

  constructor(readonly settings: Settings) {
    for (const cls of STATUS_CLASSES)
      for (const status of settings.statuses[cls]) {
        this.classes.set(status.toLowerCase(), cls);
        this.classes.set(normaliseStatus(status), cls);
      }
    FIELDS.forEach((field, i) => {
      this.exact.set(settings.keys[field], i);
      this.folded.set(settings.keys[field].toLowerCase(), i);
    });
  }

  /** The values by field (absent: undefined). Property names are found again by `keyOf` when a message needs one. */
  read(frontmatter: Record<string, unknown>): unknown[] {
    const values: unknown[] = new Array<unknown>(FIELDS.length);
    // A bit per field found (there are fewer than 32 fields): the exact name always wins, and
    // of names in another case the first.
    let found = 0;
    for (const key in frontmatter) {
      const exact = this.exact.get(key);
      if (exact !== undefined) {
        values[exact] = frontmatter[key];
        found |= 1 << exact;
        continue;
      }
      const i = this.folded.get(key.toLowerCase());
      if (i !== undefined && (found & (1 << i)) === 0) {
        values[i] = frontmatter[key];
        found |= 1 << i;
      }
    }
    return values;
  }

  /** A field's value among what `read` returned (its order is the reader's own, not the settings'). */
  static valueOf(values: readonly unknown[], field: KeyField): unknown {
    return values[INDEX[field]];
  }

  /** The property name a field was read from, as `read` chose it; the configured name when absent. */
  keyOf(frontmatter: Record<string, unknown>, field: KeyField): string {
    const name = this.settings.keys[field];
    return keyInAnyCase(frontmatter, name) ?? name;
  }

  /**
   * The class of a status (lower case), if it has one: as written, else as a person reads it
   * (`Under_Review` is `under review`, `✅ Applied` is `applied`).
   */
  classOf(status: string): StatusClass | undefined {
    return this.classes.get(status) ?? this.classes.get(normaliseStatus(status));
  }

  /** Whether an applied-class status says only that the application is going on (see `isOpenStatus`). */
  isOpen(status: string): boolean {
    let open = this.open.get(status);
    if (open === undefined) this.open.set(status, (open = isOpenStatus(status)));
    return open;
  }

  /** Whether an applied status reads as interviewing once an interview is dated. */
  datesSayInterviewing(status: string): boolean {
    return this.settings.noWordFor.includes("interviewing") || this.isOpen(status);
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
export function isInterviewNote(
  path: string,
  frontmatter: Record<string, unknown> | undefined,
  lookup: KeyLookup,
): boolean {
  const s = lookup.settings;
  // Most notes of a vault have no properties: without them only a note in an interview folder is one.
  if (frontmatter === undefined && s.interviewFolders.length === 0) return false;
  if (s.excludeFolders.length > 0 && s.excludeFolders.some((f) => underFolder(path, f))) return false;
  let matches = false;
  if (s.interviewFolders.length > 0 && s.interviewFolders.some((f) => underFolder(path, f))) {
    // A dashboard or an index note in the applications' folder has no status.
    matches = !s.needsStatus || (frontmatter !== undefined && asText(lookup.get(frontmatter, "status")) !== undefined);
  } else if (frontmatter && s.typeValue !== "") {
    const type = lookup.get(frontmatter, "type");
    matches = type !== undefined && typeMatches(type, s.typeValue.toLowerCase());
  }
  // A template has the type and the folder of the notes made from it, and placeholders for values.
  return matches && !(frontmatter && isTemplateFrontmatter(frontmatter));
}

/** Where a note's problems go: the note, its frontmatter (for the property names) and the list. */
interface Reader {
  readonly file: string;
  readonly frontmatter: Record<string, unknown>;
  readonly lookup: KeyLookup;
  problems: Problem[] | undefined;
}

function addProblem(r: Reader, key: string, message: string): void {
  (r.problems ??= []).push({ file: r.file, key, message });
}

/** A problem with a field, named by the property it was read from. */
function report(r: Reader, field: KeyField, message: (key: string) => string): void {
  const key = r.lookup.keyOf(r.frontmatter, field);
  addProblem(r, key, message(key));
}

/** A date field: its When, undefined when empty, and a problem when it is not a date. */
function dateField(r: Reader, values: unknown[], i: number): When | undefined {
  const read = dateOrText(values[i]);
  if (typeof read !== "string") return read;
  report(
    r,
    FIELDS[i] as KeyField,
    (key) => `${key} ${quoteValue(read)} is not a date (write YYYY-MM-DD or YYYY-MM-DDTHH:mm)`,
  );
  return undefined;
}

/** A recorded step: undefined when not done, its date when it is one, `{}` when done on a day not given as a date. */
function recordedField(r: Reader, values: unknown[], i: number): Recorded | undefined {
  const value = values[i];
  // A checkbox (`debrief_done: true`): done, on a day it does not say.
  if (value === true) return {};
  const read = dateOrText(value);
  if (read === undefined) return undefined;
  if (typeof read !== "string") return { date: read };
  // `replied: no` means not yet, not a malformed date.
  if (value === false || /^(no|false|n)$/i.test(read)) return undefined;
  report(
    r,
    FIELDS[i] as KeyField,
    (key) =>
      `${key} ${quoteValue(read)} is not a date; counted as done, but write YYYY-MM-DD so dates can be worked out from it`,
  );
  return {};
}

/** People as typed (see `splitPeople`); entries that may be several people are reported. */
function peopleTyped(r: Reader | undefined, value: unknown, field: KeyField): readonly string[] {
  const list = asList(value);
  // Most lists are one person per item: nothing to split, nothing to allocate.
  if (!list.some(hasSeparator)) return list;
  const { entries, ambiguous } = peopleEntries(list);
  if (r) {
    for (const a of ambiguous) {
      report(
        r,
        field,
        (key) =>
          `${key}: ${quoteValue(a)} could be one person or two; write one person per list item, or separate people with ";"`,
      );
    }
  }
  return entries;
}

function personList(r: Reader | undefined, value: unknown, field: KeyField): Person[] {
  return peopleTyped(r, value, field).map((text) => parsePerson(text));
}

/**
 * What is valid YAML and a valid date but still wrong: a status nobody set up, an email that
 * is not one, a thank-you to someone who did not interview you, a second follow-up without a
 * first, a reply before the interview. Each is a problem with the key; nothing is guessed.
 */
function checkConsistency(r: Reader, note: InterviewNote, values: unknown[]): void {
  const { lookup } = r;
  const k = lookup.settings.keys;
  // Quoted as the note writes it, so the user finds it.
  const status = note.statusText;
  if (status !== "" && note.statusClass === undefined) {
    const typo = statusTypo(status);
    report(r, "status", (key) =>
      typo
        ? `${key} ${quoteValue(status)} is in no class of statuses: did you mean ${typo}? (nothing is due for this note until it is fixed or added to a class in the settings)`
        : `${key} ${quoteValue(status)} is in no class of statuses (add it to one in the settings: considering, applied, interviewing, offer or closed; nothing is due for this note until then)`,
    );
  }
  if (note.interview && (note.statusClass === "applied" || note.statusClass === "considering")) {
    const interviewing =
      lookup.settings.writeStatuses.interviewing || lookup.settings.statuses.interviewing[0] || "interviewing";
    report(
      r,
      "status",
      (key) =>
        `${key} ${quoteValue(status)} says no interview yet, but ${k.interviewDate} is set: set ${key} to ${interviewing} (or another interviewing status) for its follow-ups`,
    );
  }
  for (const p of note.interviewers) {
    if (p.badEmail)
      report(r, "interviewers", (key) => `${key}: ${quoteValue(p.email)} is not an email address (${p.name})`);
  }
  if (note.interviewers.length > 0) {
    for (const t of note.thanked) {
      if (!note.interviewers.some((p) => samePerson(p, t)))
        report(r, "thanked", (key) => `${key}: ${quoteValue(t.name)} is not among the ${k.interviewers}`);
    }
  }
  if (asText(values[INDEX.followUp2]) !== undefined && asText(values[INDEX.followUp1]) === undefined) {
    report(r, "followUp2", (key) => `${key} is set but ${k.followUp1} is not`);
  }
}

/** What one round records, in the order a rounds line lists it (`thanked` is dated by `thankedOn`). */
export const ROUND_FIELDS = fieldsWith((f) => f.round) as RoundField[];

/** The date a round field holds on this note, if it is one. */
function roundDate(note: InterviewNote, field: Exclude<RoundField, "thanked">): When | undefined {
  const value = note[field];
  return value === undefined ? undefined : "at" in value ? value : value.date;
}

/**
 * Sets aside what an earlier round recorded, for a note whose interview date moved on: a step or
 * date before the current interview's day, and the thanked names when `thanked_on` is such a date.
 */
function setAsideEarlierRound(r: Reader, note: InterviewNote, values: unknown[]): void {
  const interview = note.interview;
  if (!interview || note.phase !== "interviewing") return;
  const day = dayOf(interview.at);
  let earlier: EarlierRecord[] | undefined;
  const aside = (field: RoundField): void => {
    (earlier ??= []).push({
      field,
      key: r.lookup.keyOf(r.frontmatter, field),
      text: asText(values[INDEX[field]]) ?? "",
    });
  };
  for (const field of ROUND_FIELDS) {
    if (field === "thanked") continue;
    const when = roundDate(note, field);
    if (!when || dayOf(when.at) >= day) continue;
    if (field === "thankedOn" && note.thanked.length > 0) {
      aside("thanked");
      note.thanked = [];
    }
    aside(field);
    note[field] = undefined;
  }
  if (earlier) note.earlier = earlier;
}

/**
 * The steps the note's literal below sets by name: a store by name is several times faster than
 * `note[field] =` with the name in a variable, and it runs for every note (the benchmark's
 * schema row). A step added to FIELDS later is set by the loop after the literal: correct, and
 * a little slower until it is named here too.
 */
const NAMED_STEPS: readonly StepField[] = ["debriefed", "referencesInformed", "followUp1", "followUp2", "replied"];
const OTHER_STEPS = STEP_FIELDS.filter((f) => !NAMED_STEPS.includes(f));
/** How many earlier rounds a note keeps; most keep none, and no list is made for them. */
function roundsKept(values: readonly unknown[]): number {
  return values[INDEX.rounds] === undefined ? 0 : asList(values[INDEX.rounds]).length;
}

/** A text field's value, "" when absent. */
function textOf(values: readonly unknown[], i: number): string {
  return asText(values[i]) ?? "";
}

const NO_FRONTMATTER: Record<string, unknown> = Object.freeze({});

/** `People/Acme` for `[[People/Acme|Acme]]`; nothing for plain text (most values: no parse). */
function linkTargetOf(text: string | undefined): string | undefined {
  return text !== undefined && text.includes("[[") ? parseLink(text)?.target : undefined;
}

/**
 * Where the application stands: its status's class, else worked out from the dates. Only an
 * interview needs a date (an application, a closed one included, may never have had one): a
 * missing one is reported.
 */
function phaseOf(
  r: Reader,
  values: unknown[],
  statusClass: StatusClass | undefined,
  appliedOn: When | undefined,
  unplaced: boolean,
): StatusClass {
  const hasInterviewDate = asText(values[INDEX.interviewDate]) !== undefined;
  const phase: StatusClass = statusClass ?? (!hasInterviewDate && appliedOn ? "applied" : "interviewing");
  if (!hasInterviewDate && phase === "interviewing" && !unplaced) reportNoInterviewDate(r);
  return phase;
}

function reportNoInterviewDate(r: Reader): void {
  const key = r.lookup.settings.keys.interviewDate;
  (r.problems ??= []).push({
    file: r.file,
    key,
    message: `${key} is missing, so no follow-ups can be worked out: log the interview (Log an interview, or job-journal interview)`,
    fix: "log-interview",
  });
}

/**
 * A status that says only "going on" (Active) is interviewing once an interview is dated; so is
 * any applied status in a vault that has no word for interviewing (the dates carry the stage).
 */
function classWithDates(
  cls: StatusClass | undefined,
  status: string,
  interview: When | undefined,
  lookup: KeyLookup,
): StatusClass | undefined {
  return cls === "applied" && interview !== undefined && lookup.datesSayInterviewing(status) ? "interviewing" : cls;
}

/**
 * Who was thanked: the names listed, or everyone when the vault keeps it as a checkbox
 * (`thank_you_sent: true`, `Dankesmail: true`): every interviewer, or the team when none is named.
 */
function thankedList(value: unknown, interviewers: Person[]): Person[] {
  if (value === false) return [];
  if (value !== true) return personList(undefined, value, "thanked");
  return interviewers.length > 0 ? [...interviewers] : [parsePerson("the team")];
}

/** How they prefer to be followed up with: email unless the note says phone. */
function channelOf(r: Reader, values: unknown[]): Channel {
  const pref = (asText(values[INDEX.contactPreference]) ?? "").toLowerCase();
  if (pref === "phone" || pref === "call" || pref === "phone call") return "phone";
  if (pref !== "" && pref !== "email" && pref !== "e-mail" && pref !== "mail")
    report(r, "contactPreference", (key) => `${key} ${quoteValue(pref)} should be email or phone; using email`);
  return "email";
}

/** Reads an interview note's frontmatter. Never throws; what it cannot use is a problem. */
export function readInterviewNote(
  file: string,
  frontmatter: Record<string, unknown> | undefined,
  lookup: KeyLookup,
): ReadResult {
  const fm = frontmatter ?? NO_FRONTMATTER;
  const r: Reader = { file, frontmatter: fm, lookup, problems: undefined };
  const values = lookup.read(fm);
  const statusText = textOf(values, INDEX.status);
  const status = statusText.toLowerCase();
  const interview = dateField(r, values, INDEX.interviewDate);
  const statusClass = classWithDates(status === "" ? undefined : lookup.classOf(status), status, interview, lookup);
  const appliedOn = dateField(r, values, INDEX.appliedOn);
  const unplaced = status !== "" && statusClass === undefined;
  const phase = phaseOf(r, values, statusClass, appliedOn, unplaced);
  const channel = channelOf(r, values);
  const interviewers = personList(r, values[INDEX.interviewers], "interviewers");
  // Every field set, absent ones to undefined: one shape for every note keeps the rules' reads fast.
  const note: InterviewNote = {
    file,
    company: displayText(asText(values[INDEX.company]) ?? "") || noteTitle(file),
    companyLink: linkTargetOf(asText(values[INDEX.company])),
    role: textOf(values, INDEX.role),
    stage: textOf(values, INDEX.stage),
    interview,
    interviewers,
    channel,
    thanked: thankedList(values[INDEX.thanked], interviewers),
    debriefed: recordedField(r, values, INDEX.debriefed),
    references: peopleTyped(r, values[INDEX.references], "references"),
    referencesInformed: recordedField(r, values, INDEX.referencesInformed),
    followUp1: recordedField(r, values, INDEX.followUp1),
    followUp2: recordedField(r, values, INDEX.followUp2),
    replied: recordedField(r, values, INDEX.replied),
    status,
    statusText,
    statusClass,
    phase,
    unplaced,
    closed: phase === "closed" || phase === "offer",
    appliedOn,
    earlier: NO_EARLIER,
    postingUrl: textOf(values, INDEX.postingUrl),
    location: textOf(values, INDEX.location),
    salary: textOf(values, INDEX.salary),
    earlierRounds: roundsKept(values),
  };
  for (const field of OTHER_STEPS) note[field] = recordedField(r, values, INDEX[field]);
  for (const field of WHEN_FIELDS) note[field] = dateField(r, values, INDEX[field]);
  setAsideEarlierRound(r, note, values);
  checkConsistency(r, note, values);
  return { note, problems: r.problems ?? NO_PROBLEMS };
}
