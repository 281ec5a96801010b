import type { WorkspaceLeaf } from "obsidian";
import type { FollowUpModel } from "../model";
import { ModelView } from "./model-view";
import type { BoardHandlers } from "./board-handlers";
import { renderBoard } from "./render-board";

export const BOARD_VIEW = "job-search-journal-board";

/** What a board's host says after a move, read out by screen readers (a live region the redraws keep). */
export type Announce = (text: string) => void;

/** The pipeline board, in a tab of the main area: columns need the width. */
export class BoardView extends ModelView {
  private boardEl: HTMLElement | undefined;
  private liveEl: HTMLElement | undefined;

  constructor(
    leaf: WorkspaceLeaf,
    model: FollowUpModel,
    private readonly handlers: (announce: Announce) => BoardHandlers,
  ) {
    super(leaf, model, { type: BOARD_VIEW, title: "Pipeline board", icon: "square-kanban" });
  }

  render(): void {
    if (!this.boardEl || !this.liveEl) {
      this.contentEl.empty();
      this.boardEl = this.contentEl.createDiv();
      this.liveEl = this.contentEl.createDiv({ cls: "jsj-sr-only", attr: { "aria-live": "polite", role: "status" } });
    }
    const live = this.liveEl;
    renderBoard(
      this.boardEl,
      this.model.board(),
      this.handlers((text) => live.setText(text)),
    );
  }
}
