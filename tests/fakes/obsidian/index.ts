/**
 * An in-memory Obsidian for tests, aliased as "obsidian" in vitest.config.mts. Each class
 * declares which members of the real API it stands in for (implements Pick<…>), so
 * `npm run typecheck` fails when the fake drifts from node_modules/obsidian/obsidian.d.ts.
 */
export { Component, Events } from "./events";
export { BasesEntry, BasesQueryResult, BasesView } from "./bases";
export { Editor } from "./editor";
export {
  ButtonComponent,
  debounce,
  DropdownComponent,
  FuzzySuggestModal,
  Keymap,
  Menu,
  MenuItem,
  Modal,
  normalizePath,
  Notice,
  Platform,
  PluginSettingTab,
  fakeVersion,
  requireApiVersion,
  setIcon,
  Setting,
  SuggestModal,
  TextAreaComponent,
  TextComponent,
  ToggleComponent,
} from "./ui";
export { MetadataCache, TAbstractFile, TFile, TFolder, Vault } from "./vault";
export { App, ItemView, MarkdownView, Plugin, View, Workspace, WorkspaceLeaf } from "./workspace";
export type { Command, PluginManifest } from "./workspace";

import { obsidianYaml } from "./yaml";
/** Obsidian's parseYaml (yaml.ts says how it reads and where it may differ). */
export const parseYaml = obsidianYaml;
