import { Modal, Setting } from "obsidian";
import type { InterviewNote } from "../../core/schema";
import type { PluginContext } from "../context";
import { createInterviewNote } from "../interview-notes";
import { NewInterviewModal } from "../modals/new-interview-modal";
import { ReplyModal } from "../modals/reply-modal";
import { withInterviewNote } from "../note-picker";
import { recordOnNote } from "../record";
import { todayOf } from "../today";

/** After "next round": offer to create the next interview note for the same company and role. */
export function offerNextRound(ctx: PluginContext, note: InterviewNote): void {
  const modal = new Modal(ctx.app);
  modal.setTitle(`Next round at ${note.company}`);
  modal.contentEl.createEl("p", { text: "Create the note for the next interview now?" });
  new Setting(modal.contentEl)
    .addButton((b) => b.setButtonText("Not now").onClick(() => modal.close()))
    .addButton((b) =>
      b
        .setButtonText("Create the next interview note")
        .setCta()
        .onClick(() => {
          modal.close();
          new NewInterviewModal(ctx.app, { company: note.company, role: note.role }, todayOf(ctx.now()), (fields) => void createInterviewNote(ctx, fields)).open();
        }),
    );
  modal.open();
}

export function recordReplyCommand(ctx: PluginContext): void {
  withInterviewNote(ctx, (note) => {
    new ReplyModal(ctx.app, note.company, todayOf(ctx.now()), (choice) => {
      void recordOnNote(ctx, note.file, choice.status ? { kind: "reply", date: choice.date, status: choice.status } : { kind: "reply", date: choice.date })
        .then(() => (choice.status === "next round" ? offerNextRound(ctx, note) : undefined));
    }).open();
  });
}
