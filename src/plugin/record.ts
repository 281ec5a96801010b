import { Notice, parseYaml, TFile } from "obsidian";
import { problemInText, recordAction } from "../core/editing/actions";
import type { RecordAction } from "../core/follow-ups/items";
import { syncCopyRefusal } from "../core/notes/sync-copies";
import { writeTarget } from "../core/editing/write-target";
import type { PluginContext } from "./context";
import { writeNote, type WriteResult } from "./write-back";

/**
 * What a write did, with what an undo needs: the note's text before and after. `byCheck`: refused
 * because Check notes would report the result, which the user may insist on (force).
 */
export type Recorded = WriteResult & { before?: string; after?: string; byCheck?: true; sentence?: string };

/**
 * Records an action in a note and tells the user what happened, in one short notice (`quiet`:
 * the caller says it). What Check notes would then report is refused, unless `force` (the user
 * saw the reason and insisted).
 */
export async function recordOnNote(
  ctx: PluginContext,
  application: string,
  action: RecordAction,
  options: { force?: boolean; quiet?: boolean } = {},
): Promise<Recorded | undefined> {
  // An interview kept as a note of its own holds its own steps.
  const path = writeTarget(ctx.model.noteAt(application), application, action);
  const file = ctx.app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) {
    new Notice(`${path} is no longer in the vault.`);
    return undefined;
  }
  const copy = syncCopyRefusal(path, (p) => ctx.app.vault.getFileByPath(p) !== null);
  if (copy) {
    new Notice(`Nothing was recorded in ${path}: ${copy}.`);
    return undefined;
  }
  const settings = ctx.store.get();
  let summary = "";
  const texts: { before?: string; after?: string; byCheck?: true } = {};
  const result = await writeNote(ctx.app, file, (text) => {
    if (!options.force) {
      const problem = problemInText(path, text, action, settings, parseYaml);
      if (problem) {
        texts.byCheck = true;
        return { status: "refused", message: problem };
      }
    }
    const outcome = recordAction(text, action, settings, parseYaml, path);
    if (outcome.status === "changed") {
      summary = outcome.sentence;
      Object.assign(texts, { before: text, after: outcome.text });
    }
    return outcome;
  });
  const recorded: Recorded = { ...result, ...texts, sentence: summary };
  if (options.quiet) return recorded;
  if (result.status === "written") {
    new Notice(summary);
  } else if (result.status === "unchanged") {
    // Recorded by hand a moment ago, most likely: nothing is written, the view catches up.
    new Notice(`${file.basename}: already recorded (${result.reason}).`);
    ctx.model.update(file);
  } else {
    new Notice(
      `Could not record this in ${file.path}${result.line ? ` (line ${result.line})` : ""}: ${result.message}.`,
    );
  }
  return recorded;
}

/**
 * Undoes a write: the note's text as it was, only while it is still exactly what was written
 * (anything typed since is never lost). Returns why not, or undefined when it was undone.
 */
export async function undoWrite(
  ctx: PluginContext,
  path: string,
  before: string,
  after: string,
): Promise<string | undefined> {
  const file = ctx.app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) return `${path} is no longer in the vault`;
  const result = await writeNote(ctx.app, file, (text) =>
    text === after ? { status: "changed", text: before } : { status: "refused", message: "the note has changed since" },
  );
  return result.status === "refused" ? result.message : undefined;
}
