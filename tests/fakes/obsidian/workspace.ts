import type * as O from "obsidian";
import { Editor } from "./editor";
import { Component, Events } from "./events";
import { MetadataCache, TFile, Vault } from "./vault";

/** Leaves, views and the workspace, with Obsidian's deferred view creation and layout-ready. */

export abstract class View extends Component {
  containerEl: HTMLElement;
  constructor(public leaf: WorkspaceLeaf) {
    super();
    this.containerEl = activeDocument.createElement("div");
    this.containerEl.addClass("workspace-leaf-content");
  }
  get app(): App {
    return this.leaf.app;
  }
  abstract getViewType(): string;
  abstract getDisplayText(): string;
  getIcon(): string {
    return "";
  }
  onOpen(): Promise<void> {
    return Promise.resolve();
  }
  onClose(): Promise<void> {
    return Promise.resolve();
  }
}

export abstract class ItemView extends View {
  contentEl: HTMLElement;
  constructor(leaf: WorkspaceLeaf) {
    super(leaf);
    this.containerEl.createDiv({ cls: "view-header" });
    this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
  }
}

export class MarkdownView extends ItemView implements Pick<O.MarkdownView, "getViewType"> {
  file: TFile | null = null;
  editor = new Editor("");
  getViewType(): string {
    return "markdown";
  }
  getDisplayText(): string {
    return this.file?.basename ?? "";
  }
  /** Opens a file: the editor holds its text from now on. */
  setFile(file: TFile): void {
    this.file = file;
    this.editor = new Editor(this.app.vault.contentOf(file.path));
  }
  /** Autosave: the editor's text reaches the disk (Obsidian does this about two seconds after typing). */
  save(): void {
    if (!this.file) return;
    const text = this.editor.getValue();
    if (text !== this.app.vault.contentOf(this.file.path)) this.app.vault.write(this.file.path, text, "editor-save");
  }
}

type ViewCreator = (leaf: WorkspaceLeaf) => View;

export class WorkspaceLeaf extends Events {
  view: View;
  constructor(
    public app: App,
    public side: "main" | "right",
  ) {
    super();
    this.view = new EmptyView(this);
  }
  async setViewState(state: { type: string; active?: boolean }): Promise<void> {
    const creator = this.app.viewRegistry.get(state.type);
    if (!creator) throw new Error(`no view type ${state.type}`);
    await this.replaceView(creator(this));
  }
  getViewState(): { type: string } {
    return { type: this.view.getViewType() };
  }
  async openFile(file: TFile): Promise<void> {
    const view = new MarkdownView(this);
    view.setFile(file);
    await this.replaceView(view);
    this.app.workspace.activeLeaf = this;
    this.app.workspace.trigger("file-open", file);
  }
  private async replaceView(view: View): Promise<void> {
    await this.view.onClose();
    this.view.unload();
    this.view = view;
    view.load();
    await view.onOpen();
  }
  detach(): void {
    void this.view.onClose();
    this.view.unload();
    this.app.workspace.leaves = this.app.workspace.leaves.filter((l) => l !== this);
  }
}

class EmptyView extends View {
  getViewType(): string {
    return "empty";
  }
  getDisplayText(): string {
    return "";
  }
}

