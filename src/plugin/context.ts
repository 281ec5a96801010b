import type { App } from "obsidian";
import type { FollowUpModel } from "./model";
import type { SettingsStore } from "./settings-store";
import type { VaultNotes } from "./vault-notes";
import type { Clock } from "../core/lib/clock";

/**
 * What commands, modals and the view share; built once in main.ts. No view is kept here.
 * Settings are read from the store, the one place they live (`store.get()`), by everything.
 */
export interface PluginContext {
  app: App;
  store: SettingsStore;
  model: FollowUpModel;
  notes: VaultNotes;
  /** The clock; tests pass a fixed one. */
  clock: Clock;
}
