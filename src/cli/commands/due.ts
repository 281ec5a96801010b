import { followUpReport, reportToJson } from "../../core/follow-ups/engine";
import { formatDateTime } from "../../core/lib/time";
import { CONFIG_OPTION, NOW_OPTION, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import { paintFor } from "../colour";
import type { CliIo } from "../io";
import { DEFAULT_COLUMNS, formatReport } from "../print-due";
import { withLines } from "../problem-lines";
import { readVaultCommand } from "../vault-command";
import { plural } from "../../core/follow-ups/describe";
import { suggestConfig } from "../../core/mapping/suggest-config";
import type { Settings } from "../../core/settings/settings";
import { vaultSamples, vaultTemplateFolders } from "./suggest-config";

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
  if (entries.length === 0) io.err(`${nothingFound(vault, notesRead, settings)}\n`);
  return 0;
}

/**
 * When no note is read as an application: why, and the one next step. The notes are mapped
 * to tell which: a vault under its own names has a mapping to make; one with no status anywhere
 * has nothing to map, and is told what an application note needs.
 */
export function nothingFound(vault: string, notesRead: number, settings: Settings): string {
  if (notesRead === 0) return `${vault} holds no notes (.md files): is it the folder of your vault?`;
  const found = `No application notes found in ${plural(notesRead, "note")}`;
  const { review } = suggestConfig(vaultSamples(vault), settings, { templateFolders: vaultTemplateFolders(vault) });
  if (review.status)
    return (
      `${found}: they keep applications under their own names (a status in "${review.status.key}"). ` +
      `Map them once: job-journal suggest-config ${shellWord(vault)} > job-journal.json, then add --config job-journal.json.`
    );
  return (
    `${found}, and none has a property that reads like an application's status. ` +
    `Give each application note a status (status: applied) and type: ${settings.typeValue}, ` +
    "or create notes from the Obsidian plugin's New interview note or with job-journal import."
  );
}

/** A path as one shell word, quoted where it needs to be. */
function shellWord(path: string): string {
  return /^[\w./~-]+$/.test(path) ? path : `'${path.replace(/'/g, "'\\''")}'`;
}
