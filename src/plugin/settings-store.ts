import type { Plugin } from "obsidian";
import { cloneSettings, type Settings } from "../core/settings/settings";
import { loadSettings } from "../core/settings/settings-load";

/**
 * The plugin's settings, saved to data.json (which the CLI also reads). Listeners hear about
 * every change, so the index and the view follow a new key name or duration at once.
 */
export class SettingsStore {
  private current: Settings;
  private listeners: ((s: Settings) => void)[] = [];
  /** Problems found in the saved file, shown once in the settings tab. */
  loadErrors: string[] = [];

  constructor(private readonly plugin: Plugin) {
    this.current = loadSettings(undefined).settings;
  }

  get(): Settings {
    return this.current;
  }

  async load(): Promise<void> {
    const loaded = loadSettings(await this.plugin.loadData(), undefined, "data.json");
    this.current = loaded.settings;
    this.loadErrors = loaded.errors;
  }

  /** Checks a change and saves it; a bad value is refused with the reasons, and nothing is saved. */
  async update(change: (draft: Settings) => void): Promise<string[]> {
    const draft = cloneSettings(this.current);
    change(draft);
    const checked = loadSettings(draft, undefined, "settings");
    if (checked.errors.length > 0) return checked.errors.map((e) => e.replace(/^settings: /, ""));
    this.current = checked.settings;
    await this.plugin.saveData(this.current);
    for (const l of this.listeners) l(this.current);
    return [];
  }

  /** Applies a partial settings object (a suggestion, a pasted JSON) over the current settings. */
  async merge(partial: Record<string, unknown>): Promise<string[]> {
    const merged = loadSettings(partial, this.current, "suggestion");
    if (merged.errors.length > 0) return merged.errors;
    return this.update((draft) => Object.assign(draft, merged.settings));
  }

  onChange(listener: (s: Settings) => void): () => void {
    this.listeners.push(listener);
    return () => (this.listeners = this.listeners.filter((l) => l !== listener));
  }
}
