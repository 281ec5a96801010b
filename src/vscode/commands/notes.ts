import * as vscode from "vscode";
import { addDebrief } from "../../core/drafts/debrief";
import { baseVars } from "../../core/drafts/drafts";
import { newInterviewNote } from "../../core/drafts/new-note";
import { interviewNoteName, uniqueNotePath } from "../../core/drafts/note-names";
import type { InterviewNote } from "../../core/notes/schema";
import { DEFAULT_DEBRIEF, renderTemplate } from "../../core/drafts/templates";
import { parseWhen } from "../../core/lib/time";
import { readYaml } from "../../core/notes/read-yaml";
import { readTemplate, type CommandContext } from "./context";

/** New interview note and New interview debrief. */

export async function newNote(c: CommandContext): Promise<void> {
  const company = await vscode.window.showInputBox({
    title: "New interview note",
    prompt: "Company",
    validateInput: (v) => (v.trim() ? undefined : "The company's name"),
  });
  if (!company) return;
  const role = (await vscode.window.showInputBox({ title: "New interview note", prompt: "Role (optional)" })) ?? "";
  const when = await vscode.window.showInputBox({
    title: "New interview note",
    prompt: "The interview: YYYY-MM-DD, or YYYY-MM-DDTHH:mm",
    value: c.clock.today(),
    validateInput: (v) => (parseWhen(v) ? undefined : "YYYY-MM-DD or YYYY-MM-DDTHH:mm"),
  });
  if (!when) return;
  const [date = "", time = ""] = when.trim().split(/[T ]/);
  const fields = { company: company.trim(), role: role.trim(), stage: "", date, time, interviewers: [] };
  const settings = c.journal.currentSettings;
  const folder = settings.newNoteFolder.trim().replace(/^\/+|\/+$/g, "");
  const template = await readTemplate(c, settings.templates.interviewNote, true);
  const rendered = newInterviewNote(fields, settings, readYaml, template, c.clock.today());
  const taken = new Set(
    (await vscode.workspace.findFiles(new vscode.RelativePattern(c.journal.folder, "**/*.md"))).map((u) =>
      c.journal.relative(u),
    ),
  );
  const path = uniqueNotePath(folder, interviewNoteName(fields), (p) => taken.has(p));
  const uri = c.journal.uriOf(path);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(rendered.text));
  await c.journal.update(uri);
  await vscode.window.showTextDocument(uri, { preview: false });
}

export async function newDebrief(c: CommandContext, note: InterviewNote): Promise<void> {
  const template = (await readTemplate(c, c.journal.currentSettings.templates.debrief)) ?? DEFAULT_DEBRIEF;
  const rendered = renderTemplate(template, baseVars(note, c.journal.currentSettings, c.clock.today()));
  const uri = c.journal.uriOf(note.file);
  const document = await vscode.workspace.openTextDocument(uri);
  const next = addDebrief(document.getText(), rendered.text);
  if (next === undefined) {
    void vscode.window.showInformationMessage(`${note.file} already has a Debrief section.`);
  } else {
    // Appended at the end: one insertion, the rest of the note untouched.
    const edit = new vscode.WorkspaceEdit();
    const end = document.positionAt(document.getText().length);
    edit.insert(uri, end, next.slice(document.getText().length));
    await vscode.workspace.applyEdit(edit);
  }
  await vscode.window.showTextDocument(uri, { preview: false });
}
