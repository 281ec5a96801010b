import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { exportRows, noteExtras, toCsv } from "../../core/exchange/export";
import { readYaml } from "../../core/notes/read-yaml";
import { plural } from "../../core/follow-ups/describe";
import type { InterviewNote } from "../../core/notes/schema";
import { CONFIG_OPTION, NOW_OPTION, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";
import { readNoteStable, writeNoteSafely, type NoteRead } from "../safe-write";
import { readVaultCommand } from "../vault-command";

export const exportSpec: CommandSpec = {
  name: "export",
  summary: "write every application as a row of a CSV file for Excel, Sheets or Numbers",
  description:
    "One row per application note: company, role, your status word and its class, every date and step (who was " +
    "thanked and when, follow-ups, debrief, references, reply, snooze, earlier rounds), the posting and the note's " +
    "text, so that an import gives the same follow-ups back. UTF-8 with a byte-order mark and CRLF line ends, so " +
    "Excel opens it as it is; a cell that starts with = + - or @ gets a ' in front, so no spreadsheet runs it. " +
    "`job-journal import` reads the file back.",
  args: [VAULT_ARG],
  options: [
    { flags: "--out <file>", description: "write the CSV to this file instead of stdout", completeFile: true },
    NOW_OPTION,
    CONFIG_OPTION,
  ],
  examples: ["job-journal export ~/notes --out ~/job-search.csv", "job-journal export ~/notes > applications.csv"],
  run: exportCommand,
};

export function exportCommand(input: CommandInput, io: CliIo): number {
  const { entries, now, vault, settings, people } = readVaultCommand(input, io);
  const notes = entries.flatMap((e): InterviewNote[] => (e.note ? [e.note] : []));
  // The whole note, not the head the index reads: its text is a column.
  const extras = (file: string) => noteExtras(readFileSync(join(vault, file), "utf8"), settings.keys.rounds, readYaml);
  const rows = exportRows(notes, now, extras, people);
  const csv = toCsv(rows);
  const out = input.opts.out as string | undefined;
  if (out === undefined) {
    io.out(csv);
    return 0;
  }
  // Written as notes are: a temporary file renamed over the old one, never half a file.
  const old: NoteRead | undefined = existsSync(out) ? readNoteStable(out) : undefined;
  mkdirSync(dirname(resolve(out)), { recursive: true });
  writeNoteSafely(out, old, csv, io.writeHooks);
  io.err(`Wrote ${plural(rows.length, "application")} to ${out}.\n`);
  return 0;
}
