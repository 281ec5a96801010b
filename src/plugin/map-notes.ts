import type { App } from "obsidian";
import { findFrontmatter } from "../core/notes/frontmatter-block";
import { previewMapping } from "../core/mapping/adjust";
import { templateFoldersFrom } from "../core/notes/note-roles";
import { suggestConfig } from "../core/mapping/suggest-config";
import type { NoteSample } from "../core/mapping/note-sample";
import { MapNotesModal } from "./modals/map-notes-modal";
import type { SettingsStore } from "./settings-store";
import type { Clock } from "../core/lib/clock";

async function readConfig(app: App, path: string): Promise<string | undefined> {
  try {
    return (await app.vault.adapter.exists(path)) ? await app.vault.adapter.read(path) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every note with its properties (from the metadata cache) and its text after them: the mapping
 * tells templates, dashboards and inline fields apart by what they say. Read when the user asks
 * for a mapping, never at start-up.
 */
async function vaultSamples(app: App): Promise<NoteSample[]> {
  const notes = app.vault.getMarkdownFiles().map(async (file) => {
    const text = await app.vault.cachedRead(file);
    const frontmatter = (app.metadataCache.getFileCache(file)?.frontmatter ?? {}) as Record<string, unknown>;
    return { path: file.path, frontmatter, body: text.slice(findFrontmatter(text)?.end ?? 0) };
  });
  // Bases: the words their views filter on.
  const bases = app.vault
    .getFiles()
    .filter((file) => file.extension === "base")
    .map(async (file) => ({ path: file.path, frontmatter: {}, body: await app.vault.cachedRead(file) }));
  return Promise.all([...notes, ...bases]);
}

/** "Map my existing notes": propose, review, and save on Apply. */
export async function openMapNotes(app: App, store: SettingsStore, clock: Clock, onApplied: () => void): Promise<void> {
  const configDir = app.vault.configDir;
  const templateFolders = templateFoldersFrom({
    templates: await readConfig(app, `${configDir}/templates.json`),
    templater: await readConfig(app, `${configDir}/plugins/templater-obsidian/data.json`),
  });
  const samples = await vaultSamples(app);
  const base = store.get();
  const suggestion = suggestConfig(samples, base, { templateFolders });
  new MapNotesModal(app, {
    suggestion,
    base,
    preview: (config) => previewMapping(samples, config, base, clock.wall()),
    apply: async (config) => {
      const errors = await store.merge(config);
      if (errors.length === 0) onApplied();
      return errors;
    },
  }).open();
}
