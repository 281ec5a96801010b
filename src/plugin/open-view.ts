import type { App } from "obsidian";
import { FOLLOW_UPS_VIEW } from "./view/follow-ups-view";
import { STATS_VIEW } from "./view/stats-view";

/** Shows the follow-ups view in the right sidebar, reusing an open one. */
export async function openFollowUps(app: App): Promise<void> {
  const existing = app.workspace.getLeavesOfType(FOLLOW_UPS_VIEW)[0];
  const leaf = existing ?? app.workspace.getRightLeaf(false);
  if (!leaf) return;
  if (!existing) await leaf.setViewState({ type: FOLLOW_UPS_VIEW, active: true });
  await app.workspace.revealLeaf(leaf);
}

/** Shows the statistics in a tab of the main area, reusing an open one: charts need the width. */
export async function openStatistics(app: App): Promise<void> {
  const existing = app.workspace.getLeavesOfType(STATS_VIEW)[0];
  const leaf = existing ?? app.workspace.getLeaf("tab");
  if (!existing) await leaf.setViewState({ type: STATS_VIEW, active: true });
  await app.workspace.revealLeaf(leaf);
}
