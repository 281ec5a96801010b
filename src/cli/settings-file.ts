import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { loadSettings } from "../core/settings/settings-load";
import type { Settings } from "../core/settings/settings";
import { UsageError } from "./usage-error";

/** Where the Obsidian plugin saves its settings inside a vault. */
export const PLUGIN_DATA = ".obsidian/plugins/job-search-journal/data.json";

/** JSON.parse's message with a line and column instead of a character position (Node 20 gives only the position). */
export function jsonProblem(text: string, message: string): string {
  const position = /at position (\d+)/.exec(message);
  const what = message
    .replace(/\s*(in JSON )?at position \d+.*$/, "")
    .replace(/^Unexpected token (.*?), ".*" is not valid JSON$/s, "unexpected $1");
  if (!position) return what;
  const before = text.slice(0, Number(position[1]));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `line ${line}, column ${column}: ${what}`;
}

function readJson(path: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    throw new UsageError(`cannot read ${label} ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${label} ${path} is not valid JSON: ${jsonProblem(text, (error as Error).message)}`);
  }
}

/** The plugin's saved settings from the vault when present, then --config over them. */
export function settingsFor(vault: string, configFile: string | undefined): Settings {
  let settings: Settings | undefined;
  const saved = join(vault, PLUGIN_DATA);
  for (const [path, label] of [
    [existsSync(saved) ? saved : undefined, "plugin settings"],
    [configFile, "config"],
  ] as const) {
    if (path === undefined) continue;
    const loaded = loadSettings(readJson(path, label), settings, path);
    if (loaded.errors.length > 0) throw new UsageError(loaded.errors.join("; "));
    settings = loaded.settings;
  }
  return settings ?? loadSettings(undefined).settings;
}
