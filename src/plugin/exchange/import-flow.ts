import { FuzzySuggestModal, Notice, normalizePath, parseYaml, TFile, type App } from "obsidian";
import { beginImport, knownApplications, workbookRefusal } from "../../core/exchange/begin-import";
import { editFrontmatter } from "../../core/editing/frontmatter-edit";
import { writeNote } from "../write-back";
import type { ImportPlan } from "../../core/exchange/import-plan";
import { plural } from "../../core/follow-ups/describe";
import type { PluginContext } from "../context";
import { ImportReviewModal } from "../modals/import-review-modal";

/**
 * "Import applications from a spreadsheet": a CSV or TSV in the vault, or one chosen from the
 * device; then the review (each column's target, each status value's class, the day order when
 * the file's dates do not say, the first note as it will be written) before anything is written.
 */

const FROM_DEVICE = "Choose a file on this device…";

class SheetPicker extends FuzzySuggestModal<TFile | typeof FROM_DEVICE> {
  constructor(
    app: App,
    private readonly chosen: (file: TFile | typeof FROM_DEVICE) => void,
  ) {
    super(app);
    this.setPlaceholder("A spreadsheet in the vault (CSV), or one on this device");
  }
  getItems(): (TFile | typeof FROM_DEVICE)[] {
    const sheets = this.app.vault
      .getFiles()
      .filter((f) => ["csv", "tsv", "xlsx", "xls", "ods"].includes(f.extension.toLowerCase()));
    return [FROM_DEVICE, ...sheets];
  }
  getItemText(item: TFile | typeof FROM_DEVICE): string {
    return item === FROM_DEVICE ? item : item.path;
  }
  onChooseItem(item: TFile | typeof FROM_DEVICE): void {
    this.chosen(item);
  }
}

/** The file input every platform has (desktop and mobile): the user's own file, read in memory. */
function chooseFromDevice(then: (name: string, bytes: Uint8Array) => void): void {
  const input = activeDocument.createEl("input", {
    attr: { type: "file", accept: ".csv,.tsv,.txt,.xlsx,.xls,.ods,text/csv" },
  });
  input.addEventListener("change", () => {
    const file = input.files?.[0];
    if (file) void file.arrayBuffer().then((buffer) => then(file.name, new Uint8Array(buffer)));
  });
  input.click();
}

/** What an import wrote, and what it could not, each with why: said in full even when a write fails half-way. */
interface Outcome {
  written: number;
  completed: number;
  failed: string[];
}

async function createNotes(ctx: PluginContext, plan: ImportPlan, folder: string, out: Outcome): Promise<void> {
  const { vault } = ctx.app;
  if (folder !== "" && !vault.getAbstractFileByPath(folder)) await vault.createFolder(folder);
  for (const note of plan.notes) {
    const path = normalizePath(note.path);
    // A note made meanwhile under the same name is left as it is.
    if (vault.getAbstractFileByPath(path)) continue;
    try {
      await vault.create(path, note.text);
      out.written++;
    } catch (error) {
      out.failed.push(`${path}: ${(error as Error).message}`);
    }
  }
}

async function completeNotes(ctx: PluginContext, plan: ImportPlan, out: Outcome): Promise<void> {
  for (const c of plan.completes) {
    const file = ctx.app.vault.getFileByPath(normalizePath(c.path));
    if (!file) continue;
    try {
      const result = await writeNote(ctx.app, file, (text) => editFrontmatter(text, c.edits, parseYaml));
      if (result.status === "refused") out.failed.push(`${c.path}: ${result.message}`);
      else out.completed++;
    } catch (error) {
      out.failed.push(`${c.path}: ${(error as Error).message}`);
    }
  }
}

/** Writes the planned notes, each created and never over a file, then completes the notes that lacked something. */
async function writePlan(ctx: PluginContext, plan: ImportPlan, folder: string): Promise<void> {
  const out: Outcome = { written: 0, completed: 0, failed: [] };
  try {
    await createNotes(ctx, plan, folder, out);
    await completeNotes(ctx, plan, out);
  } catch (error) {
    out.failed.push(`${folder || "the vault"}: ${(error as Error).message}`);
  }
  const filled = plan.completes.length > 0 ? `; ${plural(out.completed, "note")} completed` : "";
  const already = plan.existing.length > 0 ? `; ${plan.existing.length} already in the vault` : "";
  const skipped = plan.skipped.length > 0 ? `; ${plural(plan.skipped.length, "row")} not imported` : "";
  const said = `Imported ${plural(out.written, "note")}${filled}${already}${skipped}.`;
  if (out.failed.length === 0) {
    new Notice(said);
    return;
  }
  // Stays until dismissed: it says what is in the vault now and what is not.
  new Notice(`${said} Not written (${out.failed.length}): ${out.failed.join("; ")}. Nothing else was changed.`, 0);
}

function review(ctx: PluginContext, name: string, bytes: Uint8Array): void {
  const settings = ctx.store.get();
  const folder = normalizePath(settings.newNoteFolder.trim() || "/").replace(/^\/$/, "");
  const workbook = workbookRefusal(bytes, name);
  if (workbook) {
    new Notice(`${workbook}.`, 0);
    return;
  }
  const { sheet, choices } = beginImport(bytes, TextDecoder, folder);
  if (sheet.header.length === 0 || sheet.rows.length === 0) {
    new Notice(`${name} has no rows to import.`);
    return;
  }
  new ImportReviewModal(ctx.app, {
    name,
    sheet,
    settings,
    choices,
    known: knownApplications(ctx.model.interviewNotes()),
    exists: (p) => ctx.app.vault.getAbstractFileByPath(normalizePath(p)) !== null,
    parse: parseYaml,
    done: (plan, chosenFolder) => void writePlan(ctx, plan, chosenFolder),
  }).open();
}

export function importSpreadsheet(ctx: PluginContext): void {
  new SheetPicker(ctx.app, (item) => {
    if (item === FROM_DEVICE) chooseFromDevice((name, bytes) => review(ctx, name, bytes));
    else void ctx.app.vault.readBinary(item).then((buffer) => review(ctx, item.path, new Uint8Array(buffer)));
  }).open();
}
