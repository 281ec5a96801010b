import { normalizePath, Notice, parseYaml, TFile } from "obsidian";
import { addDebrief } from "../core/drafts/debrief";
import { baseVars } from "../core/drafts/drafts";
import { newInterviewNote, type NewInterview } from "../core/drafts/new-note";
import { interviewNoteName, uniqueNotePath } from "../core/drafts/note-names";
import type { InterviewNote } from "../core/notes/schema";
import { DEFAULT_DEBRIEF, renderTemplate } from "../core/drafts/templates";
import type { PluginContext } from "./context";
import { readTemplate, reportUnknown } from "./vault-templates";
import { writeNote } from "./write-back";

/** Creating interview notes and adding their debrief. */

export async function createInterviewNote(ctx: PluginContext, fields: NewInterview): Promise<TFile> {
  const settings = ctx.store.get();
  const folder = normalizePath(settings.newNoteFolder.trim() || "/");
  if (folder !== "/" && !ctx.app.vault.getAbstractFileByPath(folder)) await ctx.app.vault.createFolder(folder);
  const name = interviewNoteName(fields);
  const path = uniqueNotePath(
    folder === "/" ? "" : folder,
    name,
    (p) => ctx.app.vault.getAbstractFileByPath(p) !== null,
  );
  const template = await readTemplate(ctx, settings.templates.interviewNote, true);
  const rendered = newInterviewNote(fields, settings, parseYaml, template, ctx.clock.today());
  reportUnknown(rendered.unknown);
  const file = await ctx.app.vault.create(path, rendered.text);
  await ctx.app.workspace.getLeaf(false).openFile(file);
  return file;
}

/** Adds the Debrief section (once) and opens the note. */
export async function addDebriefSection(ctx: PluginContext, note: InterviewNote, file: TFile): Promise<void> {
  const template = (await readTemplate(ctx, ctx.store.get().templates.debrief)) ?? DEFAULT_DEBRIEF;
  const rendered = renderTemplate(template, baseVars(note, ctx.store.get(), ctx.clock.today()));
  reportUnknown(rendered.unknown);
  const result = await writeNote(ctx.app, file, (text) => {
    const next = addDebrief(text, rendered.text);
    return next === undefined
      ? { status: "unchanged", reason: "the note already has a Debrief section" }
      : { status: "changed", text: next };
  });
  if (result.status === "unchanged") new Notice(`${file.basename} already has a Debrief section.`);
  if (result.status === "refused") new Notice(`Could not add the debrief to ${file.path}: ${result.message}`);
  if (ctx.app.workspace.getActiveFile()?.path !== file.path) await ctx.app.workspace.getLeaf(false).openFile(file);
}
