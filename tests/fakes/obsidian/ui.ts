import type * as O from "obsidian";
import { Component } from "./events";

/** Modals, notices, menus, settings and suggesters: enough to drive them from tests. */

export class Notice implements Pick<O.Notice, "hide"> {
  static shown: string[] = [];
  /** The last notice, for a test that clicks a button in it. */
  static last: Notice | undefined;
  hidden = false;
  constructor(
    public message: string | DocumentFragment,
    _duration?: number,
  ) {
    Notice.shown.push(typeof message === "string" ? message : (message.textContent ?? ""));
    Notice.last = this;
  }
  setMessage(message: string | DocumentFragment): this {
    Notice.shown.push(typeof message === "string" ? message : (message.textContent ?? ""));
    return this;
  }
  hide(): void {
    this.hidden = true;
  }
}

export class Modal implements Pick<
  O.Modal,
  "open" | "close" | "onOpen" | "onClose" | "contentEl" | "modalEl" | "titleEl" | "containerEl"
> {
  static openModals: Modal[] = [];
  containerEl: HTMLElement;
  modalEl: HTMLElement;
  titleEl: HTMLElement;
  contentEl: HTMLElement;
  constructor(public app: O.App) {
    this.containerEl = activeDocument.createElement("div");
    this.containerEl.className = "modal-container";
    this.modalEl = this.containerEl.createDiv({ cls: "modal" });
    this.titleEl = this.modalEl.createDiv({ cls: "modal-title" });
    this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
  }
  open(): void {
    Modal.openModals.push(this);
    activeDocument.body.appendChild(this.containerEl);
    void this.onOpen();
  }
  close(): void {
    Modal.openModals = Modal.openModals.filter((m) => m !== this);
    this.containerEl.remove();
    this.onClose();
  }
  onOpen(): Promise<void> | void {}
  onClose(): void {}
  setTitle(title: string): this {
    this.titleEl.setText(title);
    return this;
  }
}

export abstract class SuggestModal<T> extends Modal {
  static lastSuggest: SuggestModal<unknown> | undefined;
  placeholder = "";
  setPlaceholder(p: string): void {
    this.placeholder = p;
  }
  abstract getSuggestions(query: string): T[] | Promise<T[]>;
  abstract renderSuggestion(value: T, el: HTMLElement): void;
  abstract onChooseSuggestion(item: T, evt: MouseEvent | KeyboardEvent): void;
  override open(): void {
    SuggestModal.lastSuggest = this;
    super.open();
    void this.drawSuggestions();
  }
  /** As Obsidian draws them: one `.suggestion-item` per suggestion in `.prompt-results`; a click chooses it. */
  private async drawSuggestions(): Promise<void> {
    const results = this.modalEl.createDiv({ cls: "prompt-results" });
    for (const value of await this.getSuggestions("")) {
      const el = results.createDiv({ cls: "suggestion-item" });
      this.renderSuggestion(value, el);
      el.addEventListener("click", (evt) => {
        this.close();
        this.onChooseSuggestion(value, evt);
      });
    }
  }
}

export abstract class FuzzySuggestModal<T> extends SuggestModal<{ item: T; match: { score: number; matches: [] } }> {
  abstract getItems(): T[];
  abstract getItemText(item: T): string;
  abstract onChooseItem(item: T, evt: MouseEvent | KeyboardEvent): void;
  getSuggestions(query: string) {
    return this.getItems()
      .filter((i) => this.getItemText(i).toLowerCase().includes(query.toLowerCase()))
      .map((item) => ({ item, match: { score: 0, matches: [] as [] } }));
  }
  renderSuggestion(value: { item: T }, el: HTMLElement): void {
    el.setText(this.getItemText(value.item));
  }
  onChooseSuggestion(value: { item: T }, evt: MouseEvent | KeyboardEvent): void {
    this.onChooseItem(value.item, evt);
  }
  /** For tests: what the list shows, in order, and choosing one. */
  shownTexts(): string[] {
    return this.getItems().map((i) => this.getItemText(i));
  }
  choose(index: number): void {
    const item = this.getItems()[index];
    if (item === undefined) throw new Error(`no item ${index}`);
    this.close();
    this.onChooseItem(item, new KeyboardEvent("keydown"));
  }
}

