import { FuzzySuggestModal, TFile, type App } from "obsidian";
import type { InterviewNote } from "../core/notes/schema";
import { formatWhen } from "../core/lib/time";
import type { PluginContext } from "./context";

/** Picks an interview note, newest interview first. */
class InterviewNotePicker extends FuzzySuggestModal<InterviewNote> {
  constructor(
    app: App,
    private readonly notes: InterviewNote[],
    private readonly chosen: (note: InterviewNote) => void,
  ) {
    super(app);
    this.setPlaceholder("Choose an interview note");
  }
  getItems(): InterviewNote[] {
    return this.notes;
  }
  getItemText(note: InterviewNote): string {
    return `${note.interview ? formatWhen(note.interview).replace("T", " ") : "no date"} · ${note.company}${note.role ? ` · ${note.role}` : ""}${note.stage ? ` (${note.stage})` : ""}`;
  }
  onChooseItem(note: InterviewNote): void {
    this.chosen(note);
  }
}

export function interviewNotesNewestFirst(ctx: PluginContext): InterviewNote[] {
  return ctx.model
    .interviewNotes()
    .sort((a, b) => (b.interview?.at ?? -Infinity) - (a.interview?.at ?? -Infinity) || a.file.localeCompare(b.file));
}

/** The active note when it is an interview note, else one the user picks. */
export function withInterviewNote(ctx: PluginContext, then: (note: InterviewNote, file: TFile) => void): void {
  const active = ctx.app.workspace.getActiveFile();
  const current = active ? ctx.model.noteAt(active.path) : undefined;
  const run = (note: InterviewNote) => {
    const file = ctx.app.vault.getAbstractFileByPath(note.file);
    if (file instanceof TFile) then(note, file);
  };
  if (current) {
    run(current);
    return;
  }
  new InterviewNotePicker(ctx.app, interviewNotesNewestFirst(ctx), run).open();
}
