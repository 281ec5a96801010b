import { renderScalar, type FrontmatterEdit } from "../editing/frontmatter-edit";
import type { ParseYaml } from "../notes/read-properties";
import { describeEdits } from "../editing/actions";
import { completion, type NoteToComplete } from "./complete-notes";
import { interviewNoteName, uniqueNotePath } from "../drafts/note-names";
import { applicationKey } from "../notes/application-key";
import { peopleEntries } from "../notes/people";
import { KeyLookup } from "../notes/schema";
import { classifyStatus, normaliseStatus, statusFor, vaultSpelling } from "../settings/status-words";
import type { Settings, StatusClass } from "../settings/settings";
import { STATUS_CLASSES } from "../settings/settings";
import { FIELD_NAMES, type KeyField } from "../settings/fields";
import { DATE_TARGETS, IMPORT_TARGETS, STEP_TARGETS, type ColumnPlan, type ImportTarget } from "./columns";
import { dayOrder, isAmbiguous, sheetDate, type DayOrder } from "./sheet-dates";
import type { SheetRow } from "./sheet";

/**
 * From a spreadsheet's rows to notes: one note per row, named and laid out as New interview note
 * does, in the vault's property names and its own words for each status class. Nothing is
 * overwritten: a row whose application already has a note (same company and role, from an
 * earlier import or typed by hand) is listed, not written; a row that cannot be read is listed
 * with its line and why, and the rest go ahead.
 */

/** How many of the first notes a review shows as they will be written. */
export const PREVIEW_NOTES = 3;

export interface ImportChoices {
  columns: ColumnPlan[];
  /** How `3/4/2026` reads in this file; asked once when the file's dates do not say. */
  dayOrder?: DayOrder;
  /** A class for each status value (normalised), where the user chose one or the classifier did not. */
  statusClasses?: Record<string, StatusClass | "none">;
  folder: string;
}

export interface StatusValue {
  value: string;
  rows: number;
  class?: StatusClass;
  /**
   * The word its notes get: a value the vault lists keeps its word (rejected, not just closed),
   * in the vault's spelling; any other, the vault's own word for its class.
   */
  written?: string;
  /** A word that could mean waiting or closed (`No reply`): asked, never placed. */
  unsure?: true;
}

export interface PlannedNote {
  line: number;
  path: string;
  text: string;
  company: string;
  role: string;
}

export interface ImportPlan {
  notes: PlannedNote[];
  /** Rows whose application has a note already, which lacks nothing the row says: not written again. */
  existing: { line: number; path: string }[];
  /** Rows whose application has a note that lacks what the row says: filled in, nothing overwritten. */
  completes: { line: number; path: string; edits: FrontmatterEdit[]; summary: string }[];
  skipped: { line: number; why: string }[];
  /** Total and summary rows at the end of a sheet (`TOTAL,,7`): no application, and no error. */
  totals: { line: number; text: string }[];
  /** Notes written that will need a hand: an interview status with no interview date to follow. */
  warnings: { line: number; path: string; why: string }[];
  statusValues: StatusValue[];
  /** The file's `3/4/2026` dates do not say which number is the day, and no choice was given. */
  needsDayOrder: boolean;
}

/** An application note already in the vault, as the import matches rows to it. */
export interface KnownApplication {
  path: string;
  company: string;
  role: string;
  /** The posting's address: two postings of one company and role are two applications. */
  url?: string;
  /** What the note has, for a row that completes it (see complete-notes.ts); absent: never completed. */
  has?: NoteToComplete;
}

function cellsOf(row: SheetRow, columns: ColumnPlan[], target: ImportTarget): string[] {
  return columns
    .filter((c) => c.target === target)
    .map((c) => (row.cells[c.index] ?? "").trim())
    .filter((v) => v !== "");
}

/**
 * Every distinct status value of the file, with its class: as chosen, else as the vault's
 * settings place it, else as a person would read it (the mapping's classifier).
 */
export function statusValues(rows: readonly SheetRow[], choices: ImportChoices, settings: Settings): StatusValue[] {
  return [...statusesByKey(rows, choices, settings).values()];
}

/** Words that could mean waiting or closed: no reply yet, or none to come. */
const UNSURE =
  /^(no (reply|response|answer|news)( yet)?|keine antwort|sans réponse|sin respuesta|sem resposta|nessuna risposta|geen reactie|無回答|连络なし|没回复|응답 없음)$/;

