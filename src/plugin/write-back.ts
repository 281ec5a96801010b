import { MarkdownView, type App, type TFile } from "obsidian";
import type { EditOutcome } from "../core/editing/frontmatter-edit";
import { minimalChange } from "../core/lib/text-diff";

/**
 * Every write the plugin makes goes through here, and only when the user asks.
 *
 * - A note open in an editor is changed through that editor, as one minimal transaction on
 *   the changed text: the cursor, the selection, the undo history and anything typed a second
 *   ago all survive, and Obsidian never has to merge a file written under an open editor.
 * - A note that is not open is changed with `vault.process`, which Obsidian applies as one
 *   atomic read-modify-write on the current content.
 *
 * Never `fileManager.processFrontMatter` (it re-serialises the whole block, losing comments,
 * quotes and list styles), and never `vault.modify` with text read earlier.
 */

export type WriteResult =
  | { status: "written"; via: "editor" | "vault" }
  | { status: "unchanged"; reason: string }
  | { status: "refused"; message: string; line?: number };

function openEditorFor(app: App, file: TFile): MarkdownView | undefined {
  for (const leaf of app.workspace.getLeavesOfType("markdown")) {
    const view = leaf.view;
    if (view instanceof MarkdownView && view.file?.path === file.path) return view;
  }
  return undefined;
}

function settle(outcome: EditOutcome): WriteResult | undefined {
  if (outcome.status === "unchanged") return { status: "unchanged", reason: outcome.reason };
  if (outcome.status === "refused")
    return outcome.line === undefined
      ? { status: "refused", message: outcome.message }
      : { status: "refused", message: outcome.message, line: outcome.line };
  return undefined;
}

export async function writeNote(app: App, file: TFile, edit: (text: string) => EditOutcome): Promise<WriteResult> {
  const view = openEditorFor(app, file);
  if (view) {
    const editor = view.editor;
    const before = editor.getValue();
    const outcome = edit(before);
    const early = settle(outcome);
    if (early || outcome.status !== "changed") return early ?? { status: "unchanged", reason: "nothing to change" };
    const change = minimalChange(before, outcome.text);
    if (change) {
      editor.transaction({
        changes: [{ from: editor.offsetToPos(change.from), to: editor.offsetToPos(change.to), text: change.text }],
      });
    }
    return { status: "written", via: "editor" };
  }
  // Decide on the current text first, so a step already recorded by hand means no write at all.
  const early = settle(edit(await app.vault.read(file)));
  if (early) return early;
  let result: WriteResult = { status: "written", via: "vault" };
  await app.vault.process(file, (current) => {
    const outcome = edit(current);
    const late = settle(outcome);
    if (late) {
      result = late;
      return current;
    }
    return outcome.status === "changed" ? outcome.text : current;
  });
  return result;
}
