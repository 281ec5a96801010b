import { Menu } from "obsidian";
import { doneAction } from "../core/actions";
import type { DueItem } from "../core/engine";
import { addDays, formatDate, parseWhen } from "../core/time";
import type { ItemAction } from "../core/view-model";
import type { PluginContext } from "./context";
import { openFollowUpDraft, openThankYouDrafts } from "./drafts";
import { recordOnNote } from "./record";
import { todayOf } from "./today";
import type { ViewHandlers } from "./view/render-follow-ups";
import { recordReply } from "./commands/record-reply";

const SNOOZES: [string, number][] = [
  ["1 day", 1],
  ["3 days", 3],
  ["1 week", 7],
];

/** What the view's buttons do. */
export function viewHandlers(ctx: PluginContext): ViewHandlers {
  return {
    openNote(path) {
      void ctx.app.workspace.openLinkText(path, "", false);
    },
    act(action: ItemAction, item: DueItem, button: HTMLElement) {
      void runAction(ctx, action, item, button);
    },
  };
}

export async function runAction(ctx: PluginContext, action: ItemAction, item: DueItem, button?: HTMLElement): Promise<void> {
  const today = todayOf(ctx.now());
  const note = ctx.model.noteAt(item.file);
  switch (action) {
    case "done": {
      const action = doneAction(item, today);
      if (action) await recordOnNote(ctx, item.file, action);
      return;
    }
    case "draft":
      if (!note) return;
      if (item.kind === "thank-you") await openThankYouDrafts(ctx, note);
      else await openFollowUpDraft(ctx, note);
      return;
    case "reply":
      if (note) recordReply(ctx, note);
      return;
    case "snooze": {
      const menu = new Menu();
      const start = parseWhen(today);
      for (const [label, days] of SNOOZES) {
        menu.addItem((i) =>
          i.setTitle(`Snooze ${label}`).onClick(() => {
            if (start) void recordOnNote(ctx, item.file, { kind: "snooze", until: formatDate(addDays(start, days).at) });
          }),
        );
      }
      // Positioned at the button, so it opens from the keyboard as well as the mouse.
      const rect = button?.getBoundingClientRect();
      menu.showAtPosition({ x: rect?.left ?? 0, y: rect?.bottom ?? 0 });
      return;
    }
  }
}
