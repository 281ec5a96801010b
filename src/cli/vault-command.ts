import type { Settings } from "../core/settings/settings";
import type { WallTime } from "../core/lib/time";
import type { CommandInput } from "./command-spec";
import { nowArg, vaultArg } from "./common";
import type { CliIo } from "./io";
import { settingsFor } from "./settings-file";
import { readVault, type VaultRead } from "./vault";

export interface VaultCommand extends VaultRead {
  vault: string;
  settings: Settings;
  now: WallTime;
}

/**
 * What every command that reads a whole vault starts with: `<vault-folder>`, `--now` and
 * `--config`; then the settings, the time and the notes.
 */
export function readVaultCommand({ args, opts }: CommandInput, io: CliIo): VaultCommand {
  const vault = vaultArg(args[0]);
  const settings = settingsFor(vault, opts.config as string | undefined);
  const now = nowArg(opts.now as string | undefined, io);
  return { vault, settings, now, ...readVault(vault, settings) };
}