export class MenuItem {
  title = "";
  icon = "";
  disabled = false;
  callback: () => unknown = () => undefined;
  setDisabled(disabled: boolean): this {
    this.disabled = disabled;
    return this;
  }
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
  setIcon(icon: string): this {
    this.icon = icon;
    return this;
  }
  onClick(cb: () => unknown): this {
    this.callback = cb;
    return this;
  }
}

export class Menu extends Component {
  static last: Menu | undefined;
  items: MenuItem[] = [];
  addItem(cb: (item: MenuItem) => unknown): this {
    const item = new MenuItem();
    cb(item);
    this.items.push(item);
    return this;
  }
  addSeparator(): this {
    return this;
  }
  showAtMouseEvent(_evt: MouseEvent): this {
    Menu.last = this;
    return this;
  }
  showAtPosition(_pos: { x: number; y: number }): this {
    Menu.last = this;
    return this;
  }
  /** For tests: click the item with this title. */
  click(title: string): void {
    const item = this.items.find((i) => i.title === title && !i.disabled);
    if (!item) throw new Error(`no menu item "${title}" in ${this.items.map((i) => i.title).join(", ")}`);
    void item.callback();
  }
}

class ValueComponent<T> {
  protected changeHandler: (value: T) => unknown = () => undefined;
  onChange(cb: (value: T) => unknown): this {
    this.changeHandler = cb;
    return this;
  }
}

abstract class InputComponent<E extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
  constructor(public inputEl: E) {
    super();
    inputEl.addEventListener("input", () => void this.changeHandler(inputEl.value));
  }
  setValue(v: string): this {
    this.inputEl.value = v;
    return this;
  }
  getValue(): string {
    return this.inputEl.value;
  }
  setPlaceholder(p: string): this {
    this.inputEl.placeholder = p;
    return this;
  }
  /** For tests: the user types a new value. */
  input(v: string): void {
    this.inputEl.value = v;
    this.inputEl.dispatchEvent(new Event("input"));
  }
}

export class TextComponent extends InputComponent<HTMLInputElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("input", { type: "text" }));
  }
}

export class TextAreaComponent extends InputComponent<HTMLTextAreaElement> {
  constructor(containerEl: HTMLElement) {
    super(containerEl.createEl("textarea"));
  }
}

export class ToggleComponent extends ValueComponent<boolean> {
  toggleEl: HTMLInputElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.toggleEl = containerEl.createEl("input", { type: "checkbox" });
    this.toggleEl.addEventListener("change", () => void this.changeHandler(this.toggleEl.checked));
  }
  setValue(v: boolean): this {
    this.toggleEl.checked = v;
    return this;
  }
  getValue(): boolean {
    return this.toggleEl.checked;
  }
}

export class DropdownComponent extends ValueComponent<string> {
  selectEl: HTMLSelectElement;
  constructor(containerEl: HTMLElement) {
    super();
    this.selectEl = containerEl.createEl("select");
    this.selectEl.addEventListener("change", () => void this.changeHandler(this.selectEl.value));
  }
  addOption(value: string, display: string): this {
    this.selectEl.createEl("option", { value, text: display });
    return this;
  }
  addOptions(options: Record<string, string>): this {
    for (const [v, d] of Object.entries(options)) this.addOption(v, d);
    return this;
  }
  setValue(v: string): this {
    this.selectEl.value = v;
    return this;
  }
  getValue(): string {
    return this.selectEl.value;
  }
}

export class ButtonComponent {
  buttonEl: HTMLButtonElement;
  constructor(containerEl: HTMLElement) {
    this.buttonEl = containerEl.createEl("button");
  }
  setButtonText(t: string): this {
    this.buttonEl.setText(t);
    return this;
  }
  setCta(): this {
    this.buttonEl.addClass("mod-cta");
    return this;
  }
  setWarning(): this {
    return this;
  }
  setDisabled(d: boolean): this {
    this.buttonEl.disabled = d;
    return this;
  }
  onClick(cb: (evt: MouseEvent) => unknown): this {
    this.buttonEl.addEventListener("click", (e) => void cb(e));
    return this;
  }
}

