import * as vscode from "vscode";
import { actionProblem } from "../core/action-checks";
import { readNoteText, recordAction, type RecordAction } from "../core/actions";
import { isInterviewNote } from "../core/schema";
import { minimalChange } from "../core/text-diff";
import { parseYamlCore } from "../core/yaml-core";
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

export async function recordInNote(journal: Journal, path: string, action: RecordAction): Promise<RecordResult> {
  const uri = journal.uriOf(path);
  const document = await vscode.workspace.openTextDocument(uri);
  const wasDirty = document.isDirty;
  const text = document.getText();
  const settings = journal.currentSettings;
  const { frontmatter, note, lookup, valid } = readNoteText(path, text, settings, parseYamlCore);
  const problem = valid ? actionProblem(note, action, settings, isInterviewNote(path, frontmatter, lookup)) : undefined;
  if (problem) {
    const choice = await vscode.window.showWarningMessage(`${path}: ${problem}.`, { modal: true }, RECORD_ANYWAY);
    if (choice !== RECORD_ANYWAY) return "cancelled";
  }
  const outcome = recordAction(text, action, settings, parseYamlCore);
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
  const change = minimalChange(text, outcome.text);
  if (change) {
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(document.positionAt(change.from), document.positionAt(change.to)), change.text);
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage(`Could not record this in ${path}: VS Code refused the edit.`);
      return "refused";
    }
    if (!wasDirty) await document.save();
  }
  journal.updateText(uri, document.getText());
  void vscode.window.showInformationMessage(outcome.sentence);
  return "written";
}
