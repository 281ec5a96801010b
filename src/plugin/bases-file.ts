import { Notice, requireApiVersion, TFile } from "obsidian";
import { jobSearchBase } from "../core/drafts/bases";
import { uniqueNotePath } from "../core/drafts/note-names";
import type { PluginContext } from "./context";

/** Bases came with Obsidian 1.9: before that, the command is not offered at all. */
export function basesAvailable(): boolean {
  return requireApiVersion("1.9.0");
}

/** Creates `Job search.base` (never over an existing file: `Job search 2.base`) and opens it. */
export async function createJobSearchBase(ctx: PluginContext): Promise<void> {
  const { text, skipped } = jobSearchBase(ctx.store.get());
  const { vault } = ctx.app;
  const path = uniqueNotePath("", "Job search", (p) => vault.getAbstractFileByPath(p) !== null, "base");
  const file = await vault.create(path, text);
  if (file instanceof TFile) await ctx.app.workspace.getLeaf(false).openFile(file);
  new Notice(
    skipped.length > 0
      ? `Created ${path}. Property names Bases cannot refer to as they are were left out: ${skipped.join(", ")}.`
      : `Created ${path}: your applications as tables (active, awaiting a reply, offers, all).`,
  );
}
