import { plural } from "../../core/follow-ups/describe";
import { noteTitle } from "../../core/lib/paths";
import { PROBLEMS_KEY, type ViewModel, type ViewSection } from "../../core/follow-ups/view-model";
import type { StartWith, ViewHandlers } from "./handlers";
import { openOnClick, renderCompactItem, renderItem } from "./render-item";
import { drawToolbar, FILTER_CLASS } from "./toolbar";

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

function renderPage(
  el: HTMLElement,
  list: HTMLElement,
  section: ViewSection,
  from: number,
  handlers: ViewHandlers,
  pageSize: number,
  compact: boolean,
): void {
  const to = Math.min(section.count, from + pageSize);
  const draw = compact ? renderCompactItem : renderItem;
  for (let i = from; i < to; i++) draw(list, section.at(i), handlers);
  if (to >= section.count) return;
  const more = el.createEl("button", { cls: "jsj-show-more", text: `Show ${section.count - to} more` });
  more.addEventListener("click", () => {
    more.remove();
    renderPage(el, list, section, to, handlers, pageSize, compact);
  });
}

/** Where the keyboard was before a redraw: the item, the control in it, and the item after it. */
export type FocusState =
  | { id: string; action?: string; next?: string }
  /** Typing in the filter box, which every keystroke redraws: the caret stays where it was. */
  | { filter: true; caret: number };

export function focusState(container: HTMLElement): FocusState | undefined {
  const active = container.ownerDocument.activeElement;
  if (!(active instanceof HTMLElement) || !container.contains(active)) return undefined;
  if (active.instanceOf(HTMLInputElement) && active.hasClass(FILTER_CLASS))
    return { filter: true, caret: active.selectionStart ?? active.value.length };
  const li = active.closest(".jsj-item");
  const id = li?.getAttribute("data-id");
  if (!li || !id) return undefined;
  const state: FocusState & { id: string } = { id };
  const action = active.getAttribute("data-action");
  if (action) state.action = action;
  const next = li.nextElementSibling?.getAttribute("data-id");
  if (next) state.next = next;
  return state;
}

/** An item's next thing to do, else its title. */
function firstControl(li: HTMLElement | undefined): HTMLElement | null {
  return (
    li?.querySelector<HTMLElement>(".jsj-action-primary") ?? li?.querySelector<HTMLElement>(".jsj-item-title") ?? null
  );
}

/**
 * After a redraw, the keyboard stays where it was: on the same control of the same item, or,
 * when the item left (it was done), on the item that came after it, so a keyboard user does not
 * start again from the top.
 */
export function restoreFocus(container: HTMLElement, state: FocusState | undefined): void {
  if (!state) return;
  if ("filter" in state) {
    const input = container.querySelector<HTMLInputElement>(`.${FILTER_CLASS}`);
    input?.focus();
    input?.setSelectionRange(state.caret, state.caret);
    return;
  }
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

function drawSection(
  root: HTMLElement,
  section: ViewSection,
  handlers: ViewHandlers,
  pageSize: number,
  compact: boolean,
): void {
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
  renderPage(el, list, section, 0, handlers, pageSize, compact);
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
    // The note by its name, as Obsidian's tabs show it; its folder in the tooltip.
    const where = p.line ? `${noteTitle(p.file)}, line ${p.line}` : noteTitle(p.file);
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
  // The filter and the grouping only mean something with items to filter and group.
  if (model.filter.total > 0) drawToolbar(root, model, handlers);
  if (!model.welcome && model.filter.total === 0)
    root.createEl("p", { cls: "jsj-empty", text: "Nothing is due in the next days." });
  if (model.compact) root.addClass("jsj-compact");
  for (const section of model.sections) drawSection(root, section, handlers, pageSize, model.compact);
  if (model.problems.length > 0) drawProblems(root, model.problems, model.problemsCollapsed, handlers);
  root.setAttr("data-due-count", model.dueCount);
  root.setAttr("aria-description", plural(model.dueCount, "follow-up") + " due");
}
