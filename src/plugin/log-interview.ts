import { actionProblem } from "../core/editing/action-checks";
import type { InterviewNote } from "../core/notes/schema";
import type { PluginContext } from "./context";
import { LogInterviewModal } from "./modals/log-interview-modal";
import { recordOnNote } from "./record";
import { interviewFormValues } from "../core/editing/interview-log";

/** "Log an interview" on an application's note: the modal, the check before the write, the write. */
export function logInterview(ctx: PluginContext, note: InterviewNote): void {
  new LogInterviewModal(
    ctx.app,
    note.company,
    (logged) =>
      actionProblem(ctx.model.noteAt(note.file) ?? note, { kind: "interview", ...logged }, ctx.store.get(), true),
    (logged) => void recordOnNote(ctx, note.file, { kind: "interview", ...logged }),
    interviewFormValues(ctx.model.noteAt(note.file) ?? note, ctx.clock.today()),
  ).open();
}

/** The same from a path (the sidebar's Needs attention). */
export function logInterviewAt(ctx: PluginContext, path: string): void {
  const note = ctx.model.noteAt(path);
  if (note) logInterview(ctx, note);
}
