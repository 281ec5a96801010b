import type { BoardCard } from "../../core/follow-ups/board";
import type { StatusClass } from "../../core/settings/settings";

/** What the board asks of its host when the user acts: the plugin's, the preview's. */
export interface BoardHandlers {
  /** `event`: the click, which says whether to open a new tab (Ctrl/Cmd, the middle button). */
  openNote(path: string, event?: MouseEvent | KeyboardEvent): void;
  /** Moves a card to a column: writes, says what it wrote (with an undo) or why not. */
  move(card: BoardCard, to: StatusClass): void;
  /** Every column a card can move to, in a menu at the pointer or the card. */
  menu(card: BoardCard, event: MouseEvent | KeyboardEvent): void;
  /** Folds or unfolds a column. */
  toggleColumn(column: StatusClass): void;
  icon(el: HTMLElement, name: string): void;
}
