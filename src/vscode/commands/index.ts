import * as vscode from "vscode";
import { doneAction } from "../../core/follow-ups/kinds";
import type { DueItem } from "../../core/follow-ups/items";
import type { InterviewNote } from "../../core/notes/schema";
import { logInterview } from "./log-interview";
import type { Node } from "../tree";
import { recordInNote } from "../write";
import { openNote, pickNote, type CommandContext } from "./context";
import { draftFollowUp, draftThankYou } from "./drafts";
import { addEmails, moveApplication, recordReply, snooze } from "./record";
import type { BoardNode } from "../board-tree";
import { newDebrief, newNote } from "./notes";
import { exportCalendar, statistics } from "./export";
import { exportCsv, importSpreadsheet } from "./exchange";

/** The commands of the palette and of the tree's items, under one category (the manifest's). */

/** The item a tree command was run on (from its context menu or inline button). */
function itemOf(node: Node | undefined): { item: DueItem; noteItems: number } | undefined {
  return node?.kind === "item" ? { item: node.view.item, noteItems: node.view.noteItems } : undefined;
}

/** The palette's commands and the view's title bar. */
function paletteCommands(c: CommandContext): vscode.Disposable[] {
  const withNote = (placeHolder: string, then: (note: InterviewNote) => Promise<void>) => async () => {
    const note = await pickNote(c, placeHolder);
    if (note) await then(note);
  };
  const register = vscode.commands.registerCommand;
  return [
    register("jobSearchJournal.openFollowUps", () =>
      vscode.commands.executeCommand("jobSearchJournal.followUps.focus"),
    ),
    register("jobSearchJournal.newInterviewNote", () => newNote(c)),
    register(
      "jobSearchJournal.newDebrief",
      withNote("Which interview?", (note) => newDebrief(c, note)),
    ),
    register(
      "jobSearchJournal.draftThankYou",
      withNote("Thank-you notes for which interview?", (note) => draftThankYou(c, note)),
    ),
    register(
      "jobSearchJournal.draftFollowUp",
      withNote("Follow up on which interview?", (note) => draftFollowUp(c, note)),
    ),
    register(
      "jobSearchJournal.logInterview",
      withNote("Log an interview in which application?", (note) => logInterview(c.journal, note, c.clock.today())),
    ),
    register(
      "jobSearchJournal.recordReply",
      withNote("Which employer replied?", (note) => recordReply(c, note)),
    ),
    register("jobSearchJournal.openBoard", () => vscode.commands.executeCommand("jobSearchJournal.board.focus")),
    register("jobSearchJournal.moveApplication", async (node?: BoardNode) => {
      const note =
        node?.kind === "card" ? c.journal.noteAt(node.card.file) : await pickNote(c, "Move which application?");
      if (note) await moveApplication(c, note);
    }),
    register("jobSearchJournal.openStatistics", () => statistics(c)),
    register("jobSearchJournal.exportCalendar", () => exportCalendar(c)),
    register("jobSearchJournal.importSpreadsheet", () => importSpreadsheet(c)),
    register("jobSearchJournal.exportCsv", () => exportCsv(c)),
    register("jobSearchJournal.checkNotes", async () => {
      c.checkNotes();
      await vscode.commands.executeCommand("workbench.actions.view.problems");
    }),
    register("jobSearchJournal.groupByApplication", () => c.tree.setGroupBy("application")),
    register("jobSearchJournal.groupByDue", () => c.tree.setGroupBy("due")),
    register("jobSearchJournal.refresh", () => c.journal.rebuild()),
    register("jobSearchJournal.openNote", (path: string, line?: number) => openNote(c, path, line)),
  ];
}

/** An item's inline buttons and context menu in the Follow-ups due view. */
function itemCommands(c: CommandContext): vscode.Disposable[] {
  const onItem = (then: (item: DueItem, noteItems: number) => Promise<void>) => async (node?: Node) => {
    const target = itemOf(node);
    if (target) await then(target.item, target.noteItems);
  };
  const onNote = (then: (note: InterviewNote, item: DueItem) => Promise<void>) =>
    onItem(async (item) => {
      const note = c.journal.noteAt(item.file);
      if (note) await then(note, item);
    });
  const register = vscode.commands.registerCommand;
  return [
    register(
      "jobSearchJournal.item.done",
      onItem(async (item) => {
        const action = doneAction(item, c.clock.today());
        if (action) await recordInNote(c.journal, item.file, action);
      }),
    ),
    register(
      "jobSearchJournal.item.draft",
      onNote((note, item) =>
        item.kind === "thank-you" ? draftThankYou(c, note, item.person) : draftFollowUp(c, note),
      ),
    ),
    register(
      "jobSearchJournal.item.snooze",
      onItem((item, noteItems) => snooze(c, item, noteItems)),
    ),
    register(
      "jobSearchJournal.item.reply",
      onNote((note) => recordReply(c, note)),
    ),
    register(
      "jobSearchJournal.item.contacts",
      onNote((note) => addEmails(c, note)),
    ),
  ];
}

export function registerCommands(c: CommandContext): vscode.Disposable[] {
  return [...paletteCommands(c), ...itemCommands(c)];
}
