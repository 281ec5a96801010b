import type { Plugin } from "obsidian";
import type { PluginContext } from "./context";
import { openFollowUps } from "./open-view";

/** "3 follow-ups due" in the status bar (desktop), hidden when nothing is due; a click opens the view. */
export function addStatusBar(plugin: Plugin, ctx: PluginContext): void {
  const el = plugin.addStatusBarItem();
  el.addClass("jsj-status", "mod-clickable");
  el.setAttr("role", "button");
  el.setAttr("tabindex", 0);
  const open = () => void openFollowUps(ctx.app);
  plugin.registerDomEvent(el, "click", open);
  plugin.registerDomEvent(el, "keydown", (e) => {
    if (e.key === "Enter" || e.key === " ") open();
  });
  const update = () => {
    const count = ctx.model.view?.dueCount ?? 0;
    const show = ctx.store.get().showStatusBar && count > 0;
    el.toggleClass("jsj-hidden", !show);
    el.setText(show ? `${count} follow-up${count === 1 ? "" : "s"} due` : "");
  };
  plugin.registerEvent(ctx.model.on("updated", update));
  update();
}
