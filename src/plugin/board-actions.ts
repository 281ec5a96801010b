import { Menu, Notice, setIcon } from "obsidian";
import { COLUMN_TITLES, type BoardCard } from "../core/follow-ups/board";
import { STATUS_CLASSES, type StatusClass } from "../core/settings/settings";
import type { PluginContext } from "./context";
import { openNoteFrom, toggleFolded } from "./item-actions";
import { logInterviewAt } from "./log-interview";
import { noticeWithButtons, type NoticeButton } from "./notice-buttons";
import { recordOnNote, undoWrite, type Recorded } from "./record";
import type { Announce } from "./view/board-view";
import type { BoardHandlers } from "./view/board-handlers";

/** What the board does when the user acts: the writes go through the same path as every action. */

/** What a move implies, offered beside its undo: an interview to log, an offer's deadline, moving on. */
function nextSteps(ctx: PluginContext, card: BoardCard, to: StatusClass): NoticeButton[] {
  if (to === "interviewing") return [{ label: "Log an interview", run: () => logInterviewAt(ctx, card.file) }];
  if (to === "offer") {
    const run = () => void ctx.app.workspace.openLinkText(card.file, "", false);
    return [{ label: "Open the note (add offer_deadline)", run }];
  }
  return [];
}

function movedText(ctx: PluginContext, card: BoardCard, to: StatusClass, result: Recorded): string {
  const said = result.sentence || `Moved ${card.company} to ${COLUMN_TITLES[to]}.`;
  if (to !== "closed") return said;
  // Article 003: move on, and (all four) keep applying elsewhere.
  const active = ctx.model.report?.summary.active ?? 0;
  return `${said} Moving on is right when they have gone quiet; keep applying: ${active} ${active === 1 ? "application is" : "applications are"} active.`;
}

export async function moveCard(
  ctx: PluginContext,
  card: BoardCard,
  to: StatusClass,
  announce: Announce,
  force = false,
): Promise<void> {
  const action = { kind: "move", to, date: ctx.clock.today() } as const;
  const result = await recordOnNote(ctx, card.file, action, { force, quiet: true });
  if (!result) return;
  if (result.status === "written" && result.before !== undefined && result.after !== undefined) {
    const { before, after } = result;
    const text = movedText(ctx, card, to, result);
    announce(text);
    const undo = () =>
      void undoWrite(ctx, card.file, before, after).then((why) => {
        const said = why
          ? `Could not undo the move of ${card.company}: ${why}.`
          : `${card.company} is back in ${COLUMN_TITLES[card.column]}.`;
        announce(said);
        new Notice(said);
      });
    noticeWithButtons(text, "jsj-notice-text", [{ label: "Undo", run: undo }, ...nextSteps(ctx, card, to)]);
    return;
  }
  const why =
    result.status === "unchanged" ? result.reason : result.status === "refused" ? result.message : "nothing changed";
  const text = `${card.company} stays in ${COLUMN_TITLES[card.column]}: ${why}.`;
  announce(text);
  if (result.status === "refused" && result.byCheck)
    noticeWithButtons(text, "jsj-notice-text", [
      { label: "Move anyway", run: () => void moveCard(ctx, card, to, announce, true) },
    ]);
  else new Notice(text);
}

export function boardHandlers(ctx: PluginContext, announce: Announce): BoardHandlers {
  return {
    openNote(path, event) {
      openNoteFrom(ctx, path, event);
    },
    move(card, to) {
      void moveCard(ctx, card, to, announce);
    },
    menu(card, event) {
      const menu = new Menu();
      for (const to of STATUS_CLASSES) {
        if (to === card.column) continue;
        menu.addItem((i) =>
          i
            .setTitle(`Move to ${COLUMN_TITLES[to]}`)
            .setIcon("arrow-right")
            .onClick(() => void moveCard(ctx, card, to, announce)),
        );
      }
      menu.addSeparator();
      menu.addItem((i) =>
        i
          .setTitle("Open the note")
          .setIcon("file-text")
          .onClick(() => void ctx.app.workspace.openLinkText(card.file, "", false)),
      );
      if (event instanceof MouseEvent && event.clientX + event.clientY > 0) menu.showAtMouseEvent(event);
      else {
        const rect = (event.target as HTMLElement).getBoundingClientRect();
        menu.showAtPosition({ x: rect.left, y: rect.bottom });
      }
    },
    toggleColumn(column) {
      toggleFolded(ctx, `board:${column}`);
    },
    icon(el, name) {
      setIcon(el, name);
    },
  };
}
