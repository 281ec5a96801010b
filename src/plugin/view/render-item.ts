import { ACTION_ICONS, actionLabel, type ViewItem } from "../../core/follow-ups/view-model";
import type { ItemAction } from "../../core/follow-ups/items";
import type { ViewHandlers } from "./handlers";

/** One follow-up as a list item: in full (its words, context and every action) or compact (one line). */

/** A note opens on a click; the handler opens a new tab for Ctrl/Cmd or a middle click, as links do in Obsidian. */
export function openOnClick(el: HTMLElement, file: string, handlers: ViewHandlers): void {
  el.addEventListener("click", (event) => handlers.openNote(file, event));
  el.addEventListener("auxclick", (event) => {
    if (event.button === 1) handlers.openNote(file, event);
  });
}

/** An action as an icon with one name, which Obsidian also shows as the tooltip (a `title` would draw a second). */
function iconButton(
  parent: HTMLElement,
  v: ViewItem,
  action: ItemAction,
  name: string,
  handlers: ViewHandlers,
): HTMLElement {
  const button = parent.createEl("button", {
    cls: ["jsj-action", "jsj-icon-action", "clickable-icon", `jsj-action-${action}`],
    attr: { "aria-label": `${name}: ${v.sentence}`, "data-action": action },
  });
  handlers.icon(button, ACTION_ICONS[action]);
  button.addEventListener("click", () => handlers.act(action, v.item, button, v));
  return button;
}

/** The item's frame: its list item, the menu on right-click, and its sentence as the button that opens the note. */
function itemFrame(list: HTMLElement, v: ViewItem, handlers: ViewHandlers): HTMLElement {
  const li = list.createEl("li", {
    cls: ["jsj-item", `jsj-kind-${v.item.kind}`, `jsj-state-${v.item.state}`],
    attr: { "data-id": v.item.id },
  });
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
  return li;
}

/** The due words and the day in its one short form: "due in 4 days · 16 Mar". */
function dueText(v: ViewItem): string {
  return `${v.dueWords} · ${v.dueDate}`;
}

export function renderItem(list: HTMLElement, v: ViewItem, handlers: ViewHandlers): void {
  const li = itemFrame(list, v, handlers);
  const meta = li.createDiv({ cls: "jsj-item-meta" });
  meta.createSpan({ cls: `jsj-due jsj-due-${v.item.state}`, text: dueText(v) });
  for (const d of v.details) if (!d.line) meta.createSpan({ cls: `jsj-${d.name}`, text: d.text });
  for (const d of v.details) if (d.line) li.createDiv({ cls: `jsj-item-${d.name}`, text: d.text });
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
    // Snooze hides every item of the note, and says how many.
    const name =
      action === "snooze" && v.noteItems > 1 ? `Snooze all ${v.noteItems} items of this note` : actionLabel(v, action);
    iconButton(actions, v, action, name, handlers);
  }
}

/**
 * One line: the sentence, the due words, the next step as an icon, and every other action in the
 * menu (right-click, or the ⋯ button on a touch screen), as Tasks' short mode draws a task.
 */
export function renderCompactItem(list: HTMLElement, v: ViewItem, handlers: ViewHandlers): void {
  const li = itemFrame(list, v, handlers);
  li.addClass("jsj-item-compact");
  li.createSpan({ cls: `jsj-due jsj-due-${v.item.state}`, text: v.dueWords, attr: { title: v.dueDate } });
  const actions = li.createDiv({
    cls: "jsj-actions",
    attr: { role: "group", "aria-label": `Actions for: ${v.sentence}` },
  });
  if (v.primary) {
    const button = iconButton(actions, v, v.primary, actionLabel(v, v.primary), handlers);
    if (v.accent) button.addClass("jsj-accent");
  }
  const more = actions.createEl("button", {
    cls: ["jsj-action", "jsj-icon-action", "clickable-icon", "jsj-action-more"],
    attr: { "aria-label": `More actions: ${v.sentence}`, "aria-haspopup": "menu", "data-action": "more" },
  });
  handlers.icon(more, "more-horizontal");
  more.addEventListener("click", (event) => handlers.menu(v, event));
}
