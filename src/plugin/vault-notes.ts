import { parseYaml, TFile, type App } from "obsidian";
import type { NoteEntry, PeopleDirectory } from "../core/engine";
import { looksLikeInterviewNote } from "../core/prefilter";
import { isInterviewNote, KeyLookup, readInterviewNote, type Problem } from "../core/schema";
import type { Settings } from "../core/settings";
import { asText } from "../core/values";
import { frontmatterError } from "../core/yaml-frontmatter";

/**
 * The vault as the core sees it, from Obsidian's metadata cache: frontmatter is already
 * parsed there, so reading a note costs no file access. Only a note whose YAML Obsidian could
 * not parse is read from disk, to say what is wrong with it.
 */
export class VaultNotes implements PeopleDirectory {
  private lookup: KeyLookup;

  constructor(private readonly app: App, private settings: Settings) {
    this.lookup = new KeyLookup(settings);
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.lookup = new KeyLookup(settings);
  }

  markdownFiles(): TFile[] {
    return this.app.vault.getMarkdownFiles();
  }

  /** Frontmatter Obsidian could not parse: it has a block but no properties. */
  isBroken(file: TFile): boolean {
    const cache = this.app.metadataCache.getFileCache(file);
    return cache?.frontmatterPosition !== undefined && cache.frontmatter === undefined;
  }

  /** The note's entry, or undefined when it is not an interview note (or its YAML is broken). */
  entryFor(file: TFile): NoteEntry | undefined {
    const cache = this.app.metadataCache.getFileCache(file);
    if (this.isBroken(file)) return undefined;
    const fm = cache?.frontmatter;
    if (!isInterviewNote(file.path, fm, this.lookup)) return undefined;
    return readInterviewNote(file.path, fm, this.lookup);
  }

  /** For a note with broken YAML: the problem to report, when it looks like an interview note. */
  async brokenYamlProblem(file: TFile): Promise<Problem | undefined> {
    const text = await this.app.vault.cachedRead(file);
    if (!looksLikeInterviewNote(file.path, text, this.settings)) return undefined;
    return frontmatterError(file.path, text, parseYaml) ?? { file: file.path, message: "Obsidian could not read this note's properties" };
  }

  emailOf(linkTarget: string, fromFile: string): string | undefined {
    const dest = this.app.metadataCache.getFirstLinkpathDest(linkTarget, fromFile);
    if (!(dest instanceof TFile)) return undefined;
    const fm = this.app.metadataCache.getFileCache(dest)?.frontmatter;
    if (!fm) return undefined;
    const wanted = this.settings.personEmailKey.toLowerCase();
    const key = Object.keys(fm).find((k) => k.toLowerCase() === wanted);
    return key === undefined ? undefined : asText(fm[key]);
  }
}
