import * as vscode from "vscode";
import { followUpReport, type FollowUpReport } from "../core/follow-ups/engine";
import type { NoteEntry } from "../core/notes/note-entry";
import { attachAll } from "../core/follow-ups/attach";
import { LinkPeople } from "../core/follow-ups/link-people";
import { noteEntry } from "../core/follow-ups/read-note";
import { readProperties } from "../core/notes/read-properties";
import { namedSyncCopy, syncCopyProblem, type SyncCopy } from "../core/notes/sync-copies";
import { KeyLookup, type InterviewNote } from "../core/notes/schema";
import type { Settings } from "../core/settings/settings";
import { asText, propertyInAnyCase } from "../core/notes/values";
import { readYaml } from "../core/notes/read-yaml";
import type { Clock } from "../core/lib/clock";

/**
 * The workspace folder as the core sees it: every markdown note's entry (interview notes) and
 * email (person notes), kept current one file at a time from the file system watcher and from
 * unsaved editors, and the report computed from them. Reads through `workspace.fs`, so the same
 * code runs in VS Code for the web.
 */

/** Dot-folders (.obsidian, .git, .trash) hold no notes, as in the CLI and Obsidian. */
export const NOTES_GLOB = "**/*.md";
export const EXCLUDE_GLOB = "{**/.*/**,**/node_modules/**}";

interface NoteState {
  entry?: NoteEntry;
  email?: string;
}

export class Journal implements vscode.Disposable {
  private readonly notes = new Map<string, NoteState>();
  private lookup: KeyLookup;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  report: FollowUpReport | undefined;
  private joined = new Map<string, InterviewNote>();

  constructor(
    readonly folder: vscode.Uri,
    private settings: Settings,
    private readonly clock: Clock,
  ) {
    this.lookup = new KeyLookup(settings);
  }

  get currentSettings(): Settings {
    return this.settings;
  }

  /** The vault-relative path of a file in this folder, with `/`; undefined outside it. */
  relative(uri: vscode.Uri): string | undefined {
    const base = this.folder.path.endsWith("/") ? this.folder.path : `${this.folder.path}/`;
    if (uri.scheme !== this.folder.scheme || !uri.path.startsWith(base)) return undefined;
    const path = uri.path.slice(base.length);
    return path.split("/").some((part) => part.startsWith(".")) || !path.toLowerCase().endsWith(".md")
      ? undefined
      : path;
  }

  uriOf(path: string): vscode.Uri {
    return vscode.Uri.joinPath(this.folder, ...path.split("/"));
  }

  /** Reads every note of the folder again (at start, and when the settings change). */
  async rebuild(settings = this.settings): Promise<void> {
    this.settings = settings;
    this.lookup = new KeyLookup(settings);
    this.notes.clear();
    this.directory = undefined;
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(this.folder, NOTES_GLOB), EXCLUDE_GLOB);
    // A few reads at a time: a vault of thousands of notes does not flood the file system provider.
    for (let i = 0; i < files.length; i += 32)
      await Promise.all(files.slice(i, i + 32).map((uri) => this.readFile(uri, false)));
    this.publish();
  }

  /** One file changed on disk (or was created). */
  async update(uri: vscode.Uri): Promise<void> {
    if (this.relative(uri) === undefined) return;
    await this.readFile(uri, true);
  }

  /**
   * An editor's unsaved text: the note as the user sees it now. Typing fires this on every
   * keystroke, so the report is recomputed once the typing pauses (`publishSoon`), not per key.
   */
  updateText(uri: vscode.Uri, text: string, now = false): void {
    const path = this.relative(uri);
    if (path === undefined) return;
    this.setText(path, text);
    if (now) this.publish();
    else this.publishSoon();
  }

  private pending: ReturnType<typeof setTimeout> | undefined;

  /** Publishes after a short quiet time; several changes in a row publish once. */
  publishSoon(delayMs = 250): void {
    if (this.pending !== undefined) clearTimeout(this.pending);
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.publish();
    }, delayMs);
  }

  remove(uri: vscode.Uri): void {
    const path = this.relative(uri);
    if (path === undefined || !this.notes.delete(path)) return;
    this.directory = undefined;
    this.publish();
  }

  /** Whether the folder holds a markdown note at this path. */
  has(path: string): boolean {
    return this.notes.has(path);
  }

  /** An application's note as the report reads it (with its interviews' own notes). */
  noteAt(path: string): InterviewNote | undefined {
    return this.joined.get(path) ?? this.notes.get(path)?.entry?.note;
  }

  interviewNotes(): InterviewNote[] {
    return [...this.joined.values()];
  }

  /**
   * A sync tool's copy of a note in this folder, known by its name once every file is read,
   * whichever was read first (iCloud's `name 2.md`, which needs both notes' properties, is the
   * command line's and Obsidian's).
   */
  private copyOf(path: string, state: NoteState): SyncCopy | undefined {
    const copy = state.entry?.note ? namedSyncCopy(path) : undefined;
    return copy && this.notes.has(copy.original) ? copy : undefined;
  }

  /** How many markdown notes the folder holds. */
  get size(): number {
    return this.notes.size;
  }

  private directory: LinkPeople | undefined;

  /** Person links, resolved over the folder's notes; made again only when notes come or go. */
  people(): LinkPeople {
    this.directory ??= new LinkPeople([...this.notes.keys()].sort(), (path) => this.notes.get(path)?.email);
    return this.directory;
  }

  /** Recomputes the report at the clock's time (every minute, and after each change). */
  publish(): void {
    if (this.pending !== undefined) clearTimeout(this.pending);
    this.pending = undefined;
    const entries: NoteEntry[] = [];
    for (const [path, state] of this.notes) {
      if (!state.entry) continue;
      const copy = this.copyOf(path, state);
      entries.push(copy ? { problems: [syncCopyProblem(path, copy)] } : state.entry);
    }
    // Interviews kept as notes of their own are read into their applications once, for both.
    const joined = attachAll(entries, this.settings);
    this.joined = new Map(joined.flatMap((e) => (e.note ? [[e.note.file, e.note] as const] : [])));
    this.report = followUpReport(joined, this.clock.wall(), this.settings, this.people());
    this.changed.fire();
  }

  private async readFile(uri: vscode.Uri, publish: boolean): Promise<void> {
    const path = this.relative(uri);
    if (path === undefined) return;
    let text: string;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      return;
    }
    this.setText(path, text);
    if (publish) this.publish();
  }

  private setText(path: string, text: string): void {
    const entry = noteEntry(path, text, this.settings, this.lookup, readYaml);
    const email = entry ? undefined : this.emailIn(path, text);
    const before = this.notes.get(path);
    // The directory caches emails by note: a new note or a changed email makes it again.
    if (!before || before.email !== email) this.directory = undefined;
    this.notes.set(path, { entry, email });
  }

  /** A person note's email, read only from notes whose frontmatter names the property at all. */
  private emailIn(path: string, text: string): string | undefined {
    const key = this.settings.personEmailKey;
    if (!text.startsWith("---") || !text.toLowerCase().includes(key.toLowerCase())) return undefined;
    const frontmatter = readProperties(path, text, readYaml);
    return frontmatter.kind === "ok" ? asText(propertyInAnyCase(frontmatter.data, key)) : undefined;
  }

  dispose(): void {
    if (this.pending !== undefined) clearTimeout(this.pending);
    this.changed.dispose();
  }
}
