import Papa from "papaparse";
import type { InterviewNote, Recorded } from "../notes/schema";
import { formatWhen, type WallTime, type When } from "../lib/time";
import { findFrontmatter } from "../notes/frontmatter-block";
import type { PeopleDirectory } from "../follow-ups/engine";
import type { Person } from "../notes/people";
import { readProperties, type ParseYaml } from "../notes/read-properties";
import { asList, propertyInAnyCase } from "../notes/values";

/**
 * One row per application, in a CSV that Excel, Sheets and Numbers open as it is: UTF-8 with a
 * byte-order mark (Excel reads a file without one as the system's code page), CRLF line ends,
 * every cell quoted where it needs to be, and no cell a spreadsheet would run: one that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a `'` in front (Papa Parse's
 * `escapeFormulae`, as OWASP's CSV-injection advice says), which an import here takes off again.
 */

/**
 * The layout (docs/exchange.md): every property the rules read, each step with its date (or
 * `yes`), people as `a; b`, earlier rounds a line each, then the note's text and its path, so
 * that an import of the file into an empty vault gives back the same follow-ups.
 */
export const EXPORT_COLUMNS = [
  "Company",
  "Role",
  "Status",
  "Status class",
  "Applied on",
  "Interview date",
  "Stage",
  "Interviews held",
  "Interviewers",
  "Contact preference",
  "Thanked",
  "Thanked on",
  "Debriefed",
  "References",
  "References informed",
  "Decision by",
  "Follow up on",
  "Follow-up 1",
  "Follow-up 2",
  "Replied",
  "Snooze until",
  "Earlier rounds",
  "Posting URL",
  "Location",
  "Salary",
  "Text",
  "Note",
] as const;

/** What the properties do not say: a note's earlier rounds as written, and its text after them. */
export interface NoteExtras {
  rounds: readonly string[];
  text: string;
}

/** A date as spreadsheets read one: `2026-03-11 14:00` is a date-time to Excel, Sheets and Numbers. */
const when = (w: When | undefined): string => (w ? formatWhen(w).replace("T", " ") : "");
const recorded = (r: Recorded | undefined): string => (r === undefined ? "" : r.date ? when(r.date) : "yes");

/** A person as written, with the email their person note holds: the file carries what the vault knew. */
function withEmail(person: Person, file: string, people: PeopleDirectory | undefined): string {
  if (person.email || !person.link || !people) return person.raw;
  const email = people.emailOf(person.link.target, file);
  return email ? `${person.raw} <${email}>` : person.raw;
}

/** The rows, in the order of EXPORT_COLUMNS: one per application note, by company and role. */
export function exportRows(
  notes: Iterable<InterviewNote>,
  now: WallTime,
  extras: (file: string) => NoteExtras | undefined = () => undefined,
  people?: PeopleDirectory,
): string[][] {
  const rows: string[][] = [];
  for (const note of notes) {
    const held = note.earlierRounds + (note.interview && note.interview.at <= now ? 1 : 0);
    const more = extras(note.file);
    rows.push([
      note.company,
      note.role,
      note.statusText,
      note.unplaced ? "" : note.phase,
      when(note.appliedOn),
      when(note.interview),
      note.stage,
      String(held),
      note.interviewers.map((p) => withEmail(p, note.file, people)).join("; "),
      note.channel === "phone" ? "phone" : "",
      note.thanked.map((p) => p.raw).join("; "),
      when(note.thankedOn),
      recorded(note.debriefed),
      note.references.join("; "),
      recorded(note.referencesInformed),
      when(note.decisionBy),
      when(note.followUpOn),
      recorded(note.followUp1),
      recorded(note.followUp2),
      recorded(note.replied),
      when(note.snoozeUntil),
      (more?.rounds ?? []).join("\n"),
      note.postingUrl,
      note.location,
      note.salary,
      more?.text ?? "",
      note.file,
    ]);
  }
  const last = EXPORT_COLUMNS.length - 1;
  return rows.sort((a, b) =>
    `${a[0]}\u0000${a[1]}\u0000${a[last]}`.localeCompare(`${b[0]}\u0000${b[1]}\u0000${b[last]}`),
  );
}

/** A note's extras from its text: the rounds property (in the settings' name) and the text after the properties. */
export function noteExtras(text: string, roundsKey: string, parse: ParseYaml): NoteExtras {
  const block = findFrontmatter(text);
  const body = (block ? text.slice(block.end) : text).replace(/^\r?\n/, "").replace(/\s+$/, "");
  const read = readProperties("", text, parse);
  const rounds = read.kind === "ok" ? asList(propertyInAnyCase(read.data, roundsKey)) : [];
  return { rounds, text: body };
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  const body = Papa.unparse(
    { fields: [...EXPORT_COLUMNS], data: rows.map((r) => [...r]) },
    {
      escapeFormulae: true,
      newline: "\r\n",
    },
  );
  return `\uFEFF${body}\r\n`;
}
