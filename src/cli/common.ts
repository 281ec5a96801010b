import { existsSync, statSync } from "node:fs";
import { parseWhen, type WallTime } from "../core/lib/time";
import { STATUS_CLASSES } from "../core/settings/settings";
import type { CliIo } from "./io";
import { UsageError } from "./usage-error";

/** The vault folder argument, checked. */
export function vaultArg(path: string | undefined): string {
  if (path === undefined) throw new UsageError("missing <vault-folder>");
  if (!existsSync(path)) throw new UsageError(`vault folder not found: ${path}`);
  if (!statSync(path).isDirectory())
    throw new UsageError(`${path} is a file; give the folder that holds your notes (the vault)`);
  return path;
}

/** --now as wall-clock time: a date alone is the start of that day; absent, the clock. */
export function nowArg(value: string | undefined, io: CliIo): WallTime {
  if (value === undefined) return io.clock.wall();
  const when = parseWhen(value);
  if (!when) throw new UsageError(`--now ${notADate(value)}`);
  return when.at;
}

/** Why a typed date is not one: the wrong shape, or a day the calendar does not have. */
export function notADate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(value)
    ? `"${value}" is not a day of the calendar (or not a time of day)`
    : `"${value}" is not YYYY-MM-DD or YYYY-MM-DDTHH:mm`;
}

/**
 * One `value=class` pair as typed with `--status` (import) or `--place` (suggest-config): the
 * value as typed (before the last `=`) and the class in lower case, one of the status classes
 * or of `also`; anything else is a usage error naming the option.
 */
/** A repeatable option's values (commander gives one value, a list, or nothing). */
export function repeated(given: unknown): string[] {
  return Array.isArray(given) ? (given as string[]) : typeof given === "string" ? [given] : [];
}

export function classPair(pair: string, option: string, also: readonly string[] = []): [string, string] {
  const at = pair.lastIndexOf("=");
  const cls = pair
    .slice(at + 1)
    .trim()
    .toLowerCase();
  const classes: readonly string[] = [...STATUS_CLASSES, ...also];
  if (at < 1 || !classes.includes(cls))
    throw new UsageError(`${option} wants value=class, the class one of ${classes.join(", ")}: not "${pair}"`);
  return [pair.slice(0, at), cls];
}
