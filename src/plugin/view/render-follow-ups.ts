import { plural } from "../../core/follow-ups/describe";
import type { DueItem } from "../../core/follow-ups/engine";
import {
  ACTION_ICONS,
  actionLabel,
  PROBLEMS_KEY,
  type ItemAction,
  type ViewItem,
  type ViewModel,
  type ViewSection,
} from "../../core/follow-ups/view-model";

/**
 * Draws the follow-ups view into a container with the DOM helpers Obsidian adds to every
 * element (createEl, createDiv, empty, setText). It imports nothing from Obsidian, so the
 * same code renders the browser preview. Note text is untrusted: it only ever becomes text
 * nodes and attribute values, never markup.
 */

/**
 * Each section shows this many items, then a "Show N more" button: a long list stays fast to
 * draw and readable in a sidebar (the benchmark draws 500 items within budget this way).
 */
export const ITEMS_SHOWN = 25;

export interface ViewHandlers {
  /** `event`: the click, which says whether to open a new tab (Ctrl/Cmd, the middle button). */
  openNote(path: string, event?: MouseEvent): void;
  act(action: ItemAction, item: DueItem, button: HTMLElement, view: ViewItem): void;
  /** Every action of the item, and its snooze choices, in a menu at the pointer (right-click, the menu key). */
  menu(view: ViewItem, event: MouseEvent): void;
  /** Draws an icon into an element (Obsidian's setIcon; the preview's own). */
  icon(el: HTMLElement, name: string): void;
  /** Sections by due date or by application (remembered in the settings). */
  groupBy(mode: ViewModel["groupBy"]): void;
  /** Folds or unfolds a section (remembered in the settings). */
  toggleSection(key: string): void;
  /** Log an interview in a note whose status says interviewing but that has no interview date. */
  logInterview?: (path: string) => void;
  /** The ways to start, offered while the vault has no application note. */
  start?: (how: StartWith) => void;
}

export type StartWith = "new-note" | "import" | "map";

const STARTS: readonly [StartWith, string][] = [
  ["new-note", "New interview note"],
  ["import", "Import from a spreadsheet"],
  ["map", "Map my existing notes"],
];

/** An empty vault's sidebar: what will appear here, and the three ways to begin. */
function drawWelcome(root: HTMLElement, handlers: ViewHandlers): void {
  const start = handlers.start;
  const el = root.createEl("section", { cls: "jsj-welcome", attr: { "aria-label": "Getting started" } });
  el.createEl("p", {
    text: "After each interview, what to do next appears here: a thank-you to each interviewer, a debrief, your references, the follow-ups.",
  });
  if (!start) return;
  const buttons = el.createDiv({ cls: "jsj-welcome-actions" });
  STARTS.forEach(([how, label], i) => {
    const b = buttons.createEl("button", { text: label, cls: i === 0 ? "mod-cta" : [] });
    b.addEventListener("click", () => start(how));
  });
}

const GROUPINGS: readonly [ViewModel["groupBy"], string][] = [
  ["due", "By due date"],
  ["application", "By application"],
];

/** A note opens on a click; the handler opens a new tab for Ctrl/Cmd or a middle click, as links do in Obsidian. */
function openOnClick(el: HTMLElement, file: string, handlers: ViewHandlers): void {
  el.addEventListener("click", (event) => handlers.openNote(file, event));
  el.addEventListener("auxclick", (event) => {
    if (event.button === 1) handlers.openNote(file, event);
  });
}

