import { plural } from "../../core/describe";
import type { DueItem } from "../../core/engine";
import type { ItemAction, ViewItem, ViewModel, ViewSection } from "../../core/view-model";

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
  openNote(path: string): void;
  act(action: ItemAction, item: DueItem, button: HTMLElement): void;
}

const ACTION_LABELS: Record<Exclude<ItemAction, "done">, string> = {
  draft: "Draft",
  reply: "Reply received",
  snooze: "Snooze",
};

function renderItem(list: HTMLElement, v: ViewItem, handlers: ViewHandlers): void {
  const li = list.createEl("li", { cls: ["jsj-item", `jsj-kind-${v.item.kind}`], attr: { "data-id": v.item.id } });
  const open = li.createEl("button", { cls: "jsj-item-title", text: v.sentence, attr: { title: `Open ${v.item.file}` } });
  open.addEventListener("click", () => handlers.openNote(v.item.file));
  const meta = li.createDiv({ cls: "jsj-item-meta" });
  meta.createSpan({ cls: `jsj-due jsj-due-${v.item.state}`, text: v.dueWords });
  if (v.context !== "") meta.createSpan({ cls: "jsj-context", text: v.context });
  if (v.item.email) meta.createSpan({ cls: "jsj-email", text: v.item.email });
  if (v.note) li.createDiv({ cls: "jsj-item-note", text: v.note });
  const actions = li.createDiv({ cls: "jsj-actions", attr: { role: "group", "aria-label": `Actions for: ${v.sentence}` } });
  for (const action of v.actions) {
    const label = action === "done" ? v.doneLabel : ACTION_LABELS[action];
    const button = actions.createEl("button", {
      cls: ["jsj-action", `jsj-action-${action}`, ...(action === "done" ? ["mod-cta"] : [])],
      text: label,
      attr: { "aria-label": `${label}: ${v.sentence}`, "data-action": action },
    });
    button.addEventListener("click", () => handlers.act(action, v.item, button));
  }
}

function renderPage(el: HTMLElement, list: HTMLElement, section: ViewSection, from: number, handlers: ViewHandlers, pageSize: number): void {
  const to = Math.min(section.count, from + pageSize);
  for (let i = from; i < to; i++) renderItem(list, section.at(i), handlers);
  if (to >= section.count) return;
  const more = el.createEl("button", { cls: "jsj-show-more", text: `Show ${section.count - to} more` });
  more.addEventListener("click", () => {
    more.remove();
    renderPage(el, list, section, to, handlers, pageSize);
  });
}

export function renderFollowUps(container: HTMLElement, model: ViewModel | undefined, handlers: ViewHandlers, pageSize = ITEMS_SHOWN): void {
  container.empty();
  const root = container.createDiv({ cls: "jsj-view" });
  if (!model) {
    root.createEl("p", { cls: "jsj-empty", text: "Reading your interview notes…" });
    return;
  }
  const pipeline = root.createEl("section", { cls: "jsj-pipeline", attr: { "aria-label": "Pipeline" } });
  pipeline.createEl("p", { cls: "jsj-pipeline-line", text: model.pipelineLine });
  if (model.keepApplyingLine) pipeline.createEl("p", { cls: "jsj-keep-applying", text: model.keepApplyingLine });

  if (model.sections.length === 0) {
    root.createEl("p", { cls: "jsj-empty", text: "Nothing is due in the next days." });
  }
  for (const section of model.sections) {
    const el = root.createEl("section", { cls: ["jsj-section", `jsj-section-${section.state}`], attr: { "aria-label": section.title } });
    el.createEl("h2", { cls: "jsj-section-title", text: `${section.title} (${section.count})` });
    const list = el.createEl("ul", { cls: "jsj-items" });
    renderPage(el, list, section, 0, handlers, pageSize);
  }

  if (model.problems.length > 0) {
    const el = root.createEl("section", { cls: ["jsj-section", "jsj-problems"], attr: { "aria-label": "Needs attention" } });
    el.createEl("h2", { cls: "jsj-section-title", text: `Needs attention (${model.problems.length})` });
    const list = el.createEl("ul", { cls: "jsj-items" });
    for (const p of model.problems) {
      const li = list.createEl("li", { cls: "jsj-problem" });
      const where = p.line ? `${p.file}, line ${p.line}` : p.file;
      const open = li.createEl("button", { cls: "jsj-item-title", text: where, attr: { title: `Open ${p.file}` } });
      open.addEventListener("click", () => handlers.openNote(p.file));
      li.createDiv({ cls: "jsj-problem-message", text: p.message });
    }
  }
  root.setAttr("data-due-count", model.dueCount);
  root.setAttr("aria-description", plural(model.dueCount, "follow-up") + " due");
}
