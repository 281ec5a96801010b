import { parseYaml, TFile, type App } from "obsidian";
import type { PeopleDirectory } from "../core/follow-ups/engine";
import type { NoteEntry } from "../core/notes/note-entry";
import { meetingEntry, syncCopyEntry } from "../core/follow-ups/read-note";
import { isMeetingNote } from "../core/notes/meetings";
import { namedSyncCopy, type OtherNotes } from "../core/notes/sync-copies";
import { looksLikeInterviewNote } from "../core/notes/prefilter";
import { isInterviewNote, KeyLookup, readInterviewNote } from "../core/notes/schema";
import type { Problem } from "../core/notes/problem";
import type { Settings } from "../core/settings/settings";
import { exceedsValues, tooManyValuesProblem } from "../core/notes/value-limits";
import { asText, propertyInAnyCase } from "../core/notes/values";
import { frontmatterError } from "../core/notes/read-properties";

/**
 * The vault as the core sees it, from Obsidian's metadata cache: frontmatter is already
 * parsed there, so reading a note costs no file access. Only a note whose YAML Obsidian could
 * not parse is read from disk, to say what is wrong with it.
 */
export class VaultNotes implements PeopleDirectory {
  private read: { settings: Settings; lookup: KeyLookup } | undefined;

  /** Settings are read when needed, as the model reads them: a change is seen by both at once. */
  constructor(
    private readonly app: App,
    private readonly settings: () => Settings,
  ) {}

  /** The key lookup of the current settings, made again only when they changed. */
  private get lookup(): KeyLookup {
    const settings = this.settings();
    if (this.read?.settings !== settings) this.read = { settings, lookup: new KeyLookup(settings) };
    return this.read.lookup;
  }

  markdownFiles(): TFile[] {
    return this.app.vault.getMarkdownFiles();
  }

  /** The copies sync tools left of the note at `path`, by their names. */
  syncCopiesOf(path: string): TFile[] {
    return this.markdownFiles().filter((f) => namedSyncCopy(f.path)?.original === path);
  }

  /**
   * The note's entry; "broken" when Obsidian could not parse its frontmatter (a block but no
   * properties); undefined when it is not an interview note. One metadata-cache lookup per note.
   */
  entryFor(file: TFile): NoteEntry | "broken" | undefined {
    const cache = this.app.metadataCache.getFileCache(file);
    const fm = cache?.frontmatter;
    if (fm === undefined && cache?.frontmatterPosition !== undefined) return "broken";
    const meeting = fm !== undefined && isMeetingNote(file.path, fm, this.settings());
    if (!meeting && !isInterviewNote(file.path, fm, this.lookup)) return undefined;
    if (exceedsValues(fm)) return { problems: [tooManyValuesProblem(file.path)] };
    if (meeting) return meetingEntry(file.path, fm, this.settings(), this.others);
    return syncCopyEntry(file.path, fm, this.others) ?? readInterviewNote(file.path, fm, this.lookup);
  }

  /** The vault's other notes, for telling a sync tool's copy from its original. */
  private readonly others: OtherNotes = {
    exists: (path) => this.app.vault.getFileByPath(path) !== null,
    properties: (path) => {
      const file = this.app.vault.getFileByPath(path);
      return file ? this.app.metadataCache.getFileCache(file)?.frontmatter : undefined;
    },
  };

  /** For a note with broken YAML: the problem to report, when it looks like an interview note. */
  async brokenYamlProblem(file: TFile): Promise<Problem | undefined> {
    const text = await this.app.vault.cachedRead(file);
    if (!looksLikeInterviewNote(file.path, text, this.settings())) return undefined;
    return (
      frontmatterError(file.path, text, parseYaml) ?? {
        file: file.path,
        message: "Obsidian could not read this note's properties",
      }
    );
  }

  emailOf(linkTarget: string, fromFile: string): string | undefined {
    const dest = this.app.metadataCache.getFirstLinkpathDest(linkTarget, fromFile);
    if (!(dest instanceof TFile)) return undefined;
    const fm = this.app.metadataCache.getFileCache(dest)?.frontmatter;
    return fm ? asText(propertyInAnyCase(fm, this.settings().personEmailKey)) : undefined;
  }
}