function renderItem(list: HTMLElement, v: ViewItem, handlers: ViewHandlers): void {
  const li = list.createEl("li", { cls: ["jsj-item", `jsj-kind-${v.item.kind}`], attr: { "data-id": v.item.id } });
  li.addEventListener("contextmenu", (event) => {
    event.preventDefault();
    handlers.menu(v, event);
  });
  const open = li.createEl("button", {
    cls: "jsj-item-title",
    text: v.sentence,
    attr: { title: `Open ${v.item.file}` },
  });
  openOnClick(open, v.item.file, handlers);
  const meta = li.createDiv({ cls: "jsj-item-meta" });
  meta.createSpan({ cls: `jsj-due jsj-due-${v.item.state}`, text: v.dueWords });
  if (v.context !== "") meta.createSpan({ cls: "jsj-context", text: v.context });
  if (v.item.email) meta.createSpan({ cls: "jsj-email", text: v.item.email });
  if (v.note) li.createDiv({ cls: "jsj-item-note", text: v.note });
  const actions = li.createDiv({
    cls: "jsj-actions",
    attr: { role: "group", "aria-label": `Actions for: ${v.sentence}` },
  });
  if (v.primary) {
    const label = actionLabel(v, v.primary);
    const button = actions.createEl("button", {
      cls: ["jsj-action", "jsj-action-primary", `jsj-action-${v.primary}`, ...(v.accent ? ["mod-cta"] : [])],
      text: label,
      attr: { "aria-label": `${label}: ${v.sentence}`, "data-action": v.primary },
    });
    button.addEventListener("click", () => handlers.act(v.primary as ItemAction, v.item, button, v));
  }
  for (const action of v.secondary) {
    const label = actionLabel(v, action);
    // Snooze hides every item of the note, and says how many. One name, which Obsidian also
    // shows as the tooltip: a `title` beside it would draw a second one.
    const name = action === "snooze" && v.noteItems > 1 ? `Snooze all ${v.noteItems} items of this note` : label;
    const button = actions.createEl("button", {
      cls: ["jsj-action", "jsj-icon-action", "clickable-icon", `jsj-action-${action}`],
      attr: { "aria-label": `${name}: ${v.sentence}`, "data-action": action },
    });
    handlers.icon(button, ACTION_ICONS[action]);
    button.addEventListener("click", () => handlers.act(action, v.item, button, v));
  }
}

function renderPage(
  el: HTMLElement,
  list: HTMLElement,
  section: ViewSection,
  from: number,
  handlers: ViewHandlers,
  pageSize: number,
): void {
  const to = Math.min(section.count, from + pageSize);
  for (let i = from; i < to; i++) renderItem(list, section.at(i), handlers);
  if (to >= section.count) return;
  const more = el.createEl("button", { cls: "jsj-show-more", text: `Show ${section.count - to} more` });
  more.addEventListener("click", () => {
    more.remove();
    renderPage(el, list, section, to, handlers, pageSize);
  });
}

/** Where the keyboard was before a redraw: the item, the control in it, and the item after it. */
export interface FocusState {
  id: string;
  action?: string;
  next?: string;
}

export function focusState(container: HTMLElement): FocusState | undefined {
  const active = container.ownerDocument.activeElement;
  if (!(active instanceof HTMLElement) || !container.contains(active)) return undefined;
  const li = active.closest(".jsj-item");
  const id = li?.getAttribute("data-id");
  if (!li || !id) return undefined;
  const state: FocusState = { id };
  const action = active.getAttribute("data-action");
  if (action) state.action = action;
  const next = li.nextElementSibling?.getAttribute("data-id");
  if (next) state.next = next;
  return state;
}

/**
 * After a redraw, the keyboard stays where it was: on the same control of the same item, or,
 * when the item left (it was done), on the item that came after it, so a keyboard user does not
 * start again from the top.
 */
/** An item's next thing to do, else its title. */
function firstControl(li: HTMLElement | undefined): HTMLElement | null {
  return (
    li?.querySelector<HTMLElement>(".jsj-action-primary") ?? li?.querySelector<HTMLElement>(".jsj-item-title") ?? null
  );
}

export function restoreFocus(container: HTMLElement, state: FocusState | undefined): void {
  if (!state) return;
  const find = (id: string) =>
    [...container.querySelectorAll<HTMLElement>(".jsj-item")].find((li) => li.getAttribute("data-id") === id);
  const same = find(state.id);
  const target = same
    ? ((state.action ? same.querySelector<HTMLElement>(`[data-action="${state.action}"]`) : null) ??
      same.querySelector<HTMLElement>(".jsj-item-title"))
    : firstControl(state.next ? find(state.next) : undefined);
  target?.focus();
}

export function renderFollowUps(
  container: HTMLElement,
  model: ViewModel | undefined,
  handlers: ViewHandlers,
  pageSize = ITEMS_SHOWN,
): void {
  const focus = focusState(container);
  drawFollowUps(container, model, handlers, pageSize);
  restoreFocus(container, focus);
}

