import type { WorkspaceLeaf } from "obsidian";
import type { Settings } from "../../core/settings/settings";
import { jobSearchStats } from "../../core/stats/stats";
import { wallClockOf } from "../../core/lib/time";
import type { FollowUpModel } from "../model";
import { ModelView } from "./model-view";
import { renderStats } from "./render-stats";

export const STATS_VIEW = "job-search-journal-statistics";

/** "Job search statistics": worked out from the model's notes whenever they change, while open. */
export class StatsView extends ModelView {
  constructor(
    leaf: WorkspaceLeaf,
    model: FollowUpModel,
    private readonly settings: () => Settings,
    private readonly now: () => Date,
  ) {
    super(leaf, model, { type: STATS_VIEW, title: "Job search statistics", icon: "trending-up" });
  }

  render(): void {
    const stats = this.model.ready
      ? jobSearchStats(this.model.interviewNotes(), wallClockOf(this.now()), this.settings())
      : undefined;
    renderStats(this.contentEl, stats);
  }
}
