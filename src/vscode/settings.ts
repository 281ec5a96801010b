import * as vscode from "vscode";
import { defaultSettings, type Settings } from "../core/settings/settings";
import { loadSettings } from "../core/settings/settings-load";

/**
 * The settings, as the plugin's (same shape, same validation): the vault's saved plugin
 * settings (`.obsidian/plugins/job-search-journal/data.json`) when the workspace is an Obsidian
 * vault, so one vault reads the same in both; then whatever `jobSearchJournal.*` sets in VS Code.
 */

export const SECTION = "jobSearchJournal";
export const PLUGIN_DATA = ".obsidian/plugins/job-search-journal/data.json";

/** The settings VS Code can set: every top-level one but the version and the sidebar's layout. */
export const CONFIGURABLE = Object.keys(defaultSettings()).filter((k) => k !== "version" && k !== "view");

export interface LoadedWorkspaceSettings {
  settings: Settings;
  /** Where each problem was found, with what was wrong. */
  errors: string[];
}

async function pluginData(folder: vscode.Uri): Promise<{ raw: unknown; error?: string }> {
  const uri = vscode.Uri.joinPath(folder, PLUGIN_DATA);
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch {
    return { raw: undefined };
  }
  try {
    return { raw: JSON.parse(new TextDecoder().decode(bytes)) as unknown };
  } catch (error) {
    return { raw: undefined, error: `${PLUGIN_DATA} is not valid JSON (${(error as Error).message}); it was not used` };
  }
}

/** Only what the user set in VS Code (user or workspace), not the defaults the manifest declares. */
function explicitConfiguration(folder: vscode.Uri): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration(SECTION, folder);
  const out: Record<string, unknown> = {};
  for (const key of CONFIGURABLE) {
    const seen = config.inspect(key);
    const value = seen?.workspaceFolderValue ?? seen?.workspaceValue ?? seen?.globalValue;
    if (value !== undefined) out[key] = value;
  }
  return out;
}

export async function loadWorkspaceSettings(folder: vscode.Uri): Promise<LoadedWorkspaceSettings> {
  const errors: string[] = [];
  const data = await pluginData(folder);
  if (data.error) errors.push(data.error);
  const fromVault = loadSettings(data.raw, defaultSettings(), PLUGIN_DATA);
  errors.push(...fromVault.errors);
  const own = explicitConfiguration(folder);
  if (Object.keys(own).length === 0) return { settings: fromVault.settings, errors };
  // Checked as a whole, as the plugin checks its settings: a bad value is named and left out.
  const merged = loadSettings({ ...own, version: fromVault.settings.version }, fromVault.settings, SECTION);
  errors.push(...merged.errors);
  return { settings: merged.settings, errors };
}