/** The status values by their normalised text (how a row's status is matched to its value). */
function statusesByKey(
  rows: readonly SheetRow[],
  choices: ImportChoices,
  settings: Settings,
): Map<string, StatusValue> {
  const lookup = new KeyLookup(settings);
  const counts = new Map<string, StatusValue>();
  for (const row of rows) {
    if (totalRow(row) !== undefined) continue;
    for (const value of cellsOf(row, choices.columns, "status")) {
      const key = normaliseStatus(value);
      const known = counts.get(key);
      if (known) {
        known.rows++;
        continue;
      }
      const chosen = choices.statusClasses?.[key];
      const listed = lookup.classOf(value.toLowerCase());
      // `No reply` can mean still waiting or given up: asked, never placed.
      const read = listed ?? (UNSURE.test(normaliseStatus(value)) ? undefined : classifyStatus(value));
      const cls = chosen === "none" ? undefined : (chosen ?? read);
      const written = cls && (listed === cls ? vaultSpelling(value, settings) : statusFor(cls, settings));
      const unsure = !cls && !chosen && !listed && UNSURE.test(key) ? { unsure: true as const } : {};
      counts.set(key, { value, rows: 1, ...(cls ? { class: cls, written } : {}), ...unsure });
    }
  }
  return counts;
}

/** The values of the file's date columns that decide how `3/4/2026` reads. */
function dateValues(rows: readonly SheetRow[], columns: ColumnPlan[]): string[] {
  return rows
    .filter((r) => totalRow(r) === undefined)
    .flatMap((r) => columns.filter((c) => DATE_TARGETS.has(c.target)).map((c) => r.cells[c.index] ?? ""));
}

type Values = Partial<Record<ImportTarget, string>> & {
  /** Date cells that are no date: kept in the note's text, and listed. */
  unreadable?: { header: string; cell: string; error: string }[];
  /** The end of a date range, as a line of the note's text. */
  ends?: string[];
};

/** Notion's relation cells: `Maya Chen (https://www.notion.so/Maya-Chen-1a2b…)` is Maya Chen. */
function withoutNotionLinks(cell: string): string {
  return cell.replace(/\s*\(https?:\/\/(?:www\.)?notion\.so\/[^)\s]*\)/g, "").trim();
}

/** A row's values by target, dates as notes write them; the first problem when one cannot be read. */
function readRow(row: SheetRow, choices: ImportChoices, order: DayOrder | undefined): Values {
  const values: Values = {};
  for (const c of choices.columns) {
    const cell = withoutNotionLinks(row.cells[c.index] ?? "");
    if (cell === "" || c.target === "skip" || c.target === "body" || c.target === "notes" || c.target === "salary")
      continue;
    // A step is a date, or just a yes (this tool's export writes "yes" for a step with no date).
    if (STEP_TARGETS.has(c.target) && /^(yes|y|true|x|✓|✔)$/i.test(cell)) {
      values[c.target] = "yes";
      continue;
    }
    if (DATE_TARGETS.has(c.target)) {
      // A cell that is no date loses no other cell: it is kept in the note's text, and said.
      const date = sheetDate(cell, order);
      if ("error" in date) (values.unreadable ??= []).push({ header: c.header, cell, error: date.error });
      else {
        values[c.target] = date.value;
        if (date.end) (values.ends ??= []).push(`${c.header.trim() || "Date"} ends: ${date.end}`);
      }
    } else values[c.target] = cell;
  }
  const salary = cellsOf(row, choices.columns, "salary");
  if (salary.length > 0) values.salary = salary.join(" – ");
  return values;
}

/** `Jane Doe <jane@acme.io>` when one contact and one email are given; each as given otherwise. */
function people(values: Values): string[] {
  const names = values.interviewers ? peopleEntries([values.interviewers]).entries : [];
  const emails = (values.contactEmail ?? "").split(/[;,\s]+/).filter((e) => e.includes("@"));
  if (names.length === 1 && emails.length === 1 && !(names[0] ?? "").includes("@"))
    return [`${names[0] ?? ""} <${emails[0] ?? ""}>`];
  return [...names, ...emails.filter((e) => !names.some((n) => n.includes(e)))];
}

interface Placed {
  cls: StatusClass;
  /** The status the note gets. */
  status: string;
}

/**
 * The row's class and status word, or why it makes no note: no company, or a status in no class.
 * A row without a status is placed by its dates.
 */
function place(values: Values, statuses: Map<string, StatusValue>, settings: Settings): Placed | { why: string } {
  if ((values.company ?? "") === "") return { why: "no company" };
  if (values.status !== undefined) {
    const known = statuses.get(normaliseStatus(values.status));
    if (known?.class && known.written) return { cls: known.class, status: known.written };
    return known?.unsure
      ? { why: `status "${values.status}" could mean still waiting or closed: say which (applied or closed)` }
      : { why: `status "${values.status}" is in no class (choose one: ${STATUS_CLASSES.join(", ")})` };
  }
  const cls: StatusClass = values.interviewDate ? "interviewing" : values.appliedOn ? "applied" : "considering";
  return { cls, status: statusFor(cls, settings) };
}