export class Setting {
  settingEl: HTMLElement;
  infoEl: HTMLElement;
  nameEl: HTMLElement;
  descEl: HTMLElement;
  controlEl: HTMLElement;
  components: unknown[] = [];
  constructor(containerEl: HTMLElement) {
    this.settingEl = containerEl.createDiv({ cls: "setting-item" });
    this.infoEl = this.settingEl.createDiv({ cls: "setting-item-info" });
    this.nameEl = this.infoEl.createDiv({ cls: "setting-item-name" });
    this.descEl = this.infoEl.createDiv({ cls: "setting-item-description" });
    this.controlEl = this.settingEl.createDiv({ cls: "setting-item-control" });
  }
  setName(name: string | DocumentFragment): this {
    typeof name === "string" ? this.nameEl.setText(name) : this.nameEl.append(name);
    return this;
  }
  setDesc(desc: string | DocumentFragment): this {
    typeof desc === "string" ? this.descEl.setText(desc) : this.descEl.append(desc);
    return this;
  }
  setHeading(): this {
    this.settingEl.addClass("setting-item-heading");
    return this;
  }
  setClass(cls: string): this {
    this.settingEl.addClass(cls);
    return this;
  }
  private add<C>(c: C, cb: (c: C) => unknown): this {
    this.components.push(c);
    cb(c);
    return this;
  }
  addText(cb: (c: TextComponent) => unknown): this {
    return this.add(new TextComponent(this.controlEl), cb);
  }
  addTextArea(cb: (c: TextAreaComponent) => unknown): this {
    return this.add(new TextAreaComponent(this.controlEl), cb);
  }
  addToggle(cb: (c: ToggleComponent) => unknown): this {
    return this.add(new ToggleComponent(this.controlEl), cb);
  }
  addDropdown(cb: (c: DropdownComponent) => unknown): this {
    return this.add(new DropdownComponent(this.controlEl), cb);
  }
  addButton(cb: (c: ButtonComponent) => unknown): this {
    return this.add(new ButtonComponent(this.controlEl), cb);
  }
}

export abstract class PluginSettingTab {
  containerEl: HTMLElement;
  constructor(
    public app: O.App,
    public plugin: O.Plugin,
  ) {
    this.containerEl = activeDocument.createElement("div");
    this.containerEl.className = "modal-container";
  }
  abstract display(): void;
  hide(): void {}
  /** From 1.13: what getSettingDefinitions() returns, kept for rendering and search. */
  settingItems: O.SettingDefinitionItem[] = [];
  updates = 0;
  update(): void {
    this.updates++;
    const self = this as unknown as { getSettingDefinitions?: () => O.SettingDefinitionItem[] };
    this.settingItems = self.getSettingDefinitions?.() ?? [];
  }
}

