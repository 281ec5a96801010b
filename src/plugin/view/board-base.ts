import { BasesView, requireApiVersion, type Plugin, type QueryController } from "obsidian";
import type { FollowUpModel } from "../model";
import type { Announce } from "./board-view";
import type { BoardHandlers } from "./board-handlers";
import { renderBoard } from "./render-board";

export const BOARD_BASES_VIEW = "job-search-journal-board";

/**
 * The pipeline board as a view of a base (Obsidian 1.10 and later): the base's filters choose the
 * notes, the board places them by their mapped status, from the plugin's own index (no second
 * read of the notes). A note the index does not read as an application is not on it. The class
 * is made only where Obsidian has Bases views: before 1.10 `BasesView` is not there to extend.
 */
export function registerBoardBase(
  plugin: Plugin,
  model: FollowUpModel,
  handlers: (announce: Announce) => BoardHandlers,
): boolean {
  if (requireApiVersion("1.10.0") && typeof BasesView === "function") {
    class BoardBasesView extends BasesView {
      override type = BOARD_BASES_VIEW;
      private readonly boardEl: HTMLElement;
      private readonly liveEl: HTMLElement;

      constructor(controller: QueryController, containerEl: HTMLElement) {
        super(controller);
        this.boardEl = containerEl.createDiv();
        this.liveEl = containerEl.createDiv({ cls: "jsj-sr-only", attr: { "aria-live": "polite", role: "status" } });
      }

      override onload(): void {
        this.registerEvent(model.on("updated", () => this.onDataUpdated()));
      }

      onDataUpdated(): void {
        const files = new Set(this.data.data.map((entry) => entry.file.path));
        const live = this.liveEl;
        renderBoard(
          this.boardEl,
          model.board(files),
          handlers((text) => live.setText(text)),
        );
      }
    }
    return plugin.registerBasesView(BOARD_BASES_VIEW, {
      name: "Pipeline board",
      icon: "square-kanban",
      factory: (controller, containerEl) => new BoardBasesView(controller, containerEl),
    });
  }
  return false;
}
