import type { Plugin } from "obsidian";
import { nudgeDue, nudgeText } from "../core/follow-ups/nudge";
import type { PluginContext } from "./context";
import { noticeWithButtons } from "./notice-buttons";
import { openFollowUps } from "./open-view";

/**
 * Once a day, when Obsidian starts or the day turns, a notice of what is to do today with a
 * button to the sidebar, for someone who does not keep it open. The day is remembered in the
 * settings, so a restart the same day says nothing again; the setting turns it off.
 */
export function startDailyNudge(plugin: Plugin, ctx: PluginContext): void {
  const nudge = (): void => {
    const settings = ctx.store.get();
    const today = ctx.clock.today();
    if (!nudgeDue(settings.dailyNudge, settings.view.nudgedOn, today) || !ctx.model.report) return;
    const text = nudgeText(ctx.model.report.items);
    if (!text) return;
    void ctx.store.update((d) => (d.view.nudgedOn = today));
    noticeWithButtons(
      `Job Search Journal: ${text}`,
      "jsj-nudge-text",
      [{ label: "Open follow-ups", run: () => void openFollowUps(ctx.app), cta: true }],
      15_000,
    );
  };
  nudge();
  plugin.registerInterval(window.setInterval(nudge, 60_000));
}
