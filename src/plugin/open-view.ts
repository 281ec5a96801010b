import type { App, WorkspaceLeaf } from "obsidian";
import { FOLLOW_UPS_VIEW } from "./view/follow-ups-view";
import { STATS_VIEW } from "./view/stats-view";
import { BOARD_VIEW } from "./view/board-view";

/** Shows a view of this plugin, reusing an open one, else in the leaf `place` gives. */
async function revealView(app: App, type: string, place: () => WorkspaceLeaf | null): Promise<void> {
  const existing = app.workspace.getLeavesOfType(type)[0];
  const leaf = existing ?? place();
  if (!leaf) return;
  if (!existing) await leaf.setViewState({ type, active: true });
  await app.workspace.revealLeaf(leaf);
}

/** The follow-ups view, in the right sidebar. */
export function openFollowUps(app: App): Promise<void> {
  return revealView(app, FOLLOW_UPS_VIEW, () => app.workspace.getRightLeaf(false));
}

/** The pipeline board, in a tab of the main area: columns need the width. */
export function openBoard(app: App): Promise<void> {
  return revealView(app, BOARD_VIEW, () => app.workspace.getLeaf("tab"));
}

/** The statistics, in a tab of the main area: charts need the width. */
export function openStatistics(app: App): Promise<void> {
  return revealView(app, STATS_VIEW, () => app.workspace.getLeaf("tab"));
}
