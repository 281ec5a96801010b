import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { suggestConfig, type NoteSample } from "../../core/suggest-config";
import { vaultArg } from "../common";
import type { CliIo } from "../io";
import { escapeControls } from "../terminal";
import { readFrontmatter } from "../read-frontmatter";
import { settingsFor } from "../settings-file";
import { listNotes } from "../vault";

export const suggestConfigUsage = "suggest-config <vault-folder>   (prints settings JSON for --config; reasons on stderr)";

/** Proposes settings for a vault that uses its own property names. Reads every note, writes nothing. */
export function suggestConfigCommand(args: string[], io: CliIo): number {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
  const vault = vaultArg(positionals[0]);
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
