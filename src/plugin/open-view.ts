import type { App } from "obsidian";
import { FOLLOW_UPS_VIEW } from "./view/follow-ups-view";

/** Shows the follow-ups view in the right sidebar, reusing an open one. */
export async function openFollowUps(app: App): Promise<void> {
  const existing = app.workspace.getLeavesOfType(FOLLOW_UPS_VIEW)[0];
  const leaf = existing ?? app.workspace.getRightLeaf(false);
  if (!leaf) return;
  if (!existing) await leaf.setViewState({ type: FOLLOW_UPS_VIEW, active: true });
  await app.workspace.revealLeaf(leaf);
}