/** A row's values and its place, or why it makes no note. */
function readPlaced(
  row: SheetRow,
  choices: ImportChoices,
  order: DayOrder | undefined,
  statuses: Map<string, StatusValue>,
  settings: Settings,
): { values: Values; placed: Placed } | { why: string } {
  const values = readRow(row, choices, order);
  const placed = place(values, statuses, settings);
  return "why" in placed ? placed : { values, placed };
}

const LISTS: Partial<Record<KeyField, (cell: string) => readonly string[]>> = {
  thanked: (cell) => peopleEntries([cell]).entries,
  references: (cell) => peopleEntries([cell]).entries,
  rounds: (cell) =>
    cell
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter((l) => l !== ""),
};

/** The properties written before the status line, in New interview note's order. */
const BEFORE_STATUS: readonly KeyField[] = [
  "type",
  "company",
  "role",
  "stage",
  "interviewDate",
  "interviewers",
  "status",
];

/** The properties after the status: the applied date, then every other one an import reads, in fields.ts's order. */
const AFTER_STATUS: readonly KeyField[] = [
  "appliedOn",
  ...FIELD_NAMES.filter(
    (f) => f !== "appliedOn" && !BEFORE_STATUS.includes(f) && (IMPORT_TARGETS as readonly string[]).includes(f),
  ),
];

/** The note's text: the schema's properties in New interview note's order, then the row's text. */
function noteText(
  row: SheetRow,
  values: Values,
  status: string,
  choices: ImportChoices,
  settings: Settings,
  parse: ParseYaml,
): string {
  const k = settings.keys;
  const line = (key: string, value: string) => `${key}: ${renderScalar(value, "block", parse)}`;
  const lines: string[] = [];
  if (settings.typeValue !== "") lines.push(line(k.type, settings.typeValue));
  const scalar: [KeyField, string | undefined][] = [
    ["company", values.company],
    ["role", values.role],
    ["stage", values.stage],
    ["interviewDate", values.interviewDate],
  ];
  for (const [field, value] of scalar) if (value) lines.push(line(k[field], value));
  const who = people(values);
  if (who.length > 0) lines.push(`${k.interviewers}:`, ...who.map((p) => `  - ${renderScalar(p, "block", parse)}`));
  lines.push(line(k.status, status));
  for (const field of AFTER_STATUS) {
    const value = values[field as ImportTarget];
    if (!value) continue;
    // People and rounds are lists, as the notes keep them: `a; b` in a cell, or a round a line.
    if (LISTS[field])
      lines.push(`${k[field]}:`, ...LISTS[field](value).map((v) => `  - ${renderScalar(v, "block", parse)}`));
    else lines.push(line(k[field], value));
  }
  const body: string[] = [];
  const notes = cellsOf(row, choices.columns, "notes");
  if (notes.length > 0) body.push(notes.join("\n\n"));
  const other = choices.columns.filter((c) => c.target === "body" && (row.cells[c.index] ?? "").trim() !== "");
  const textLines = [
    ...other.map((c) => `- ${c.header.trim() || `Column ${c.index + 1}`}: ${(row.cells[c.index] ?? "").trim()}`),
    ...(values.unreadable ?? []).map((u) => `- ${u.header.trim() || "Date"}: ${u.cell}`),
    ...(values.ends ?? []).map((e) => `- ${e}`),
  ];
  if (textLines.length > 0) body.push(textLines.join("\n"));
  return `---\n${lines.join("\n")}\n---\n${body.length > 0 ? `\n${body.join("\n\n")}\n` : ""}`;
}

/** What a written note will need a hand with: an interview with no date, a date that is none. */
function rowWarnings(line: number, path: string, values: Values, placed: Placed): ImportPlan["warnings"] {
  const out: ImportPlan["warnings"] = (values.unreadable ?? []).map((u) => ({
    line,
    path,
    why: `${u.header}: ${u.error}; kept in the note's text`,
  }));
  if (placed.cls === "interviewing" && !values.interviewDate)
    out.push({
      line,
      path,
      why: "an interview with no date: log it (Log an interview, or job-journal interview) for its follow-ups",
    });
  return out;
}

/**
 * A total or summary row (`TOTAL,,7`, `Total: 2 applications`, `Average`): its first cell says so
 * and holds at most a count after the word. A company named "Total Wine" is none.
 */
const TOTAL =
  /^(grand total|sub-?total|totals?|sum|summe|gesamt|insgesamt|count|average|avg|mean)\b\s*:?\s*(\d[\d.,]*(\s+\p{L}+)?)?$/iu;

