import { compareProblems } from "../../core/engine";
import { vaultArg } from "../common";
import { CONFIG_OPTION, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import { paintFor } from "../colour";
import type { CliIo } from "../io";
import { withLines } from "../problem-lines";
import { escapeControls } from "../terminal";
import { settingsFor } from "../settings-file";
import { readVault } from "../vault";

export const checkSpec: CommandSpec = {
  name: "check",
  summary: "list every problem in the interview notes, with file and line",
  description:
    "Reads every interview note and lists what the follow-ups cannot be computed from: dates that are not dates, " +
    "unknown statuses, people written twice, invalid YAML. Exits 1 when there is any problem, so it can run as a git " +
    "pre-commit hook.",
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
  const { entries } = readVault(vault, settings);
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
  } else if (problems.length === 0) {
    io.out(`No problems in ${notes} interview note${notes === 1 ? "" : "s"}.\n`);
  } else {
    const paint = paintFor(io.colour);
    for (const p of problems)
      io.out(`${paint.bold(escapeControls(`${p.file}${p.line ? `:${p.line}` : ""}`))}: ${escapeControls(p.message)}\n`);
    io.out(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in ${new Set(problems.map((p) => p.file)).size} of ${notes} interview notes.\n`,
    );
  }
  return problems.length === 0 ? 0 : 1;
}
