import * as vscode from "vscode";
import { editInNote } from "../write";
import { beginImport, isWorkbook, knownApplications } from "../../core/exchange/begin-import";
import { openSpreadsheet, workbookSheets, WorkbookError } from "../../core/exchange/workbook";
import { IMPORT_TARGETS, TARGET_LABELS } from "../../core/exchange/columns";
import { exportRows, noteExtras, toCsv, type NoteExtras } from "../../core/exchange/export";
import { planImport, PREVIEW_NOTES, type ImportChoices, type ImportPlan } from "../../core/exchange/import-plan";
import { planLines } from "../../core/exchange/plan-text";
import type { Sheet } from "../../core/exchange/sheet";
import { plural } from "../../core/follow-ups/describe";
import { readYaml } from "../../core/notes/read-yaml";
import { normaliseStatus } from "../../core/settings/status-words";
import { STATUS_CLASSES } from "../../core/settings/settings";
import { showMarkdown, type CommandContext } from "./context";

/** Import applications from a spreadsheet, and Export applications to CSV, as the plugin and the CLI do them. */

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

export async function exportCsv(c: CommandContext): Promise<void> {
  const notes = c.journal.interviewNotes();
  const extras = new Map<string, NoteExtras>();
  const roundsKey = c.journal.currentSettings.keys.rounds;
  for (const note of notes) {
    const bytes = await vscode.workspace.fs.readFile(c.journal.uriOf(note.file));
    extras.set(note.file, noteExtras(new TextDecoder().decode(bytes), roundsKey, readYaml));
  }
  const rows = exportRows(notes, c.clock.wall(), (f) => extras.get(f), c.journal.people());
  const uri = await vscode.window.showSaveDialog({
    defaultUri: c.journal.uriOf(`Job search ${c.clock.today()}.csv`),
    filters: { CSV: ["csv"] },
    saveLabel: "Export",
  });
  if (!uri) return;
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(toCsv(rows)));
  void vscode.window.showInformationMessage(`Exported ${plural(rows.length, "application")} to ${uri.fsPath}.`);
}

/** Asks, once for the file, how `3/4/2026` reads; undefined when the user says nothing. */
async function askDayOrder(): Promise<ImportChoices["dayOrder"]> {
  const pick = await vscode.window.showQuickPick(
    [
      { label: "Month first", description: "3/4/2026 is March 4", value: "mdy" as const },
      { label: "Day first", description: "3/4/2026 is 3 April", value: "dmy" as const },
    ],
    { placeHolder: "The file's dates could be day/month or month/day: which?" },
  );
  return pick?.value;
}

/** A class for each status value the plan could not place (or leave its rows out). */
async function askStatuses(plan: ImportPlan, choices: ImportChoices): Promise<boolean> {
  for (const v of plan.statusValues.filter((s) => !s.class)) {
    const pick = await vscode.window.showQuickPick(
      [
        ...STATUS_CLASSES.map((cls) => ({ label: cls, value: cls })),
        { label: "Leave these rows out", value: "none" as const },
      ],
      { placeHolder: `"${v.value}" (${plural(v.rows, "row")}) is in no class: which is it?` },
    );
    if (!pick) return false;
    (choices.statusClasses ??= {})[normaliseStatus(v.value)] = pick.value;
  }
  return true;
}

async function changeColumn(choices: ImportChoices): Promise<void> {
  const column = await vscode.window.showQuickPick(
    choices.columns.map((col) => ({
      label: col.header || `Column ${col.index + 1}`,
      description: TARGET_LABELS[col.target],
      col,
    })),
    { placeHolder: "Which column?" },
  );
  if (!column) return;
  const target = await vscode.window.showQuickPick(
    IMPORT_TARGETS.map((t) => ({ label: TARGET_LABELS[t], value: t })),
    { placeHolder: `${column.label} becomes` },
  );
  if (target) column.col.target = target.value;
}

async function writeNotes(c: CommandContext, plan: ImportPlan): Promise<number> {
  let written = 0;
  for (const note of plan.notes) {
    const uri = c.journal.uriOf(note.path);
    if (await exists(uri)) continue;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(note.text));
    written++;
  }
  return written;
}

