import type { DueItem } from "../../core/follow-ups/items";
import type { ViewItem, ViewModel } from "../../core/follow-ups/view-model";
import type { ItemAction } from "../../core/follow-ups/items";

/** What the follow-ups view asks of its host when the user acts: the plugin's, the preview's, the bench's. */
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
  /** One line per item, or the full item (remembered in the settings). */
  compact(on: boolean): void;
  /** What the filter box holds (for the session). */
  filter(text: string): void;
  /** Folds or unfolds a section (remembered in the settings). */
  toggleSection(key: string): void;
  /** Log an interview in a note whose status says interviewing but that has no interview date. */
  logInterview?: (path: string) => void;
  /** The ways to start, offered while the vault has no application note. */
  start?: (how: StartWith) => void;
}

export type StartWith = "new-note" | "import" | "map";
