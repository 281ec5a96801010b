import { parseArgs } from "node:util";
import { compareProblems } from "../../core/engine";
import { vaultArg } from "../common";
import type { CliIo } from "../io";
import { withLines } from "../problem-lines";
import { escapeControls } from "../terminal";
import { settingsFor } from "../settings-file";
import { readVault } from "../vault";

export const checkUsage = "check <vault-folder> [--json] [--config FILE]";

/**
 * Every schema problem of every interview note, with file and line; exit 1 when there is any,
 * so it can run as a git pre-commit hook. The same problems the sidebar lists under Needs attention.
 */
export function checkCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: "boolean" }, config: { type: "string" } } });
  const vault = vaultArg(positionals[0]);
  const settings = settingsFor(vault, values.config);
  const { entries } = readVault(vault, settings);
  const problems = withLines(vault, entries.flatMap((e) => e.problems));
  problems.sort(compareProblems);
  // Every interview note looked at, the ones that could not be read included.
  const notes = entries.length;
  if (values.json) {
    io.out(`${JSON.stringify({ notes, problems: problems.map((p) => ({ file: p.file, line: p.line ?? null, key: p.key ?? null, message: p.message })) }, null, 2)}\n`);
  } else if (problems.length === 0) {
    io.out(`No problems in ${notes} interview note${notes === 1 ? "" : "s"}.\n`);
  } else {
    for (const p of problems) io.out(`${escapeControls(`${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`)}\n`);
    io.out(`${problems.length} problem${problems.length === 1 ? "" : "s"} in ${new Set(problems.map((p) => p.file)).size} of ${notes} interview notes.\n`);
  }
  return problems.length === 0 ? 0 : 1;
}
