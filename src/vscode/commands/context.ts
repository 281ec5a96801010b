import * as vscode from "vscode";
import { templateNotFound, templateNotePath, templateText } from "../../core/drafts/drafts";
import type { InterviewNote } from "../../core/notes/schema";
import { formatDateTime } from "../../core/lib/time";
import type { Journal } from "../journal";
import type { FollowUpsTree } from "../tree";
import type { Clock } from "../../core/lib/clock";

/**
 * What every VS Code command works with: the journal, the tree, the clock; opening and picking
 * notes, reading templates.
 */

export interface CommandContext {
  journal: Journal;
  tree: FollowUpsTree;
  clock: Clock;
  /** Problems panel, refreshed. */
  checkNotes: () => void;
}

export async function openNote(c: CommandContext, path: string, line?: number): Promise<void> {
  const at = new vscode.Position(Math.max(0, (line ?? 1) - 1), 0);
  await vscode.window.showTextDocument(c.journal.uriOf(path), { selection: new vscode.Range(at, at), preview: false });
}

/** The interview notes, newest interview first, to pick from; the active editor's note first when it is one. */
export async function pickNote(c: CommandContext, placeHolder: string): Promise<InterviewNote | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const activePath = active ? c.journal.relative(active) : undefined;
  const activeNote = activePath ? c.journal.noteAt(activePath) : undefined;
  if (activeNote) return activeNote;
  const notes = c.journal.interviewNotes().sort((a, b) => (b.interview?.at ?? 0) - (a.interview?.at ?? 0));
  if (notes.length === 0) {
    void vscode.window.showInformationMessage(
      "No interview notes in this workspace yet: New interview note starts one.",
    );
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    notes.map((note) => ({
      label: note.role ? `${note.company} · ${note.role}` : note.company,
      description: note.interview ? formatDateTime(note.interview.at).replace("T", " ") : "",
      detail: note.file,
      note,
    })),
    { placeHolder },
  );
  return picked?.note;
}

export async function readTemplate(
  c: CommandContext,
  name: string,
  keepProperties = false,
): Promise<string | undefined> {
  const path = templateNotePath(name);
  if (path === undefined) return undefined;
  try {
    return templateText(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(c.journal.uriOf(path))),
      keepProperties,
    );
  } catch {
    void vscode.window.showWarningMessage(templateNotFound(name));
    return undefined;
  }
}

export async function noteText(c: CommandContext, path: string): Promise<string> {
  return (await vscode.workspace.openTextDocument(c.journal.uriOf(path))).getText();
}

export async function showMarkdown(content: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: "markdown", content });
  await vscode.window.showTextDocument(document, { preview: false });
}