/** Lucide's shapes for the icons the plugin uses, so the preview and its screenshots show them. */
const ICON_PATHS: Record<string, string[]> = {
  check: ["M20 6 9 17l-5-5"],
  mail: ["M4 4h16a2 2 0 0 1 2 2v12a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z", "m22 6-10 7L2 6"],
  reply: ["M9 17 4 12l5-5", "M20 18v-2a4 4 0 0 0-4-4H4"],
  "alarm-clock-off": [
    "M6.87 6.87a8 8 0 1 0 11.26 11.26",
    "M19.9 14.25a8 8 0 0 0-9.15-9.15",
    "m22 6-3-3",
    "M6.26 18.67 4 21",
    "m2 2 20 20",
    "M4 4 2 6",
  ],
  "at-sign": ["M12 12m-4 0a4 4 0 1 0 8 0a4 4 0 1 0-8 0", "M16 8v5a3 3 0 0 0 6 0v-1a10 10 0 1 0-4 8"],
  list: ["M3 12h.01", "M3 18h.01", "M3 6h.01", "M8 12h13", "M8 18h13", "M8 6h13"],
  "more-horizontal": [
    "M12 12m-1 0a1 1 0 1 0 2 0a1 1 0 1 0-2 0",
    "M19 12m-1 0a1 1 0 1 0 2 0a1 1 0 1 0-2 0",
    "M5 12m-1 0a1 1 0 1 0 2 0a1 1 0 1 0-2 0",
  ],
  "grip-vertical": [
    "M9 12m-1 0a1 1 0 1 0 2 0a1 1 0 1 0-2 0",
    "M9 5m-1 0a1 1 0 1 0 2 0a1 1 0 1 0-2 0",
    "M9 19m-1 0a1 1 0 1 0 2 0a1 1 0 1 0-2 0",
    "M15 12m-1 0a1 1 0 1 0 2 0a1 1 0 1 0-2 0",
    "M15 5m-1 0a1 1 0 1 0 2 0a1 1 0 1 0-2 0",
    "M15 19m-1 0a1 1 0 1 0 2 0a1 1 0 1 0-2 0",
  ],
  "arrow-right": ["M5 12h14", "m12 5 7 7-7 7"],
  "file-text": [
    "M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z",
    "M14 2v4a2 2 0 0 0 2 2h4",
    "M16 13H8",
    "M16 17H8",
  ],
};

export function setIcon(parent: HTMLElement, iconId: string): void {
  parent.setAttribute("data-icon", iconId);
  const doc = parent.ownerDocument;
  const svg = doc.createElementNS("http://www.w3.org/2000/svg", "svg");
  for (const [k, v] of Object.entries({
    viewBox: "0 0 24 24",
    width: "16",
    height: "16",
    fill: "none",
    stroke: "currentColor",
    "stroke-width": "2",
    "stroke-linecap": "round",
    "stroke-linejoin": "round",
    class: "svg-icon",
    "aria-hidden": "true",
  }))
    svg.setAttribute(k, v);
  for (const d of ICON_PATHS[iconId] ?? ["M12 12m-9 0a9 9 0 1 0 18 0a9 9 0 1 0-18 0"]) {
    const path = doc.createElementNS("http://www.w3.org/2000/svg", "path");
    path.setAttribute("d", d);
    svg.appendChild(path);
  }
  parent.replaceChildren(svg);
}

export function normalizePath(path: string): string {
  return (
    path
      .replace(/\\/g, "/")
      .replace(/\/+/g, "/")
      .replace(/^\/|\/$/g, "") || "/"
  );
}

export const Platform = { isMobile: false, isDesktop: true, isDesktopApp: true, isMobileApp: false };

/** Obsidian's debounce, on the (fakeable) setTimeout. */
export const debounce: typeof O.debounce = <T extends unknown[], V>(
  cb: (...args: [...T]) => V,
  timeout = 0,
  resetTimer = false,
) => {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: [...T] | undefined;
  const fire = (): V | void => {
    timer = undefined;
    const args = pending;
    pending = undefined;
    if (args) return cb(...args);
  };
  const debounced = ((...args: [...T]) => {
    pending = args;
    if (timer !== undefined && resetTimer) clearTimeout(timer);
    if (timer === undefined || resetTimer) timer = setTimeout(fire, timeout);
    return debounced;
  }) as O.Debouncer<T, V>;
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    pending = undefined;
    return debounced;
  };
  debounced.run = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    return fire();
  };
  return debounced;
};

/** The Obsidian version the fake says it is (tests set it to try older ones). */
export const fakeVersion = { current: "1.13.1" };

export function requireApiVersion(version: string): boolean {
  const parts = (v: string) => v.split(".").map(Number);
  const [a, b] = [parts(fakeVersion.current), parts(version)];
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  return true;
}

/** Obsidian's reading of a click: Ctrl (Cmd on macOS) asks for a new tab. */
export class Keymap {
  static isModEvent(evt?: O.UserEvent | null): O.PaneType | boolean {
    return evt instanceof MouseEvent && (evt.ctrlKey || evt.metaKey) ? "tab" : false;
  }
}
