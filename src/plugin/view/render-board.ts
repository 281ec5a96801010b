import { neighbourColumn, sinceWords, type Board, type BoardCard } from "../../core/follow-ups/board";
import { boardDrag } from "./board-drag";
import type { BoardHandlers } from "./board-handlers";

/** Columns beyond this many cards draw the rest on demand: a board of 500 applications stays light. */
export const CARDS_SHOWN = 40;

function renderCard(list: HTMLElement, card: BoardCard, title: string, handlers: BoardHandlers): void {
  const what = [card.role, card.stage].filter((s) => s !== "").join(" · ");
  const li = list.createEl("li", {
    cls: ["jsj-card", ...(card.overdue ? ["jsj-card-overdue"] : [])],
    attr: {
      tabindex: "0",
      "data-file": card.file,
      "data-column": card.column,
      "aria-label": `${card.company}${what ? `, ${what}` : ""}, in ${title}${card.overdue ? ", overdue" : ""}`,
      "aria-describedby": "jsj-board-keys",
    },
  });
  const head = li.createDiv({ cls: "jsj-card-head" });
  const grip = head.createSpan({ cls: "jsj-card-grip", attr: { "aria-hidden": "true" } });
  handlers.icon(grip, "grip-vertical");
  head.createSpan({ cls: "jsj-card-company", text: card.company });
  const more = head.createEl("button", {
    cls: ["jsj-card-more", "clickable-icon"],
    attr: { "aria-label": `Move ${card.company} to…`, "aria-haspopup": "menu" },
  });
  handlers.icon(more, "more-horizontal");
  more.addEventListener("click", (event) => {
    event.stopPropagation();
    handlers.menu(card, event);
  });
  if (what) li.createDiv({ cls: "jsj-card-role", text: what });
  const since = sinceWords(card);
  if (since) li.createDiv({ cls: "jsj-card-since", text: since });
  if (card.next)
    li.createDiv({
      cls: ["jsj-card-next", `jsj-state-${card.next.state}`],
      text: `${card.next.sentence} · ${card.next.dueWords}`,
    });
  li.addEventListener("click", (event) => handlers.openNote(card.file, event));
  li.addEventListener("contextmenu", (event) => {
    event.preventDefault();
    handlers.menu(card, event);
  });
  li.addEventListener("keydown", (event) => onCardKey(event, li, card, handlers));
}

/** Shift+←/→ moves the card a column; ←/→ and ↑/↓ move the focus; Enter opens; the menu key opens the menu. */
function onCardKey(event: KeyboardEvent, li: HTMLElement, card: BoardCard, handlers: BoardHandlers): void {
  const step = event.key === "ArrowLeft" ? -1 : event.key === "ArrowRight" ? 1 : 0;
  if (step !== 0 && event.shiftKey) {
    const to = neighbourColumn(card.column, step);
    if (to) handlers.move(card, to);
  } else if (step !== 0) focusColumn(li, step);
  else if (event.key === "ArrowDown" || event.key === "ArrowUp") {
    const next = event.key === "ArrowDown" ? li.nextElementSibling : li.previousElementSibling;
    if (next instanceof HTMLElement) next.focus();
  } else if (event.key === "Enter") handlers.openNote(card.file, event);
  else if (event.key === "ContextMenu" || (event.key === "F10" && event.shiftKey) || event.key === " ")
    handlers.menu(card, event);
  else return;
  event.preventDefault();
}

function focusColumn(li: HTMLElement, step: -1 | 1): void {
  const columns = [...(li.closest(".jsj-board")?.querySelectorAll<HTMLElement>(".jsj-board-column") ?? [])];
  const at = columns.findIndex((c) => c.contains(li));
  for (let i = at + step; i >= 0 && i < columns.length; i += step) {
    const card = columns[i]?.querySelector<HTMLElement>(".jsj-card");
    if (card) {
      card.focus();
      return;
    }
  }
}

function renderColumn(parent: HTMLElement, col: Board["columns"][number], handlers: BoardHandlers): void {
  const section = parent.createEl("section", {
    cls: ["jsj-board-column", `jsj-column-${col.column}`, ...(col.collapsed ? ["is-collapsed"] : [])],
    attr: { "data-column": col.column, "aria-label": `${col.title}, ${col.cards.length}` },
  });
  const head = section.createEl("button", {
    cls: "jsj-board-column-title",
    attr: { "aria-expanded": String(!col.collapsed) },
  });
  head.createSpan({ text: col.title });
  head.createSpan({ cls: "jsj-board-count", text: String(col.cards.length) });
  head.addEventListener("click", () => handlers.toggleColumn(col.column));
  if (col.collapsed) return;
  const list = section.createEl("ul", { cls: "jsj-board-cards", attr: { "aria-label": col.title } });
  for (const card of col.cards.slice(0, CARDS_SHOWN)) renderCard(list, card, col.title, handlers);
  const rest = col.cards.length - CARDS_SHOWN;
  if (rest > 0) {
    const button = section.createEl("button", { cls: "jsj-board-more", text: `Show ${rest} more` });
    button.addEventListener("click", () => {
      button.remove();
      for (const card of col.cards.slice(CARDS_SHOWN)) renderCard(list, card, col.title, handlers);
    });
  }
}

/** The board: a column per class, its cards as list items; drag, keyboard and the menu move them. */
export function renderBoard(container: HTMLElement, board: Board | undefined, handlers: BoardHandlers): void {
  const focused = container.ownerDocument.activeElement;
  const refocus = focused instanceof HTMLElement ? focused.getAttribute("data-file") : null;
  container.empty();
  container.addClass("jsj-board-view");
  if (!board) {
    container.createDiv({ cls: "jsj-empty", text: "Reading your notes…" });
    return;
  }
  container.createDiv({
    cls: "jsj-board-keys",
    attr: { id: "jsj-board-keys" },
    text: "Shift+Left or Right moves the card a column; the menu key or Space lists every column.",
  });
  const root = container.createDiv({ cls: "jsj-board", attr: { role: "group", "aria-label": "Pipeline board" } });
  for (const col of board.columns) renderColumn(root, col, handlers);
  if (board.unplaced.length > 0)
    container.createDiv({
      cls: "jsj-board-unplaced",
      text: `${board.unplaced.length} ${board.unplaced.length === 1 ? "application has a status" : "applications have statuses"} in no column: place ${board.unplaced.length === 1 ? "it" : "them"} with Map my existing notes.`,
    });
  boardDrag(root, board, handlers);
  if (refocus) root.querySelector<HTMLElement>(`.jsj-card[data-file="${CSS.escape(refocus)}"]`)?.focus();
}
