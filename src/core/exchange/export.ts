import Papa from "papaparse";
import type { InterviewNote, Recorded } from "../notes/schema";
import { formatWhen, type WallTime, type When } from "../lib/time";

/**
 * One row per application, in a CSV that Excel, Sheets and Numbers open as it is: UTF-8 with a
 * byte-order mark (Excel reads a file without one as the system's code page), CRLF line ends,
 * every cell quoted where it needs to be, and no cell a spreadsheet would run: one that starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a `'` in front (Papa Parse's
 * `escapeFormulae`, as OWASP's CSV-injection advice says), which an import here takes off again.
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
  "Thank-yous sent",
  "Follow-ups sent",
  "Replied",
  "Decision by",
  "Follow up on",
  "Posting URL",
  "Location",
  "Salary",
  "Note",
] as const;

const when = (w: When | undefined): string => (w ? formatWhen(w) : "");
const recorded = (r: Recorded | undefined): string => (r === undefined ? "" : r.date ? formatWhen(r.date) : "yes");

/** The rows, in the order of EXPORT_COLUMNS: one per application note, by company and role. */
export function exportRows(notes: Iterable<InterviewNote>, now: WallTime): string[][] {
  const rows: string[][] = [];
  for (const note of notes) {
    const held = note.earlierRounds + (note.interview && note.interview.at <= now ? 1 : 0);
    rows.push([
      note.company,
      note.role,
      note.statusText,
      note.unplaced ? "" : note.phase,
      when(note.appliedOn),
      when(note.interview),
      note.stage,
      String(held),
      note.interviewers.map((p) => p.raw).join("; "),
      String(note.thanked.length),
      String((note.followUp1 ? 1 : 0) + (note.followUp2 ? 1 : 0)),
      recorded(note.replied),
      when(note.decisionBy),
      when(note.followUpOn),
      note.postingUrl,
      note.location,
      note.salary,
      note.file,
    ]);
  }
  return rows.sort((a, b) => `${a[0]}\u0000${a[1]}\u0000${a[17]}`.localeCompare(`${b[0]}\u0000${b[1]}\u0000${b[17]}`));
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
