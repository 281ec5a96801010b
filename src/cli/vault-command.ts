import { parseArgs } from "node:util";
import type { Settings } from "../core/settings";
import type { WallTime } from "../core/time";
import { nowArg, vaultArg } from "./common";
import type { CliIo } from "./io";
import { settingsFor } from "./settings-file";
import { readVault, type VaultRead } from "./vault";

type Options = Record<string, { type: "string" | "boolean" }>;

export interface VaultCommand extends VaultRead {
  /** The command's own options, as given. */
  values: Record<string, string | boolean | undefined>;
  vault: string;
  settings: Settings;
  now: WallTime;
}

/**
 * What every command that reads a whole vault starts with: `<vault-folder>`, `--now` and
 * `--config`, besides its own options; then the settings, the time and the notes.
 */
export function readVaultCommand(args: string[], io: CliIo, options: Options): VaultCommand {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { now: { type: "string" }, config: { type: "string" }, ...options },
  });
  const given = values as Record<string, string | boolean | undefined>;
  const vault = vaultArg(positionals[0]);
  const settings = settingsFor(vault, given.config as string | undefined);
  const now = nowArg(given.now as string | undefined, io);
  return { values: given, vault, settings, now, ...readVault(vault, settings) };
}