function totalRow(row: SheetRow): string | undefined {
  const first = row.cells.map((c) => c.trim()).find((c) => c !== "");
  return first !== undefined && TOTAL.test(first) ? row.cells.filter((c) => c.trim() !== "").join(", ") : undefined;
}

/**
 * The applications already noted, as rows are matched to them: the same company and role, unless
 * both give a posting and they differ (two postings are two applications); the same posting is
 * the same application whatever its role is called.
 */
class KnownNotes {
  private readonly byKey = new Map<string, KnownApplication[]>();
  private readonly byUrl = new Map<string, KnownApplication>();

  constructor(known: readonly KnownApplication[]) {
    for (const a of known) this.add(a);
  }

  add(a: KnownApplication): void {
    const key = applicationKey(a.company, a.role);
    this.byKey.set(key, [...(this.byKey.get(key) ?? []), a]);
    const url = postingKey(a.url);
    if (url) this.byUrl.set(url, a);
  }

  find(company: string, role: string, url: string | undefined): KnownApplication | undefined {
    const posting = postingKey(url);
    const byUrl = posting ? this.byUrl.get(posting) : undefined;
    if (byUrl) return byUrl;
    const same = this.byKey.get(applicationKey(company, role)) ?? [];
    return same.find((a) => !posting || !postingKey(a.url));
  }
}

/** Query parameters that say where a click came from, not which posting it is. */
const TRACKING = /^(utm_\w+|trk|trkinfo|refid|trackingid|ref|source|src|gclid|fbclid)$/i;

/** A posting's address as one posting: no scheme, `www.`, fragment, trailing slash or tracking parameters. */
function postingKey(url: string | undefined): string | undefined {
  const text = url?.trim();
  if (!text || !/^(https?:\/\/|www\.)/i.test(text)) return undefined;
  const [path = "", query = ""] = text
    .replace(/#.*$/, "")
    .replace(/^https?:\/\//i, "")
    .replace(/^www\./i, "")
    .split("?");
  const kept = query.split("&").filter((p) => p !== "" && !TRACKING.test(p.split("=")[0] ?? ""));
  return `${path.toLowerCase().replace(/\/+$/, "")}${kept.length > 0 ? `?${kept.sort().join("&")}` : ""}`;
}

/** What importing these rows would write, and what it would not, with why. */
export function planImport(
  rows: readonly SheetRow[],
  choices: ImportChoices,
  known: readonly KnownApplication[],
  exists: (path: string) => boolean,
  settings: Settings,
  parse: ParseYaml,
): ImportPlan {
  const dates = dateValues(rows, choices.columns);
  const fileOrder = dayOrder(dates);
  const order = choices.dayOrder ?? (fileOrder === "conflict" ? undefined : fileOrder);
  const statuses = statusesByKey(rows, choices, settings);
  const plan: ImportPlan = {
    notes: [],
    existing: [],
    completes: [],
    skipped: [],
    warnings: [],
    statusValues: [...statuses.values()],
    totals: [],
    needsDayOrder: order === undefined && dates.some(isAmbiguous),
  };
  const known_ = new KnownNotes(known);
  const planned = new Set<string>();
  for (const row of rows) {
    const total = totalRow(row);
    if (total !== undefined) {
      plan.totals.push({ line: row.line, text: total });
      continue;
    }
    const read = readPlaced(row, choices, order, statuses, settings);
    if ("why" in read) {
      plan.skipped.push({ line: row.line, why: read.why });
      continue;
    }
    const { values, placed } = read;
    const [company, role] = [values.company ?? "", values.role ?? ""];
    const already = known_.find(company, role, values.postingUrl);
    if (already !== undefined) {
      const facts = { appliedOn: values.appliedOn, postingUrl: values.postingUrl, ...placed };
      const edits = already.has ? completion(already.has, facts, settings) : [];
      if (edits.length > 0)
        plan.completes.push({ line: row.line, path: already.path, edits, summary: describeEdits(edits) });
      else plan.existing.push({ line: row.line, path: already.path });
      continue;
    }
    const date = (values.interviewDate ?? values.appliedOn ?? "").slice(0, 10);
    const name = interviewNoteName({ date, company, role, stage: values.stage ?? "" });
    const path = uniqueNotePath(choices.folder, name, (p) => exists(p) || planned.has(p));
    planned.add(path);
    known_.add({ path, company, role, url: values.postingUrl });
    const text = noteText(row, values, placed.status, choices, settings, parse);
    plan.notes.push({ line: row.line, path, text, company, role });
    plan.warnings.push(...rowWarnings(row.line, path, values, placed));
  }
  return plan;
}
