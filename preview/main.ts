import type * as O from "obsidian";
import manifest from "../manifest.json";
import JobSearchJournalPlugin from "../src/plugin/main";
import { App, MarkdownView, Menu, Notice, type WorkspaceLeaf } from "../tests/fakes/obsidian";
import { installDomHelpers } from "../tests/fakes/obsidian/dom";

/**
 * The preview page: the real plugin (main.ts, the view, the commands and every write) running
 * against an in-page vault made of the example notes, through the same in-memory Obsidian the
 * tests use. Clicking Done writes to the in-page vault and the item leaves, as in Obsidian.
 */

declare const PREVIEW_VAULT: Record<string, string>;
declare const PREVIEW_NOW: number;

// The demo's "now": Thursday 12 March 2026, 09:00, whatever the reader's clock says.
const RealDate = Date;
class FixedDate extends RealDate {
  constructor(...args: unknown[]) {
    if (args.length === 0) super(PREVIEW_NOW);
    else super(...(args as [number]));
  }
  static override now(): number {
    return PREVIEW_NOW;
  }
}
globalThis.Date = FixedDate as DateConstructor;

installDomHelpers(window);

function page(): { sidebar: HTMLElement; main: HTMLElement; notice: HTMLElement } {
  document.body.addClass(new URLSearchParams(location.search).get("theme") === "dark" ? "theme-dark" : "theme-light");
  const root = document.body.createDiv({ cls: "preview-page" });
  const main = root.createEl("main", { cls: "preview-main" });
  main.createEl("h1", { text: "Job Search Journal: preview" });
  main.createEl("p", {
    text: "The real follow-ups view (right), pipeline board and statistics (below) over the example vault, as on Thursday 12 March 2026 at 09:00. Buttons work: they write to an in-page copy of the notes.",
  });
  main.createEl("section", { cls: "preview-board", attr: { "aria-label": "Pipeline board" } });
  main.createEl("pre", { cls: "preview-note", attr: { "aria-label": "Open note" } });
  const sidebar = root.createEl("aside", { cls: "preview-sidebar", attr: { "aria-label": "Follow-ups due" } });
  sidebar.createDiv({ cls: "preview-sidebar-header", text: "Follow-ups due" });
  const notice = document.body.createDiv({ cls: "preview-notice", attr: { role: "status", "aria-live": "polite" } });
  return { sidebar, main, notice };
}

async function start(): Promise<App> {
  const { sidebar, main, notice } = page();
  // Notices and menus show in the page as they would in Obsidian.
  const shown = Notice.shown;
  shown.push = (...messages: string[]) => {
    notice.setText(messages[messages.length - 1] ?? "");
    // A notice with buttons (Undo) shows them, as Obsidian's does: the fragment, once it is made.
    queueMicrotask(() => {
      const message = Notice.last?.message;
      if (message instanceof DocumentFragment && message.childNodes.length > 0) notice.replaceChildren(message);
    });
    return Array.prototype.push.apply(shown, messages);
  };
  Menu.prototype.showAtPosition = function (this: Menu, pos: { x: number; y: number }) {
    Menu.last = this;
    document.querySelector(".preview-menu")?.remove();
    const el = document.body.createDiv({ cls: "preview-menu", attr: { role: "menu" } });
    el.style.left = `${Math.max(0, Math.min(pos.x, window.innerWidth - 160))}px`;
    el.style.top = `${pos.y}px`;
    for (const item of this.items) {
      if (item.disabled) {
        el.createDiv({ cls: "preview-menu-label", text: item.title });
        continue;
      }
      const b = el.createEl("button", { text: item.title, attr: { role: "menuitem" } });
      b.addEventListener("click", () => {
        el.remove();
        void item.callback();
      });
    }
    el.querySelector("button")?.focus();
    return this;
  };
  Menu.prototype.showAtMouseEvent = function (this: Menu, evt: MouseEvent) {
    return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
  };

  const app = new App();
  for (const [path, text] of Object.entries(PREVIEW_VAULT)) app.vault.seed(path, text);
  app.pluginData.set(manifest.id, { myName: "Alex Kim", myContact: "alex.kim@example.com · +1 555 0100" });
  const plugin = new JobSearchJournalPlugin(app as unknown as O.App, manifest);
  plugin.load();
  await (plugin as unknown as { loading: Promise<void> }).loading;
  app.workspace.triggerLayoutReady();
  const open = app.commands.get(`${manifest.id}:open-follow-ups`);
  await open?.callback?.();
  const leaf = app.workspace.getLeavesOfType("job-search-journal-follow-ups")[0] as WorkspaceLeaf;
  sidebar.appendChild(leaf.view.containerEl);
  // The board, above the statistics in the main area, as its command opens it in a tab.
  await app.commands.get(`${manifest.id}:open-board`)?.callback?.();
  const board = app.workspace.getLeavesOfType("job-search-journal-board")[0] as WorkspaceLeaf;
  main.querySelector(".preview-board")?.appendChild(board.view.containerEl);
  // The statistics view fills the main area, as its command opens it in a tab.
  await app.commands.get(`${manifest.id}:open-statistics`)?.callback?.();
  const stats = app.workspace.getLeavesOfType("job-search-journal-statistics")[0] as WorkspaceLeaf;
  main.appendChild(stats.view.containerEl);
  // Opening a note shows its text beside the view.
  app.workspace.on("file-open", () => {
    const view = app.workspace.activeLeaf?.view;
    if (view instanceof MarkdownView) main.querySelector(".preview-note")?.setText(view.editor.getValue());
  });
  return app;
}

(window as unknown as { preview: Promise<App> }).preview = start();
