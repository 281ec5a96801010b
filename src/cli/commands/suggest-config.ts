import { readFileSync } from "node:fs";
import { join } from "node:path";
import { suggestConfig, type NoteSample } from "../../core/suggest-config";
import { vaultArg } from "../common";
import { VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";
import { escapeControls } from "../terminal";
import { readFrontmatter } from "../read-frontmatter";
import { settingsFor } from "../settings-file";
import { listNotes } from "../vault";

export const suggestConfigSpec: CommandSpec = {
  name: "suggest-config",
  summary: "propose settings for notes that use their own property names",
  description:
    "Reads every note's frontmatter and proposes settings for --config (or the plugin) that find your interview notes " +
    "under the names you use. The JSON goes to stdout, the reasons and doubts to stderr. Writes nothing. Proposes " +
    "nothing when the current settings already find the notes.",
  args: [VAULT_ARG],
  options: [],
  examples: [
    "job-journal suggest-config ~/notes > job-journal.json",
    "job-journal due ~/notes --config job-journal.json",
  ],
  run: suggestConfigCommand,
};

/** Proposes settings for a vault that uses its own property names. Reads every note, writes nothing. */
export function suggestConfigCommand({ args }: CommandInput, io: CliIo): number {
  const vault = vaultArg(args[0]);
  const samples: NoteSample[] = [];
  for (const path of listNotes(vault)) {
    const read = readFrontmatter(path, readFileSync(join(vault, path), "utf8"));
    if (read.kind === "ok") samples.push({ path, frontmatter: read.data });
  }
  // Compared with what the vault is read with now (its saved plugin settings, else the defaults).
  const { config, reasons } = suggestConfig(samples, settingsFor(vault, undefined));
  for (const r of reasons) io.err(`${escapeControls(r)}\n`);
  io.out(`${JSON.stringify(config, null, 2)}\n`);
  return 0;
}
