import type { ViewModel } from "../../core/follow-ups/view-model";
import type { ViewHandlers } from "./handlers";

/** Above the items: the filter box, the grouping and the compact switch. */

const GROUPINGS: readonly [ViewModel["groupBy"], string][] = [
  ["due", "By due date"],
  ["application", "By application"],
];

export const FILTER_CLASS = "jsj-filter";

function drawFilter(bar: HTMLElement, model: ViewModel, handlers: ViewHandlers): void {
  const input = bar.createEl("input", {
    cls: FILTER_CLASS,
    type: "search",
    value: model.filter.text,
    attr: {
      placeholder: "Filter: company, person, kind",
      "aria-label": "Filter the follow-ups by company, person or kind",
      spellcheck: "false",
    },
  });
  input.addEventListener("input", () => handlers.filter(input.value));
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && input.value !== "") {
      event.preventDefault();
      handlers.filter("");
    }
  });
}

function drawSwitches(bar: HTMLElement, model: ViewModel, handlers: ViewHandlers): void {
  const switcher = bar.createDiv({
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
  const compact = bar.createEl("button", {
    cls: ["jsj-compact-switch", "clickable-icon", ...(model.compact ? ["is-active"] : [])],
    attr: { "aria-label": "One line per item", "aria-pressed": String(model.compact) },
  });
  handlers.icon(compact, "list");
  compact.addEventListener("click", () => handlers.compact(!model.compact));
}

export function drawToolbar(root: HTMLElement, model: ViewModel, handlers: ViewHandlers): void {
  const bar = root.createDiv({ cls: "jsj-toolbar" });
  drawFilter(bar, model, handlers);
  drawSwitches(bar, model, handlers);
  const { shown, total } = model.filter;
  const text = model.filter.text.trim();
  if (text !== "")
    root.createEl("p", {
      cls: "jsj-filter-count",
      text: shown === 0 ? `No follow-up matches "${text}".` : `${shown} of ${total} match "${text}".`,
      attr: { role: "status" },
    });
}
