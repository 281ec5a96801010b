import { existsSync, statSync } from "node:fs";
import { parseWhen, wallClockOf, type WallTime } from "../core/time";
import type { CliIo } from "./io";
import { UsageError } from "./usage-error";

/** The vault folder argument, checked. */
export function vaultArg(path: string | undefined): string {
  if (path === undefined) throw new UsageError("missing <vault-folder>");
  if (!existsSync(path) || !statSync(path).isDirectory()) throw new UsageError(`vault folder not found: ${path}`);
  return path;
}

/** --now as wall-clock time: a date alone is the start of that day; absent, the clock. */
export function nowArg(value: string | undefined, io: CliIo): WallTime {
  if (value === undefined) return wallClockOf(io.now());
  const when = parseWhen(value);
  if (!when) throw new UsageError(`--now "${value}" is not YYYY-MM-DD or YYYY-MM-DDTHH:mm`);
  return when.at;
}
