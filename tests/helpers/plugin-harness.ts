import type * as O from "obsidian";
import { vi } from "vitest";
import manifest from "../../manifest.json";
import { vaultFiles } from "../../scripts/vault-files.mjs";
import JobSearchJournalPlugin from "../../src/plugin/main";
import { installDomHelpers } from "../fakes/obsidian/dom";
import type { RecordAction } from "../../src/core/follow-ups/items";
import { defaultSettings } from "../../src/core/settings/settings";
import type { WriteResult } from "../../src/plugin/write-back";
import { App, MarkdownView, Menu, Modal, Notice, SuggestModal, type FuzzySuggestModal } from "../fakes/obsidian";

/** Drives the real plugin inside the fake Obsidian, as a user would. */

export const DEMO_NOW = new Date(2026, 2, 12, 9, 0);

export function exampleVaultFiles(root = "examples/vault"): Record<string, string> {
  return vaultFiles(root);
}

export async function flush(): Promise<void> {
  // Enough turns for a chain of awaits (Map my existing notes reads settings files, then every note).
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

export interface Harness {
  app: App;
  plugin: JobSearchJournalPlugin;
  openView(): Promise<HTMLElement>;
  viewEl(): HTMLElement;
  itemTexts(): string[];
  sectionTitles(): string[];
  findItem(sentence: string): HTMLElement;
  click(el: Element): Promise<void>;
  runCommand(id: string): Promise<void>;
  openNote(path: string): Promise<MarkdownView>;
  content(path: string): string;
  statusText(): string;
  lastModal(): Modal;
  lastSuggest(): FuzzySuggestModal<unknown>;
  lastMenu(): Menu;
  notices(): string[];
  /** Autosave: every open editor's text reaches the disk. */
  saveAll(): Promise<void>;
}

export async function startPlugin(
  files: Record<string, string> = exampleVaultFiles(),
  options: { now?: Date; data?: unknown; layoutReady?: boolean } = {},
): Promise<Harness> {
  installDomHelpers(window);
  vi.useFakeTimers({
    now: options.now ?? DEMO_NOW,
    toFake: ["Date", "setInterval", "clearInterval", "setTimeout", "clearTimeout"],
  });
  Notice.shown = [];
  Notice.last = undefined;
  Modal.openModals = [];
  Menu.last = undefined;
  const app = new App();
  for (const [path, text] of Object.entries(files)) app.vault.seed(path, text);
  if (options.data !== undefined) app.pluginData.set(manifest.id, options.data);
  const plugin = new JobSearchJournalPlugin(app as unknown as O.App, manifest);
  plugin.load();
  await (plugin as unknown as { loading: Promise<void> }).loading;
  if (options.layoutReady !== false) app.workspace.triggerLayoutReady();
  await flush();

  const h: Harness = {
    app,
    plugin,
    async openView() {
      await h.runCommand("open-follow-ups");
      return h.viewEl();
    },
    viewEl() {
      const leaf = app.workspace.getLeavesOfType("job-search-journal-follow-ups")[0];
      if (!leaf) throw new Error("the follow-ups view is not open");
      return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
    },
    itemTexts() {
      return [...h.viewEl().querySelectorAll(".jsj-item .jsj-item-title")].map((e) => e.textContent ?? "");
    },
    sectionTitles() {
      return [...h.viewEl().querySelectorAll(".jsj-section-title")].map((e) => e.textContent ?? "");
    },
    findItem(sentence) {
      const li = [...h.viewEl().querySelectorAll(".jsj-item")].find(
        (e) => e.querySelector(".jsj-item-title")?.textContent === sentence,
      );
      if (!li) throw new Error(`no item "${sentence}" in ${JSON.stringify(h.itemTexts())}`);
      return li as HTMLElement;
    },
    async click(el) {
      (el as HTMLElement).click();
      await flush();
    },
    async runCommand(id) {
      const command = app.commands.get(`${manifest.id}:${id}`);
      if (!command?.callback) throw new Error(`no command ${id}`);
      await command.callback();
      await flush();
    },
    async openNote(path) {
      const file = app.vault.getFileByPath(path);
      if (!file) throw new Error(`no note ${path}`);
      await app.workspace.getLeaf(true).openFile(file);
      return app.workspace.activeLeaf?.view as MarkdownView;
    },
    content: (path) => app.vault.contentOf(path),
    statusText: () => app.statusBar.querySelector(".jsj-status")?.textContent ?? "",
    lastModal() {
      const m = Modal.openModals[Modal.openModals.length - 1];
      if (!m) throw new Error("no modal is open");
      return m;
    },
    lastSuggest() {
      const s = SuggestModal.lastSuggest;
      if (!s) throw new Error("no suggester was opened");
      return s as unknown as FuzzySuggestModal<unknown>;
    },
    lastMenu() {
      if (!Menu.last) throw new Error("no menu was shown");
      return Menu.last;
    },
    notices: () => Notice.shown,
    async saveAll() {
      for (const leaf of app.workspace.getLeavesOfType("markdown"))
        if (leaf.view instanceof MarkdownView) leaf.view.save();
      await flush();
    },
  };
  return h;
}

/**
 * The write path the buttons and commands use (`recordOnNote`), over the harness's vault with
 * the default settings: for a test that writes to one note without a view or a command.
 */
export async function recordInHarness(
  h: Harness,
  path: string,
  action: RecordAction,
  options: { force?: boolean } = {},
): Promise<WriteResult | undefined> {
  const { recordOnNote } = await import("../../src/plugin/record");
  const ctx = {
    app: h.app,
    store: { get: () => defaultSettings() },
    model: { update: () => undefined, noteAt: () => undefined },
  } as unknown as Parameters<typeof recordOnNote>[0];
  return recordOnNote(ctx, path, action, options);
}
