import { replyOptions } from "../core/editing/choices";
import { Modal, Setting } from "obsidian";

/**
 * Recording a reply, from the command or an item's button (one flow, checked like the CLI's),
 * and what follows a "next round": the view and the commands both use it, so it lives beside
 * them, not in either.
 */
import { actionProblem } from "../core/editing/action-checks";
import type { RecordAction } from "../core/follow-ups/items";
import type { InterviewNote } from "../core/notes/schema";
import type { PluginContext } from "./context";
import { createInterviewNote } from "./interview-notes";
import { NewInterviewModal } from "./modals/new-interview-modal";
import { NextRoundModal } from "./modals/next-round-modal";
import { ReplyModal, type ReplyChoice } from "./modals/reply-modal";
import { recordOnNote } from "./record";

/** A note named the way New interview note names them (`2026-03-09 Acme - …`) is one note per round. */
const PER_ROUND_NAME = /(^|\/)\d{4}-\d{2}-\d{2} [^/]*$/;

/**
 * After "next round", both ways people keep rounds: a new note for the next interview (the
 * default for notes named per round), or this note for the whole application (its records
 * move to its rounds list, see core/editing/rounds.ts).
 */
export function offerNextRound(ctx: PluginContext, note: InterviewNote): void {
  const modal = new Modal(ctx.app);
  const perRound = PER_ROUND_NAME.test(note.file);
  modal.setTitle(`Next round at ${note.company}`);
  modal.contentEl.createEl("p", { text: "Keep a note per round, or this note for the whole application?" });
  new Setting(modal.contentEl)
    .addButton((b) => b.setButtonText("Not now").onClick(() => modal.close()))
    .addButton((b) => {
      b.setButtonText("Next round in this note").onClick(() => {
        modal.close();
        const check = (next: Parameters<typeof nextRound>[2]) =>
          actionProblem(ctx.model.noteAt(note.file) ?? note, { kind: "next-round", next }, ctx.store.get(), true);
        new NextRoundModal(ctx.app, note.company, check, (next) => void nextRound(ctx, note, next)).open();
      });
      if (!perRound) b.setCta();
    })
    .addButton((b) => {
      b.setButtonText("Create the next interview note").onClick(() => {
        modal.close();
        new NewInterviewModal(
          ctx.app,
          { company: note.company, role: note.role },
          ctx.clock.today(),
          (fields) => void createInterviewNote(ctx, fields),
        ).open();
      });
      if (perRound) b.setCta();
    });
  modal.open();
}

async function nextRound(
  ctx: PluginContext,
  note: InterviewNote,
  next: Extract<RecordAction, { kind: "next-round" }>["next"],
): Promise<void> {
  await recordOnNote(ctx, note.file, { kind: "next-round", next }, { force: true });
}

function replyAction(choice: ReplyChoice): RecordAction {
  return choice.status
    ? { kind: "reply", date: choice.date, status: choice.status }
    : { kind: "reply", date: choice.date };
}

/** Record reply, from the command or an item's button: one flow, checked like the CLI's. */
export function recordReply(ctx: PluginContext, note: InterviewNote): void {
  const check = (choice: ReplyChoice) =>
    actionProblem(ctx.model.noteAt(note.file) ?? note, replyAction(choice), ctx.store.get(), true);
  new ReplyModal(
    ctx.app,
    note.company,
    replyOptions(ctx.store.get()),
    ctx.clock.today(),
    (choice) => {
      void recordOnNote(ctx, note.file, replyAction(choice), { force: true }).then((result) =>
        result?.status === "written" && choice.option === "next-round" ? offerNextRound(ctx, note) : undefined,
      );
    },
    check,
  ).open();
}
