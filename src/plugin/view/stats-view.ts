import type { WorkspaceLeaf } from "obsidian";
import type { Settings } from "../../core/settings/settings";
import { jobSearchStats } from "../../core/stats/stats";
import type { FollowUpModel } from "../model";
import { ModelView } from "./model-view";
import { renderStats } from "./render-stats";
import type { Clock } from "../../core/lib/clock";

export const STATS_VIEW = "job-search-journal-statistics";

/** "Job search statistics": worked out from the model's notes whenever they change, while open. */
export class StatsView extends ModelView {
  constructor(
    leaf: WorkspaceLeaf,
    model: FollowUpModel,
    private readonly settings: () => Settings,
    private readonly clock: Clock,
  ) {
    super(leaf, model, { type: STATS_VIEW, title: "Job search statistics", icon: "trending-up" });
  }

  render(): void {
    const stats = this.model.ready
      ? jobSearchStats(this.model.interviewNotes(), this.clock.wall(), this.settings())
      : undefined;
    renderStats(this.contentEl, stats);
  }
}