export class Workspace extends Events implements Pick<O.Workspace, "layoutReady"> {
  layoutReady = false;
  leaves: WorkspaceLeaf[] = [];
  activeLeaf: WorkspaceLeaf | null = null;
  private readyCallbacks: (() => unknown)[] = [];
  constructor(private app: App) {
    super();
  }
  onLayoutReady(cb: () => unknown): void {
    if (this.layoutReady) void cb();
    else this.readyCallbacks.push(cb);
  }
  /** For tests: Obsidian has finished loading the layout. */
  triggerLayoutReady(): void {
    this.layoutReady = true;
    for (const cb of this.readyCallbacks.splice(0)) void cb();
    this.trigger("layout-ready");
  }
  getLeavesOfType(type: string): WorkspaceLeaf[] {
    return this.leaves.filter((l) => l.view.getViewType() === type);
  }
  getRightLeaf(_split: boolean): WorkspaceLeaf {
    const leaf = new WorkspaceLeaf(this.app, "right");
    this.leaves.push(leaf);
    return leaf;
  }
  getLeaf(_newLeaf?: boolean | string): WorkspaceLeaf {
    const existing = this.leaves.find((l) => l.side === "main" && l === this.activeLeaf);
    if (existing && _newLeaf !== true && _newLeaf !== "tab") return existing;
    const leaf = new WorkspaceLeaf(this.app, "main");
    this.leaves.push(leaf);
    this.activeLeaf = leaf;
    return leaf;
  }
  revealLeaf(_leaf: WorkspaceLeaf): Promise<void> {
    return Promise.resolve();
  }
  detachLeavesOfType(type: string): void {
    for (const l of this.getLeavesOfType(type)) l.detach();
  }
  getActiveViewOfType<T>(type: abstract new (...args: never[]) => T): T | null {
    const view = this.activeLeaf?.view;
    return view instanceof type ? view : null;
  }
  getActiveFile(): TFile | null {
    const view = this.activeLeaf?.view;
    return view instanceof MarkdownView ? view.file : null;
  }
  openLinkText(linktext: string, sourcePath: string, newLeaf?: boolean | string): Promise<void> {
    const file = this.app.metadataCache.getFirstLinkpathDest(linktext, sourcePath) as unknown as TFile | null;
    if (!file) return Promise.reject(new Error(`no note ${linktext}`));
    return this.getLeaf(newLeaf).openFile(file);
  }
  iterateAllLeaves(cb: (leaf: WorkspaceLeaf) => unknown): void {
    for (const l of this.leaves) cb(l);
  }
}

export interface PluginManifest {
  id: string;
  name: string;
  version: string;
  minAppVersion: string;
  description: string;
  author: string;
  isDesktopOnly?: boolean;
}

export interface Command {
  id: string;
  name: string;
  callback?: () => unknown;
  checkCallback?: (checking: boolean) => boolean | void;
  editorCallback?: (editor: Editor, view: MarkdownView) => unknown;
  editorCheckCallback?: (checking: boolean, editor: Editor, view: MarkdownView) => boolean | void;
}

export class App {
  metadataCache = new MetadataCache();
  vault = new Vault(this.metadataCache);
  workspace: Workspace;
  viewRegistry = new Map<string, ViewCreator>();
  /** Bases view types registered by plugins (Obsidian 1.10). */
  basesViews = new Map<string, O.BasesViewRegistration>();
  commands = new Map<string, Command>();
  ribbon: HTMLElement;
  statusBar: HTMLElement;
  settingTabs: unknown[] = [];
  pluginData = new Map<string, unknown>();
  fileManager = {
    processFrontMatter: (): never => {
      throw new Error("processFrontMatter re-serialises the whole block; the plugin must never call it");
    },
  };
  constructor() {
    this.workspace = new Workspace(this);
    this.ribbon = activeDocument.createElement("div");
    this.statusBar = activeDocument.createElement("div");
  }
}

export class Plugin extends Component {
  constructor(
    public app: App,
    public manifest: PluginManifest,
  ) {
    super();
  }
  addCommand(command: Command): Command {
    const full = { ...command, id: `${this.manifest.id}:${command.id}` };
    this.app.commands.set(full.id, full);
    this.register(() => this.app.commands.delete(full.id));
    return full;
  }
  addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
    const el = this.app.ribbon.createEl("button", { attr: { "aria-label": title, "data-icon": icon } });
    el.addEventListener("click", (e) => void callback(e));
    this.register(() => el.remove());
    return el;
  }
  addStatusBarItem(): HTMLElement {
    const el = this.app.statusBar.createDiv({ cls: "status-bar-item" });
    this.register(() => el.remove());
    return el;
  }
  addSettingTab(tab: unknown): void {
    this.app.settingTabs.push(tab);
  }
  registerView(type: string, creator: ViewCreator): void {
    this.app.viewRegistry.set(type, creator);
    this.register(() => this.app.viewRegistry.delete(type));
  }
  registerBasesView(viewId: string, registration: O.BasesViewRegistration): boolean {
    this.app.basesViews.set(viewId, registration);
    this.register(() => this.app.basesViews.delete(viewId));
    return true;
  }
  loadData(): Promise<unknown> {
    return Promise.resolve(structuredClone(this.app.pluginData.get(this.manifest.id)));
  }
  saveData(data: unknown): Promise<void> {
    this.app.pluginData.set(this.manifest.id, structuredClone(data));
    return Promise.resolve();
  }
}
