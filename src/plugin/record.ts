import { Notice, parseYaml, TFile } from "obsidian";
import { describeEdits, editsFor, recordAction, type RecordAction } from "../core/actions";
import type { PluginContext } from "./context";
import { writeNote, type WriteResult } from "./write-back";

/** Records an action in a note and tells the user what happened, in one short notice. */
export async function recordOnNote(ctx: PluginContext, path: string, action: RecordAction): Promise<WriteResult | undefined> {
  const file = ctx.app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) {
    new Notice(`${path} is no longer in the vault.`);
    return undefined;
  }
  const settings = ctx.settings();
  const result = await writeNote(ctx.app, file, (text) => recordAction(text, action, settings, parseYaml));
  if (result.status === "written") {
    new Notice(`${file.basename}: ${describeEdits(editsFor(action, settings))}`);
  } else if (result.status === "unchanged") {
    // Recorded by hand a moment ago, most likely: nothing is written, the view catches up.
    new Notice(`${file.basename}: already recorded (${result.reason}).`);
    ctx.model.update(file);
  } else {
    new Notice(`Could not record this in ${file.path}${result.line ? ` (line ${result.line})` : ""}: ${result.message}.`);
  }
  return result;
}