/** The review: the plan shown, then Import, a change to a column, or nothing. */
async function review(c: CommandContext, name: string, sheet: Sheet, choices: ImportChoices): Promise<void> {
  const settings = c.journal.currentSettings;
  const known = knownApplications(c.journal.interviewNotes());
  // Every note's path, so that a new note never takes a name in use (writeNotes checks again).
  const taken = new Set<string>(known.map((n) => n.path));
  for (const uri of await vscode.workspace.findFiles(new vscode.RelativePattern(c.journal.folder, "**/*.md"))) {
    const path = c.journal.relative(uri);
    if (path) taken.add(path);
  }
  for (;;) {
    let plan = planImport(sheet.rows, choices, known, (p) => taken.has(p), settings, readYaml);
    if (plan.needsDayOrder) {
      choices.dayOrder = await askDayOrder();
      if (!choices.dayOrder) return;
      continue;
    }
    if (!(await askStatuses(plan, choices))) return;
    plan = planImport(sheet.rows, choices, known, (p) => taken.has(p), settings, readYaml);
    await showMarkdown(
      `# Import ${name}\n\n\`\`\`text\n${planLines(sheet, choices, plan, settings, name).join("\n")}\n\`\`\`\n` +
        plan.notes
          .slice(0, PREVIEW_NOTES)
          .map((n) => `\nRow ${n.line} as it will be written, ${n.path}:\n\n\`\`\`markdown\n${n.text}\`\`\`\n`)
          .join(""),
    );
    const action = await vscode.window.showInformationMessage(
      `Import ${plural(plan.notes.length, "note")}${plan.completes.length > 0 ? ` and complete ${plural(plan.completes.length, "note")}` : ""} from ${name}?`,
      { modal: true, detail: "Nothing is written before you choose Import; no note is ever overwritten." },
      "Import",
      "Change a column",
    );
    if (action === "Change a column") {
      await changeColumn(choices);
      continue;
    }
    if (action !== "Import") return;
    const written = await writeNotes(c, plan);
    let completed = 0;
    for (const done of plan.completes) if (await editInNote(c.journal, done.path, done.edits)) completed++;
    const filled = plan.completes.length > 0 ? `; ${plural(completed, "note")} completed` : "";
    const rest = plan.existing.length > 0 ? `; ${plan.existing.length} already in the workspace` : "";
    void vscode.window.showInformationMessage(`Imported ${plural(written, "note")}${filled}${rest}.`);
    return;
  }
}

/** Which sheet of a workbook to read, asked when it has several; undefined when the user cancels. */
async function chooseSheet(bytes: Uint8Array, name: string): Promise<string | undefined> {
  const sheets = workbookSheets(bytes, name);
  if (sheets.length <= 1) return sheets[0];
  return vscode.window.showQuickPick(sheets, {
    title: `Import ${name}`,
    placeHolder: "Which sheet holds the applications?",
  });
}

/** The file read as a workbook (its sheet chosen) or as text; undefined, having said why, when it is neither. */
async function readSpreadsheet(
  bytes: Uint8Array,
  name: string,
  folder: string,
): Promise<ReturnType<typeof beginImport> | undefined> {
  let sheet: string | undefined;
  try {
    if (isWorkbook(bytes)) {
      sheet = await chooseSheet(bytes, name);
      if (sheet === undefined) return undefined;
    }
  } catch (error) {
    if (!(error instanceof WorkbookError)) throw error;
  }
  const opened = openSpreadsheet(bytes, name, TextDecoder, folder, sheet);
  if (!("error" in opened)) return opened;
  void vscode.window.showErrorMessage(`${opened.error}.`);
  return undefined;
}

export async function importSpreadsheet(c: CommandContext): Promise<void> {
  const [uri] =
    (await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { Spreadsheets: ["csv", "tsv", "txt", "xlsx", "xls", "ods"] },
      openLabel: "Import",
    })) ?? [];
  if (!uri) return;
  const folder = c.journal.currentSettings.newNoteFolder;
  const bytes = await vscode.workspace.fs.readFile(uri);
  const name = uri.path.split("/").pop() ?? "the spreadsheet";
  const read = await readSpreadsheet(bytes, name, folder);
  if (!read) return;
  const { sheet, choices } = read;
  if (sheet.rows.length === 0) {
    void vscode.window.showWarningMessage(`${name} has no rows to import.`);
    return;
  }
  await review(c, name, sheet, choices);
}
