import * as vscode from "vscode";
import type { InterviewNote } from "../../core/notes/schema";
import { formatWhen, parseWhen } from "../../core/lib/time";
import { interviewFormValues, loggedInterview } from "../../core/editing/interview-log";
import type { Journal } from "../journal";
import { recordInNote } from "../write";

/**
 * Log an interview: its date (and time), the people met and the stage, written into the note's
 * properties under the mapped names, as the plugin's form and `job-journal interview` do.
 */
export async function logInterview(journal: Journal, note: InterviewNote, today: string): Promise<void> {
  // Filled in from the note: what the user leaves is written as it was (a time stays a time).
  const start = interviewFormValues(note, today);
  const date = await vscode.window.showInputBox({
    title: `Log an interview at ${note.company}`,
    prompt: "When: YYYY-MM-DD, or YYYY-MM-DDTHH:mm with the time",
    value: start.time === "" ? start.date : `${start.date}T${start.time}`,
    validateInput: (v) => (parseWhen(v.trim()) ? undefined : "A day as YYYY-MM-DD, or YYYY-MM-DDTHH:mm"),
  });
  if (date === undefined) return;
  const people = await vscode.window.showInputBox({
    title: `Log an interview at ${note.company}`,
    prompt: 'Who you met, separated by ";": Jane Doe <jane@acme.com>; Tom Becker',
    value: start.people,
  });
  if (people === undefined) return;
  const stage = await vscode.window.showInputBox({
    title: `Log an interview at ${note.company}`,
    prompt: "The stage (phone screen, onsite, final…); empty to leave it",
    value: start.stage,
  });
  if (stage === undefined) return;
  const when = parseWhen(date.trim());
  if (!when) return;
  await recordInNote(journal, note.file, loggedInterview(formatWhen(when), people, stage));
}
