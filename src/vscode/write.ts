import * as vscode from "vscode";
import { problemInText, recordAction } from "../core/editing/actions";
import type { RecordAction } from "../core/follow-ups/items";
import { syncCopyRefusal } from "../core/notes/sync-copies";
import { writeTarget } from "../core/editing/write-target";
import { editFrontmatter, type FrontmatterEdit } from "../core/editing/frontmatter-edit";
import { minimalChange } from "../core/lib/text-diff";
import { readYaml } from "../core/notes/read-yaml";
import type { Journal } from "./journal";

/**
 * Records a step in a note through a WorkspaceEdit: one small replacement on the lines that
 * change, applied to the note's document as the editor holds it, so an open editor with
 * unsaved text keeps that text, its cursor and its undo history (the step is one undo).
 * A note that had no unsaved changes is saved afterwards, as the Obsidian plugin writes the
 * file; a note with unsaved changes is left unsaved (its save is the user's). What `check`
 * would report is asked about first, with the reason and *Record anyway*.
 */

export type RecordResult = "written" | "unchanged" | "refused" | "cancelled";

export const RECORD_ANYWAY = "Record anyway";

export async function recordInNote(journal: Journal, application: string, action: RecordAction): Promise<RecordResult> {
  // An interview kept as a note of its own holds its own steps.
  const path = writeTarget(journal.noteAt(application), application, action);
  const copy = syncCopyRefusal(path, (p) => journal.has(p));
  if (copy) {
    void vscode.window.showErrorMessage(`Nothing was recorded in ${path}: ${copy}.`);
    return "refused";
  }
  const uri = journal.uriOf(path);
  const document = await vscode.workspace.openTextDocument(uri);
  const wasDirty = document.isDirty;
  const text = document.getText();
  const settings = journal.currentSettings;
  const problem = problemInText(path, text, action, settings, readYaml);
  if (problem) {
    const choice = await vscode.window.showWarningMessage(`${path}: ${problem}.`, { modal: true }, RECORD_ANYWAY);
    if (choice !== RECORD_ANYWAY) return "cancelled";
  }
  const outcome = recordAction(text, action, settings, readYaml, path);
  if (outcome.status === "refused") {
    void vscode.window.showErrorMessage(
      `Could not record this in ${path}${outcome.line ? ` (line ${outcome.line})` : ""}: ${outcome.message}.`,
    );
    return "refused";
  }
  if (outcome.status === "unchanged") {
    void vscode.window.showInformationMessage(`${path}: already recorded (${outcome.reason}).`);
    return "unchanged";
  }
  if (!(await replaceText(journal, document, outcome.text, wasDirty))) return "refused";
  void vscode.window.showInformationMessage(outcome.sentence);
  return "written";
}

/**
 * The document's text replaced by `next` as one small edit (the changed middle only); saved
 * after when it had no unsaved changes before. False when VS Code refused the edit.
 */
async function replaceText(
  journal: Journal,
  document: vscode.TextDocument,
  next: string,
  wasDirty: boolean,
): Promise<boolean> {
  const text = document.getText();
  const change = minimalChange(text, next);
  if (change) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(
      document.uri,
      new vscode.Range(document.positionAt(change.from), document.positionAt(change.to)),
      change.text,
    );
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(
        `Could not write ${journal.relative(document.uri) ?? document.uri.path}: VS Code refused the edit.`,
      );
      return false;
    }
    if (!wasDirty) await document.save();
  }
  journal.updateText(document.uri, document.getText(), true);
  return true;
}

/** Frontmatter edits in a note (Add emails), through the same one-edit write; a refusal is said with its line. */
export async function editInNote(journal: Journal, path: string, edits: FrontmatterEdit[]): Promise<boolean> {
  const document = await vscode.workspace.openTextDocument(journal.uriOf(path));
  const wasDirty = document.isDirty;
  const outcome = editFrontmatter(document.getText(), edits, readYaml);
  if (outcome.status === "refused") {
    void vscode.window.showErrorMessage(
      `Could not write ${path}${outcome.line ? ` (line ${outcome.line})` : ""}: ${outcome.message}.`,
    );
    return false;
  }
  return outcome.status === "unchanged" || (await replaceText(journal, document, outcome.text, wasDirty));
}
