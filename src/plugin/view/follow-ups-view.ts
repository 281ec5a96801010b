import type { WorkspaceLeaf } from "obsidian";
import type { FollowUpModel } from "../model";
import { ModelView } from "./model-view";
import type { ViewHandlers } from "./handlers";
import { renderFollowUps } from "./render-follow-ups";

export const FOLLOW_UPS_VIEW = "job-search-journal-follow-ups";

/** The "Follow-ups due" sidebar. */
export class FollowUpsView extends ModelView {
  constructor(
    leaf: WorkspaceLeaf,
    model: FollowUpModel,
    private readonly handlers: ViewHandlers,
  ) {
    super(leaf, model, { type: FOLLOW_UPS_VIEW, title: "Follow-ups due", icon: "calendar-check" });
  }

  render(): void {
    renderFollowUps(this.contentEl, this.model.view, this.handlers);
  }
}
