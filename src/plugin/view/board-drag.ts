import type { Board, BoardCard } from "../../core/follow-ups/board";
import type { StatusClass } from "../../core/settings/settings";
import type { BoardHandlers } from "./board-handlers";

/**
 * Dragging a card to another column, with pointer events: one path for a mouse, a pen and a
 * finger (HTML drag and drop does not start from a touch on most phones). A mouse drags from
 * anywhere on the card once it has moved a few pixels, so a click still opens the note; a finger
 * drags from the card's grip, which takes the touch (`touch-action: none`), so the column still
 * scrolls under a finger anywhere else.
 */

const THRESHOLD = 6;

interface Drag {
  card: BoardCard;
  el: HTMLElement;
  pointer: number;
  x: number;
  y: number;
  started: boolean;
  over?: HTMLElement;
}

function columnAt(root: HTMLElement, x: number, y: number): HTMLElement | undefined {
  const hit = root.ownerDocument.elementFromPoint(x, y);
  const column = hit?.closest(".jsj-board-column");
  return column instanceof HTMLElement && root.contains(column) ? column : undefined;
}

export function boardDrag(root: HTMLElement, board: Board, handlers: BoardHandlers): void {
  const cards = new Map(board.columns.flatMap((c) => c.cards.map((card) => [card.file, card] as const)));
  let drag: Drag | undefined;
  const end = () => {
    drag?.el.removeClass("is-dragging");
    drag?.over?.removeClass("is-drop-target");
    root.removeClass("is-dragging");
    drag = undefined;
  };
  root.addEventListener("pointerdown", (event) => {
    const el = (event.target as HTMLElement | null)?.closest(".jsj-card");
    if (!(el instanceof HTMLElement) || event.button !== 0) return;
    if ((event.target as HTMLElement).closest("button")) return;
    // A finger drags by the grip only: elsewhere it scrolls.
    if (event.pointerType === "touch" && !(event.target as HTMLElement).closest(".jsj-card-grip")) return;
    const card = cards.get(el.getAttribute("data-file") ?? "");
    if (!card) return;
    drag = { card, el, pointer: event.pointerId, x: event.clientX, y: event.clientY, started: false };
  });
  root.addEventListener("pointermove", (event) => {
    if (!drag || event.pointerId !== drag.pointer) return;
    if (!drag.started) {
      if (Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < THRESHOLD) return;
      drag.started = true;
      drag.el.addClass("is-dragging");
      root.addClass("is-dragging");
      drag.el.setPointerCapture?.(event.pointerId);
    }
    const over = columnAt(root, event.clientX, event.clientY);
    if (over !== drag.over) {
      drag.over?.removeClass("is-drop-target");
      over?.addClass("is-drop-target");
      drag.over = over;
    }
  });
  root.addEventListener("pointerup", (event) => {
    if (!drag || event.pointerId !== drag.pointer) return;
    const { started, card } = drag;
    const to = columnAt(root, event.clientX, event.clientY)?.getAttribute("data-column") as StatusClass | null;
    end();
    if (!started) return;
    // The click that follows a drag would open the note: swallowed, only that one.
    const swallow = (e: Event) => e.stopPropagation();
    root.addEventListener("click", swallow, { capture: true });
    window.setTimeout(() => root.removeEventListener("click", swallow, { capture: true }), 0);
    if (to && to !== card.column) handlers.move(card, to);
  });
  root.addEventListener("pointercancel", end);
}
