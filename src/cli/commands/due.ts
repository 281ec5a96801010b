import { followUpReport, reportToJson } from "../../core/follow-ups/engine";
import { formatDateTime } from "../../core/lib/time";
import { CONFIG_OPTION, NOW_OPTION, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import { paintFor } from "../colour";
import type { CliIo } from "../io";
import { DEFAULT_COLUMNS, formatReport } from "../print-due";
import { withLines } from "../problem-lines";
import { readVaultCommand } from "../vault-command";

export const dueSpec: CommandSpec = {
  name: "due",
  summary: "list the follow-ups that are due, soonest first",
  description:
    "Lists what to do after each interview (thank-you notes, debrief, references, follow-ups, moving on), grouped as " +
    "overdue, today and upcoming, with the notes that need attention last. The table fits the terminal; --wide prints " +
    "it whole, --json gives everything for scripts.",
  args: [VAULT_ARG],
  options: [
    NOW_OPTION,
    { flags: "--json", description: "print the items, problems and pipeline as JSON", conflicts: ["wide"] },
    { flags: "--wide", description: "print the whole table, however wide" },
    CONFIG_OPTION,
  ],
  examples: [
    "job-journal due ~/notes",
    "job-journal due ~/notes --now 2026-03-12T09:00 --wide",
    "job-journal due ~/notes --json | jq '.items[0]'",
  ],
  run: dueCommand,
};

export function dueCommand(input: CommandInput, io: CliIo): number {
  const values = input.opts;
  const { entries, people, now, settings, vault, notesRead } = readVaultCommand(input, io);
  const computed = followUpReport(entries, now, settings, people);
  // Problems with their lines, as check prints them.
  const report = { ...computed, problems: withLines(vault, computed.problems) };
  if (values.json === true) {
    io.out(`${JSON.stringify(reportToJson(report, formatDateTime), null, 2)}\n`);
    return 0;
  }
  // At most the terminal's width (80 when unknown or piped); --wide for the whole table.
  io.out(
    formatReport(
      report,
      values.wide === true ? Number.POSITIVE_INFINITY : (io.columns ?? DEFAULT_COLUMNS),
      paintFor(io.colour),
    ),
  );
  if (entries.length === 0) io.err(`${nothingFound(notesRead)}\n`);
  return 0;
}

/** When no note is an interview note, the likely reason and what to try. */
export function nothingFound(notesRead: number): string {
  return `No application notes found in ${notesRead.toLocaleString("en")} notes: do your notes use other property names? Try \`job-journal suggest-config\`, or --config.`;
}
