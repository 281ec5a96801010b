import { followUpReport, reportToJson } from "../../core/engine";
import { formatDateTime } from "../../core/time";
import type { CliIo } from "../io";
import { DEFAULT_COLUMNS, formatReport } from "../print-due";
import { withLines } from "../problem-lines";
import { readVaultCommand } from "../vault-command";

export const dueUsage = "due <vault-folder> [--now YYYY-MM-DD|YYYY-MM-DDTHH:mm] [--json | --wide] [--config FILE]";

export function dueCommand(args: string[], io: CliIo): number {
  const { values, entries, people, now, settings, vault, notesRead } = readVaultCommand(args, io, { json: { type: "boolean" }, wide: { type: "boolean" } });
  const computed = followUpReport(entries, now, settings, people);
  // Problems with their lines, as check prints them.
  const report = { ...computed, problems: withLines(vault, computed.problems) };
  if (values.json === true) {
    io.out(`${JSON.stringify(reportToJson(report, formatDateTime), null, 2)}\n`);
    return 0;
  }
  // At most the terminal's width (80 when unknown or piped); --wide for the whole table.
  io.out(formatReport(report, values.wide === true ? Number.POSITIVE_INFINITY : io.columns ?? DEFAULT_COLUMNS));
  if (entries.length === 0) io.err(`${nothingFound(notesRead)}\n`);
  return 0;
}

/** When no note is an interview note, the likely reason and what to try. */
export function nothingFound(notesRead: number): string {
  return `No interview notes found in ${notesRead.toLocaleString("en")} notes: do your notes use other property names? Try \`job-journal suggest-config\`, or --config.`;
}