function drawGrouping(root: HTMLElement, model: ViewModel, handlers: ViewHandlers): void {
  const switcher = root.createDiv({
    cls: "jsj-grouping",
    attr: { role: "group", "aria-label": "Group the follow-ups" },
  });
  for (const [mode, label] of GROUPINGS) {
    const b = switcher.createEl("button", {
      cls: ["jsj-grouping-option", ...(model.groupBy === mode ? ["is-active"] : [])],
      text: label,
      attr: { "aria-pressed": String(model.groupBy === mode) },
    });
    b.addEventListener("click", () => {
      if (model.groupBy !== mode) handlers.groupBy(mode);
    });
  }
}

function drawSection(root: HTMLElement, section: ViewSection, handlers: ViewHandlers, pageSize: number): void {
  const el = root.createEl("section", {
    cls: ["jsj-section", section.state ? `jsj-section-${section.state}` : "jsj-section-application"],
    attr: { "aria-label": section.title, "data-key": section.key },
  });
  const heading = el.createEl("h2", { cls: "jsj-section-title" });
  const toggle = heading.createEl("button", {
    cls: "jsj-section-toggle",
    text: `${section.title} (${section.count})`,
    attr: { "aria-expanded": String(!section.collapsed), "data-key": section.key },
  });
  toggle.addEventListener("click", () => handlers.toggleSection(section.key));
  if (section.subtitle) el.createDiv({ cls: "jsj-section-subtitle", text: section.subtitle });
  if (section.collapsed) return;
  const list = el.createEl("ul", { cls: "jsj-items" });
  renderPage(el, list, section, 0, handlers, pageSize);
}

/** Notes that need fixing, each a button that opens it (and Log an interview where that fixes it). */
function drawProblems(
  root: HTMLElement,
  problems: ViewModel["problems"],
  collapsed: boolean,
  handlers: ViewHandlers,
): void {
  const el = root.createEl("section", {
    cls: ["jsj-section", "jsj-problems"],
    attr: { "aria-label": "Needs attention" },
  });
  const heading = el.createEl("h2", { cls: "jsj-section-title" });
  const toggle = heading.createEl("button", {
    cls: "jsj-section-toggle",
    text: `Needs attention (${problems.length})`,
    attr: { "aria-expanded": String(!collapsed), "data-key": PROBLEMS_KEY },
  });
  toggle.addEventListener("click", () => handlers.toggleSection(PROBLEMS_KEY));
  if (collapsed) return;
  const list = el.createEl("ul", { cls: "jsj-items" });
  for (const p of problems) {
    const li = list.createEl("li", { cls: "jsj-problem" });
    const where = p.line ? `${p.file}, line ${p.line}` : p.file;
    const open = li.createEl("button", { cls: "jsj-item-title", text: where, attr: { title: `Open ${p.file}` } });
    openOnClick(open, p.file, handlers);
    li.createDiv({ cls: "jsj-problem-message", text: p.message });
    const logInterview = handlers.logInterview;
    if (p.fix === "log-interview" && logInterview) {
      const fix = li.createEl("button", { cls: "jsj-action", text: "Log an interview" });
      fix.addEventListener("click", () => logInterview(p.file));
    }
  }
}

function drawFollowUps(
  container: HTMLElement,
  model: ViewModel | undefined,
  handlers: ViewHandlers,
  pageSize: number,
): void {
  container.empty();
  const root = container.createDiv({ cls: "jsj-view" });
  if (!model) {
    root.createEl("p", { cls: "jsj-empty", text: "Reading your interview notes…" });
    return;
  }
  const pipeline = root.createEl("section", { cls: "jsj-pipeline", attr: { "aria-label": "Pipeline" } });
  pipeline.createEl("p", { cls: "jsj-pipeline-line", text: model.pipelineLine });
  if (model.keepApplyingLine) pipeline.createEl("p", { cls: "jsj-keep-applying", text: model.keepApplyingLine });
  if (model.welcome) drawWelcome(root, handlers);
  else if (model.sections.length === 0)
    root.createEl("p", { cls: "jsj-empty", text: "Nothing is due in the next days." });
  // Grouping only means something with items to group.
  if (model.sections.length > 0) drawGrouping(root, model, handlers);
  for (const section of model.sections) drawSection(root, section, handlers, pageSize);
  if (model.problems.length > 0) drawProblems(root, model.problems, model.problemsCollapsed, handlers);
  root.setAttr("data-due-count", model.dueCount);
  root.setAttr("aria-description", plural(model.dueCount, "follow-up") + " due");
}
