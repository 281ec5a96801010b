import { normalizePath, Notice, TFile } from "obsidian";
import { findFrontmatter } from "../core/frontmatter-block";
import type { DraftTemplates } from "../core/drafts";
import type { PluginContext } from "./context";

/** A template note named in the settings, or undefined (and a notice) when it is not there. */
export async function readTemplate(
  ctx: PluginContext,
  name: string,
  keepProperties = false,
): Promise<string | undefined> {
  if (name.trim() === "") return undefined;
  const path = normalizePath(name.toLowerCase().endsWith(".md") ? name : `${name}.md`);
  const file = ctx.app.vault.getAbstractFileByPath(path);
  if (!(file instanceof TFile)) {
    new Notice(`Template note "${name}" was not found; using the built-in template.`);
    return undefined;
  }
  const text = await ctx.app.vault.cachedRead(file);
  const block = findFrontmatter(text);
  return block && !keepProperties ? text.slice(block.end) : text;
}

export async function draftTemplates(ctx: PluginContext): Promise<DraftTemplates> {
  const t = ctx.store.get().templates;
  const out: DraftTemplates = {};
  const thankYou = await readTemplate(ctx, t.thankYou);
  const followUp = await readTemplate(ctx, t.followUp);
  if (thankYou !== undefined) out.thankYou = thankYou;
  if (followUp !== undefined) out.followUp = followUp;
  return out;
}

/** Tells the user about placeholders their template used that have no value. */
export function reportUnknown(unknown: string[]): void {
  if (unknown.length > 0) new Notice(`Unknown placeholders left as they are: ${unknown.join(", ")}`);
}
