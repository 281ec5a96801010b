import { ItemView, type WorkspaceLeaf } from "obsidian";
import type { FollowUpModel } from "../model";
import { renderFollowUps, type ViewHandlers } from "./render-follow-ups";

export const FOLLOW_UPS_VIEW = "job-search-journal-follow-ups";

/** The "Follow-ups due" sidebar. It holds no state of its own: it draws the model when it changes. */
export class FollowUpsView extends ItemView {
  constructor(leaf: WorkspaceLeaf, private readonly model: FollowUpModel, private readonly handlers: ViewHandlers) {
    super(leaf);
  }

  getViewType(): string {
    return FOLLOW_UPS_VIEW;
  }

  getDisplayText(): string {
    return "Follow-ups due";
  }

  override getIcon(): string {
    return "calendar-check";
  }

  override async onOpen(): Promise<void> {
    this.registerEvent(this.model.on("updated", () => this.render()));
    this.render();
    await Promise.resolve();
  }

  render(): void {
    renderFollowUps(this.contentEl, this.model.view, this.handlers);
  }
}
