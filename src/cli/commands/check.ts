import { compareProblems } from "../../core/follow-ups/engine";
import { suggestConfig } from "../../core/mapping/suggest-config";
import { defaultSettings, type Settings } from "../../core/settings/settings";
import { vaultArg } from "../common";
import { CONFIG_OPTION, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import { paintFor } from "../colour";
import type { CliIo } from "../io";
import { withLines } from "../problem-lines";
import { escapeControls } from "../terminal";
import { settingsFor } from "../settings-file";
import { readVault } from "../vault";
import { nothingFound } from "./due";
import { vaultSamples, vaultTemplateFolders } from "./suggest-config";

export const checkSpec: CommandSpec = {
  name: "check",
  summary: "list every problem in the application notes, with file and line",
  description:
    "Reads every application note and lists what the follow-ups cannot be computed from: dates that are not dates, " +
    "unknown statuses, people written twice, invalid YAML. Exits 1 when there is any problem, or no application note " +
    "to check (said with why), so it can run as a git pre-commit hook. For notes read under your own names, it also lists the mapping's doubts (a second property " +
    "that reads like a status, a property called only Date, a typo-like status, inline fields), which do not count " +
    "as problems.",
  args: [VAULT_ARG],
  options: [{ flags: "--json", description: "print the problems as JSON" }, CONFIG_OPTION],
  examples: ["job-journal check ~/notes", "job-journal check . || echo 'fix the notes above'"],
  run: checkCommand,
};

/**
 * Every schema problem of every interview note, with file and line; exit 1 when there is any,
 * so it can run as a git pre-commit hook. The same problems the sidebar lists under Needs attention.
 */
export function checkCommand({ args, opts: values }: CommandInput, io: CliIo): number {
  const vault = vaultArg(args[0]);
  const settings = settingsFor(vault, values.config as string | undefined);
  const { entries, notesRead } = readVault(vault, settings);
  const problems = withLines(
    vault,
    entries.flatMap((e) => e.problems),
  );
  problems.sort(compareProblems);
  // Every interview note looked at, the ones that could not be read included.
  const notes = entries.length;
  if (values.json) {
    io.out(
      `${JSON.stringify({ notes, problems: problems.map((p) => ({ file: p.file, line: p.line ?? null, key: p.key ?? null, message: p.message })) }, null, 2)}\n`,
    );
  } else if (notes === 0) {
    // Nothing was checked: saying "no problems" would pass a vault nothing here can read.
    io.out(`${nothingFound(vault, notesRead, settings)}\n`);
    return 1;
  } else if (problems.length === 0) {
    io.out(`No problems in ${notes} application note${notes === 1 ? "" : "s"}.\n`);
  } else {
    const paint = paintFor(io.colour);
    for (const p of problems)
      io.out(`${paint.bold(escapeControls(`${p.file}${p.line ? `:${p.line}` : ""}`))}: ${escapeControls(p.message)}\n`);
    io.out(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${new Set(problems.map((p) => p.file)).size} of ${notes} application notes.\n`,
    );
  }
  if (!values.json) {
    const doubts = mappingDoubts(vault, settings);
    if (doubts.length > 0) io.out(`\nThe mapping's doubts (${doubts.length}):\n`);
    for (const d of doubts) io.out(`  ${escapeControls(d)}\n`);
  }
  // Nothing checked is not a pass, in JSON as in text.
  return problems.length === 0 && notes > 0 ? 0 : 1;
}

/**
 * For a vault read under its own names: what mapping it again cannot decide (a second
 * status-like property, a property called only Date, a typo, inline fields). Said, not counted:
 * they are not problems in a note.
 */
function mappingDoubts(vault: string, settings: Settings): string[] {
  const defaults = defaultSettings();
  const mapped =
    settings.keys.status !== defaults.keys.status ||
    settings.interviewFolders.length > 0 ||
    settings.typeValue !== defaults.typeValue;
  if (!mapped) return [];
  const { review } = suggestConfig(vaultSamples(vault), settings, {
    templateFolders: vaultTemplateFolders(vault),
    fresh: true,
  });
  return review.doubts;
}
