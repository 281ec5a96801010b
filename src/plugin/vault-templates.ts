import { normalizePath, Notice, TFile } from "obsidian";
import {
  draftTemplatesWith,
  templateNotFound,
  templateNotePath,
  templateText,
  type DraftTemplates,
} from "../core/drafts/drafts";
import type { PluginContext } from "./context";

/** A template note named in the settings, or undefined (and a notice) when it is not there. */
export async function readTemplate(
  ctx: PluginContext,
  name: string,
  keepProperties = false,
): Promise<string | undefined> {
  const named = templateNotePath(name);
  if (named === undefined) return undefined;
  const file = ctx.app.vault.getAbstractFileByPath(normalizePath(named));
  if (!(file instanceof TFile)) {
    new Notice(templateNotFound(name));
    return undefined;
  }
  return templateText(await ctx.app.vault.cachedRead(file), keepProperties);
}

export function draftTemplates(ctx: PluginContext): Promise<DraftTemplates> {
  return draftTemplatesWith(ctx.store.get().templates, (name) => readTemplate(ctx, name));
}

/** Tells the user about placeholders their template used that have no value. */
export function reportUnknown(unknown: string[]): void {
  if (unknown.length > 0) new Notice(`Unknown placeholders left as they are: ${unknown.join(", ")}`);
}
