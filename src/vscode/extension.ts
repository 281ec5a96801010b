import * as vscode from "vscode";
import { NoteDiagnostics } from "./diagnostics";
import { registerCommands } from "./commands";
import type { CommandContext } from "./commands/context";
import { Journal, NOTES_GLOB } from "./journal";
import { loadWorkspaceSettings, PLUGIN_DATA, SECTION } from "./settings";
import { FollowUpsTree } from "./tree";
import { BoardTree } from "./board-tree";
import { clockOf, type Clock } from "../core/lib/clock";

/**
 * Job Search Journal in VS Code: the follow-ups of the first workspace folder's notes, from the
 * same core as the Obsidian plugin and the CLI. Activation only wires things up; the notes are
 * read in the background, and the view shows them when they are.
 */
export async function activate(context: vscode.ExtensionContext): Promise<void> {
  await start(
    context,
    clockOf(() => new Date()),
  );
}

/** Everything activation does, with the clock passed in (tests pass a fixed one). */
export async function start(context: Pick<vscode.ExtensionContext, "subscriptions">, clock: Clock): Promise<void> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return;
  const loaded = await loadWorkspaceSettings(folder);
  const journal = new Journal(folder, loaded.settings, clock);
  const tree = new FollowUpsTree(journal);
  const board = new BoardTree(journal);
  const diagnostics = new NoteDiagnostics(journal);
  const { status, showCount } = dueStatus(tree);
  const c: CommandContext = { journal, tree, clock, checkNotes: () => void diagnostics.refresh() };
  const reportErrors = (errors: string[]) => {
    if (errors.length > 0) void vscode.window.showWarningMessage(`Job Search Journal settings: ${errors.join("; ")}`);
  };
  reportErrors(loaded.errors);

  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, NOTES_GLOB));
  const pluginData = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, PLUGIN_DATA));
  const reload = async () => {
    const next = await loadWorkspaceSettings(folder);
    reportErrors(next.errors);
    await journal.rebuild(next.settings);
  };
  const isNote = (d: vscode.TextDocument) => d.languageId === "markdown" || d.uri.path.toLowerCase().endsWith(".md");
  const minutes = setInterval(() => journal.publish(), 60_000);
  context.subscriptions.push(
    journal,
    tree,
    diagnostics,
    status,
    watcher,
    pluginData,
    vscode.window.registerTreeDataProvider("jobSearchJournal.followUps", tree),
    board,
    vscode.window.registerTreeDataProvider("jobSearchJournal.board", board),
    journal.onDidChange(showCount),
    watcher.onDidCreate((uri) => void journal.update(uri)),
    watcher.onDidChange((uri) => void journal.update(uri)),
    watcher.onDidDelete((uri) => journal.remove(uri)),
    // Unsaved edits count: the view and the Problems panel follow the text as it is typed.
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (isNote(e.document)) journal.updateText(e.document.uri, e.document.getText());
    }),
    pluginData.onDidChange(() => void reload()),
    pluginData.onDidCreate(() => void reload()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SECTION)) void reload();
    }),
    { dispose: () => clearInterval(minutes) },
    ...registerCommands(c),
  );
  await journal.rebuild();
}

/** The status bar's count of what is due or overdue, shown only when there is something. */
function dueStatus(tree: FollowUpsTree): { status: vscode.StatusBarItem; showCount: () => void } {
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.command = "jobSearchJournal.openFollowUps";
  const showCount = () => {
    const count = tree.view?.dueCount ?? 0;
    status.text = `$(checklist) ${count}`;
    status.tooltip = `Job Search Journal: ${count} follow-up${count === 1 ? "" : "s"} due or overdue`;
    status.accessibilityInformation = { label: status.tooltip };
    if (count > 0) status.show();
    else status.hide();
  };
  return { status, showCount };
}

export function deactivate(): void {
  // Everything is in context.subscriptions.
}
