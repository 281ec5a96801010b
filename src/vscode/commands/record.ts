import * as vscode from "vscode";
import type { RecordAction } from "../../core/follow-ups/items";
import { replyStatusChoices, SNOOZE_CHOICES } from "../../core/editing/choices";
import { allHaveEmails, emailEdit, emailProblem, emailsRecorded, withoutEmail } from "../../core/editing/contacts";
import type { DueItem } from "../../core/follow-ups/items";
import type { InterviewNote } from "../../core/notes/schema";
import { STATUS_CLASSES } from "../../core/settings/settings";
import { COLUMN_TITLES } from "../../core/follow-ups/board";
import { addDays, formatDate, parseWhen } from "../../core/lib/time";
import { editInNote, recordInNote } from "../write";
import { type CommandContext } from "./context";

/** Record reply, Snooze and Add emails: steps written into notes (the choices and edits come from core/editing/). */

/**
 * Move to…: an application to another column of the board, in the vault's own word for it (the
 * same write as the plugin's board and `job-journal move`).
 */
export async function moveApplication(c: CommandContext, note: InterviewNote): Promise<void> {
  const picked = await vscode.window.showQuickPick(
    STATUS_CLASSES.filter((cls) => cls !== note.phase).map((cls) => ({ label: COLUMN_TITLES[cls], cls })),
    { title: `Move ${note.company} to…`, placeHolder: `It is in ${COLUMN_TITLES[note.phase]}` },
  );
  if (!picked) return;
  await recordInNote(c.journal, note.file, { kind: "move", to: picked.cls, date: c.clock.today() });
}

/** Record reply: the day (today unless changed) and, if any, the employer's answer as a status. */
export async function recordReply(c: CommandContext, note: InterviewNote): Promise<void> {
  const date = await vscode.window.showInputBox({
    title: `Reply from ${note.company}`,
    prompt: "The day they replied (YYYY-MM-DD)",
    value: c.clock.today(),
    validateInput: (v) => (parseWhen(v) ? undefined : "A day as YYYY-MM-DD"),
  });
  if (date === undefined) return;
  const settings = c.journal.currentSettings;
  // The plugin's choices first (written in the vault's words), then every status a reply may set.
  const classOf = (s: string) => STATUS_CLASSES.find((cls) => settings.statuses[cls].includes(s)) ?? "";
  const statuses = replyStatusChoices(settings).map((s) => ({ label: s, description: classOf(s) }));
  const status = await vscode.window.showQuickPick(
    [{ label: "Keep the status", description: note.status ?? "" }, ...statuses],
    {
      title: `What did ${note.company} say?`,
    },
  );
  if (status === undefined) return;
  const day = formatDate(parseWhen(date)?.at ?? 0);
  const action: RecordAction =
    status.label === "Keep the status"
      ? { kind: "reply", date: day }
      : { kind: "reply", date: day, status: status.label };
  await recordInNote(c.journal, note.file, action);
}

export async function snooze(c: CommandContext, item: DueItem, noteItems: number): Promise<void> {
  const what = noteItems > 1 ? `all ${noteItems} items of ${item.company}` : `this item (${item.company})`;
  const picked = await vscode.window.showQuickPick(
    SNOOZE_CHOICES.map(({ label, days }) => ({ label: `Snooze ${label}`, days })),
    { title: `Snooze hides ${what}` },
  );
  const start = parseWhen(c.clock.today());
  if (!picked || !start) return;
  await recordInNote(c.journal, item.file, { kind: "snooze", until: formatDate(addDays(start, picked.days).at) });
}

/**
 * Add emails, on "Ask for contact details": asked one interviewer at a time; each email goes
 * where it is read from, the person note of an interviewer written as a link (its email
 * property), else the interviewer's entry in the interview note (`Ann` becomes `Ann <ann@…>`).
 */
export async function addEmails(c: CommandContext, note: InterviewNote): Promise<void> {
  const people = c.journal.people();
  const missing = withoutEmail(note, people);
  if (missing.length === 0) {
    void vscode.window.showInformationMessage(allHaveEmails(note));
    return;
  }
  const recorded: string[] = [];
  for (const person of missing) {
    const email = await vscode.window.showInputBox({
      title: `Add emails: ${note.company}`,
      prompt: `${person.name}'s email (leave empty to skip)`,
      validateInput: emailProblem,
    });
    if (email === undefined) break;
    if (email.trim() === "") continue;
    const personNote = person.link ? people.resolve(person.link.target, note.file) : undefined;
    const { path, edits } = emailEdit(note, person, email, c.journal.currentSettings, personNote);
    if (await editInNote(c.journal, path, edits)) recorded.push(person.name);
  }
  if (recorded.length > 0) void vscode.window.showInformationMessage(emailsRecorded(recorded, note));
}
