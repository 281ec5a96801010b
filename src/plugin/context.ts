import type { App } from "obsidian";
import type { Settings } from "../core/settings";
import type { FollowUpModel } from "./model";
import type { SettingsStore } from "./settings-store";
import type { VaultNotes } from "./vault-notes";

/** What commands, modals and the view share; built once in main.ts. No view is kept here. */
export interface PluginContext {
  app: App;
  store: SettingsStore;
  model: FollowUpModel;
  notes: VaultNotes;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
  settings(): Settings;
}
