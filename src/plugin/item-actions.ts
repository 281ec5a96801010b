import { itemContext } from "../core/follow-ups/describe";
import { SNOOZE_CHOICES } from "../core/editing/choices";
import { logInterviewAt } from "./log-interview";
import { Keymap, Menu, setIcon } from "obsidian";
import { doneAction } from "../core/follow-ups/kinds";
import { assertNever } from "../core/lib/assert-never";
import type { DueItem } from "../core/follow-ups/items";
import { addDays, formatDate, parseWhen } from "../core/lib/time";
import { ACTION_ICONS, actionLabel, type ViewItem } from "../core/follow-ups/view-model";
import type { ItemAction } from "../core/follow-ups/items";
import { recordReply } from "./reply-flow";
import { addContacts } from "./contacts";
import type { PluginContext } from "./context";
import { openFollowUpDraft, openThankYouDrafts } from "./drafts";
import { recordOnNote } from "./record";
import type { ViewHandlers } from "./view/handlers";
import { startNewInterviewNote } from "./commands";
import { importSpreadsheet } from "./exchange/import-flow";
import { openMapNotes } from "./map-notes";

/** What the view's buttons and its context menu do. */
export function viewHandlers(ctx: PluginContext): ViewHandlers {
  return {
    openNote(path, event) {
      openNoteFrom(ctx, path, event);
    },
    logInterview(path) {
      logInterviewAt(ctx, path);
    },
    start(how) {
      if (how === "new-note") startNewInterviewNote(ctx);
      else if (how === "import") importSpreadsheet(ctx);
      else void openMapNotes(ctx.app, ctx.store, ctx.clock, () => undefined);
    },
    act(action: ItemAction, item: DueItem, button: HTMLElement, view: ViewItem) {
      void runAction(ctx, action, item, button, view);
    },
    menu(view: ViewItem, event: MouseEvent) {
      const menu = new Menu();
      for (const action of view.actions) {
        if (action === "snooze") continue;
        menu.addItem((i) =>
          i
            .setTitle(actionLabel(view, action))
            .setIcon(ACTION_ICONS[action])
            .onClick(() => void runAction(ctx, action, view.item, undefined, view)),
        );
      }
      menu.addItem((i) =>
        i
          .setTitle("Open the note")
          .setIcon("file-text")
          .onClick(() => void ctx.app.workspace.openLinkText(view.item.file, "", false)),
      );
      menu.addSeparator();
      addSnoozes(ctx, menu, view);
      menu.showAtMouseEvent(event);
    },
    icon(el, name) {
      setIcon(el, name);
    },
    groupBy(mode) {
      void ctx.store.update((s) => (s.view.groupBy = mode));
    },
    compact(on) {
      void ctx.store.update((s) => (s.view.compact = on));
    },
    filter(text) {
      ctx.model.setFilter(text);
    },
    toggleSection(key) {
      toggleFolded(ctx, key);
    },
  };
}

/** A note opened as links open: in a new tab with Ctrl/Cmd, or a middle click. */
export function openNoteFrom(ctx: PluginContext, path: string, event?: MouseEvent | KeyboardEvent): void {
  const newLeaf =
    event === undefined ? false : event instanceof MouseEvent && event.button === 1 ? "tab" : Keymap.isModEvent(event);
  void ctx.app.workspace.openLinkText(path, "", newLeaf);
}

/** Folds or unfolds a section of the sidebar or a column of the board (remembered in the settings). */
export function toggleFolded(ctx: PluginContext, key: string): void {
  void ctx.store.update((s) => {
    s.view.collapsed = s.view.collapsed.includes(key)
      ? s.view.collapsed.filter((k) => k !== key)
      : [...s.view.collapsed, key];
  });
}

/** Snooze hides every item of the note until that day: the menu says so, and how many. */
function addSnoozes(ctx: PluginContext, menu: Menu, view: ViewItem): void {
  const start = parseWhen(ctx.clock.today());
  const what =
    view.noteItems > 1
      ? `all ${view.noteItems} items of ${itemContext(view.item)}`
      : `this item (${itemContext(view.item)})`;
  menu.addItem((i) => i.setTitle(`Snooze hides ${what}`).setIcon(ACTION_ICONS.snooze).setDisabled(true));
  for (const { label, days } of SNOOZE_CHOICES) {
    menu.addItem((i) =>
      i.setTitle(`Snooze ${label}`).onClick(() => {
        if (start)
          void recordOnNote(ctx, view.item.file, { kind: "snooze", until: formatDate(addDays(start, days).at) });
      }),
    );
  }
}

export async function runAction(
  ctx: PluginContext,
  action: ItemAction,
  item: DueItem,
  button?: HTMLElement,
  view?: ViewItem,
): Promise<void> {
  const today = ctx.clock.today();
  const note = ctx.model.noteAt(item.file);
  switch (action) {
    case "done": {
      const action = doneAction(item, today);
      if (action) await recordOnNote(ctx, item.file, action);
      return;
    }
    case "draft":
      if (!note) return;
      // The draft for this item's person first; the others are one click away in the same window.
      if (item.kind === "thank-you") await openThankYouDrafts(ctx, note, item.person);
      else await openFollowUpDraft(ctx, note);
      return;
    case "reply":
      if (note) recordReply(ctx, note);
      return;
    case "contacts":
      if (note) addContacts(ctx, note);
      return;
    case "snooze": {
      const menu = new Menu();
      if (view) addSnoozes(ctx, menu, view);
      // Positioned at the button, so it opens from the keyboard as well as the mouse.
      const rect = button?.getBoundingClientRect();
      menu.showAtPosition({ x: rect?.left ?? 0, y: rect?.bottom ?? 0 });
      return;
    }
    default:
      assertNever(action);
  }
}
