import { Notice, parseYaml } from "obsidian";
import { uniqueNotePath } from "../../core/drafts/note-names";
import { exportRows, noteExtras, toCsv, type NoteExtras } from "../../core/exchange/export";
import { plural } from "../../core/follow-ups/describe";
import type { PluginContext } from "../context";

/**
 * "Export applications to CSV": one row per application note into `Job search YYYY-MM-DD.csv`
 * at the vault's top (never over a file: `… 2.csv`), to open in Excel, Sheets or Numbers.
 */
export async function exportApplications(ctx: PluginContext): Promise<void> {
  const { vault } = ctx.app;
  const notes = ctx.model.interviewNotes();
  const roundsKey = ctx.store.get().keys.rounds;
  const extras = new Map<string, NoteExtras>();
  for (const note of notes) {
    const file = vault.getFileByPath(note.file);
    if (file) extras.set(note.file, noteExtras(await vault.cachedRead(file), roundsKey, parseYaml));
  }
  const rows = exportRows(notes, ctx.clock.wall(), (f) => extras.get(f), ctx.model.people());
  const name = `Job search ${ctx.clock.today()}`;
  const path = uniqueNotePath("", name, (p) => vault.getAbstractFileByPath(p) !== null, "csv");
  await vault.create(path, toCsv(rows));
  new Notice(`Exported ${plural(rows.length, "application")} to ${path}.`);
}
