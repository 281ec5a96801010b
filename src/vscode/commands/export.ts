import * as vscode from "vscode";
import { calendarEventsFor, calendarUpdate, toICalendar } from "../../core/exchange/ics";
import { jobSearchStats } from "../../core/stats/stats";
import { formatStats } from "../../core/stats/stats-text";
import { formatDateTime } from "../../core/lib/time";
import { showMarkdown, type CommandContext } from "./context";

/** Open job search statistics and Export follow-ups to calendar file. */

export async function statistics(c: CommandContext): Promise<void> {
  const now = c.clock.wall();
  const stats = jobSearchStats(c.journal.interviewNotes(), now, c.journal.currentSettings);
  await showMarkdown(`# Job search statistics\n\n\`\`\`text\n${formatStats(stats, formatDateTime(now))}\`\`\`\n`);
}

export async function exportCalendar(c: CommandContext): Promise<void> {
  const settings = c.journal.currentSettings;
  const report = c.journal.report;
  if (!report) return;
  const entries = c.journal.interviewNotes().map((note) => ({ note, problems: [] }));
  const vaultName = c.journal.folder.path.split("/").filter(Boolean).pop() ?? "vault";
  const events = calendarEventsFor(entries, report.now, settings, c.journal.people(), vaultName);
  const text = toICalendar(events, c.clock.instant());
  const uri = c.journal.uriOf(settings.calendar.path);
  let old: string | undefined;
  try {
    old = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    old = undefined;
  }
  const update = calendarUpdate(old, text);
  if (update === "foreign") {
    void vscode.window.showErrorMessage(
      `${settings.calendar.path} exists and was not written by Job Search Journal; it is left as it is.`,
    );
    return;
  }
  if (update === "write") await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(
    `${settings.calendar.path}: ${events.length} follow-up${events.length === 1 ? "" : "s"}${update === "unchanged" ? ", unchanged" : ""}.`,
  );
}
