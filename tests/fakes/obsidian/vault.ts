import type * as O from "obsidian";
import { obsidianYaml } from "./yaml";
import { frontmatterLines as findFrontmatter } from "../../helpers/frontmatter-lines";
import { Events } from "./events";

/** An in-memory vault and metadata cache that behave like Obsidian's for what the plugin uses. */

export class TAbstractFile {
  vault!: Vault;
  parent: TFolder | null = null;
  /** Fields, as in Obsidian (set when the file is created or renamed), not recomputed on each read. */
  name = "";
  basename = "";
  extension = "";
  private current = "";
  constructor(path: string) {
    this.path = path;
  }
  get path(): string {
    return this.current;
  }
  set path(path: string) {
    this.current = path;
    this.name = path.slice(path.lastIndexOf("/") + 1);
    const dot = this.name.lastIndexOf(".");
    this.basename = dot === -1 ? this.name : this.name.slice(0, dot);
    this.extension = dot === -1 ? "" : this.name.slice(dot + 1);
  }
}

export class TFile extends TAbstractFile implements Pick<O.TFile, "path" | "name" | "basename" | "extension" | "stat"> {
  stat: O.FileStats = { ctime: 0, mtime: 0, size: 0 };
}

export class TFolder extends TAbstractFile implements Pick<O.TFolder, "path" | "name" | "isRoot"> {
  children: TAbstractFile[] = [];
  isRoot(): boolean {
    return this.path === "/";
  }
}

/** For tests: every write that reached the disk, by which API. */
export interface WriteRecord {
  api: "process" | "modify" | "create" | "editor-save";
  path: string;
}

export class Vault
  extends Events
  implements Pick<O.Vault, "read" | "cachedRead" | "process" | "modify" | "configDir" | "getName">
{
  configDir = ".obsidian";
  /** The vault's name (its folder's name in Obsidian). */
  name = "Job search";
  private files = new Map<string, { file: TFile; content: string }>();
  private folders = new Set<string>();
  writes: WriteRecord[] = [];
  clock = 1_700_000_000_000;
  /** Bumped whenever files appear, move or go, so name lookups can be indexed. */
  version = 0;
  constructor(readonly metadataCache: MetadataCache) {
    super();
    metadataCache.vault = this;
  }

  /** Files in the config folder: not notes, read through the adapter only (as Obsidian hides them). */
  private hidden = new Map<string, string>();
  adapter: Pick<O.DataAdapter, "exists" | "read"> = {
    exists: (path: string) => Promise.resolve(this.hidden.has(path) || this.files.has(path) || this.folderExists(path)),
    read: (path: string) => {
      const text = this.hidden.get(path) ?? this.files.get(path)?.content;
      return text === undefined ? Promise.reject(new Error(`ENOENT: ${path}`)) : Promise.resolve(text);
    },
  };

  /** Seeds a file without events, as at vault load. */
  seed(path: string, content: string): TFile {
    if (path.startsWith(`${this.configDir}/`)) {
      this.hidden.set(path, content);
      return new TFile(path);
    }
    const file = new TFile(path);
    file.vault = this;
    file.stat = { ctime: this.clock, mtime: this.clock, size: content.length };
    this.files.set(path, { file, content });
    this.version++;
    this.metadataCache.index(file, content, false);
    return file;
  }

  getName(): string {
    return this.name;
  }

  getMarkdownFiles(): TFile[] {
    return [...this.files.values()].map((f) => f.file).filter((f) => f.extension === "md");
  }
  getFiles(): TFile[] {
    return [...this.files.values()].map((f) => f.file);
  }
  getAbstractFileByPath(path: string): TAbstractFile | null {
    if (this.files.has(path)) return this.files.get(path)?.file ?? null;
    return this.folderExists(path) ? new TFolder(path) : null;
  }
  /** A folder exists when created, or when a file lies inside it. */
  private folderExists(path: string): boolean {
    return this.folders.has(path) || [...this.files.keys()].some((p) => p.startsWith(`${path}/`));
  }
  getFileByPath(path: string): TFile | null {
    return this.files.get(path)?.file ?? null;
  }
  contentOf(path: string): string {
    const entry = this.files.get(path);
    if (!entry) throw new Error(`no file ${path}`);
    return entry.content;
  }
  read(file: O.TFile): Promise<string> {
    return Promise.resolve(this.contentOf(file.path));
  }
  cachedRead(file: O.TFile): Promise<string> {
    return this.read(file);
  }
  /** The file's bytes (the fake keeps text, so they are its UTF-8). */
  readBinary(file: O.TFile): Promise<ArrayBuffer> {
    const bytes = new TextEncoder().encode(this.contentOf(file.path));
    return Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }
  /** Writes and re-indexes, as Obsidian does after any change on disk. */
  write(path: string, content: string, api: WriteRecord["api"]): void {
    const entry = this.files.get(path);
    if (!entry) throw new Error(`no file ${path}`);
    entry.content = content;
    this.clock += 1000;
    entry.file.stat = { ...entry.file.stat, mtime: this.clock, size: content.length };
    this.writes.push({ api, path });
    this.trigger("modify", entry.file);
    this.metadataCache.index(entry.file, content, true);
  }
  process(file: O.TFile, fn: (data: string) => string): Promise<string> {
    // Obsidian applies the read-modify-write atomically: nothing can change the file in between.
    const before = this.contentOf(file.path);
    const after = fn(before);
    if (after !== before) this.write(file.path, after, "process");
    return Promise.resolve(after);
  }
  modify(file: O.TFile, data: string): Promise<void> {
    this.write(file.path, data, "modify");
    return Promise.resolve();
  }
  create(path: string, data: string): Promise<O.TFile> {
    if (this.files.has(path)) return Promise.reject(new Error("File already exists."));
    const parent = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
    if (parent !== "" && !this.folderExists(parent))
      return Promise.reject(new Error(`ENOENT: no such file or directory, open '${path}'`));
    const file = this.seed(path, data);
    this.writes.push({ api: "create", path });
    this.trigger("create", file);
    this.metadataCache.index(file, data, true);
    return Promise.resolve(file as unknown as O.TFile);
  }
  createFolder(path: string): Promise<O.TFolder> {
    if (this.folders.has(path)) return Promise.reject(new Error("Folder already exists."));
    this.folders.add(path);
    return Promise.resolve(new TFolder(path) as unknown as O.TFolder);
  }
  /** Renames a file as the user would in the file explorer. */
  rename(path: string, newPath: string): void {
    const entry = this.files.get(path);
    if (!entry) throw new Error(`no file ${path}`);
    this.files.delete(path);
    this.version++;
    entry.file.path = newPath;
    this.files.set(newPath, entry);
    this.metadataCache.move(path, newPath);
    this.trigger("rename", entry.file, path);
  }
  /** Deletes a file as the user would. */
  remove(path: string): void {
    const entry = this.files.get(path);
    if (!entry) throw new Error(`no file ${path}`);
    this.files.delete(path);
    this.version++;
    const prev = this.metadataCache.drop(path);
    this.trigger("delete", entry.file);
    this.metadataCache.trigger("deleted", entry.file, prev);
  }
}

export class MetadataCache
  extends Events
  implements Pick<O.MetadataCache, "getFileCache" | "getFirstLinkpathDest" | "getCache">
{
  vault!: Vault;
  private caches = new Map<string, O.CachedMetadata>();
  resolvedLinks: Record<string, Record<string, number>> = {};

  /** Parses frontmatter as Obsidian does: YAML with dates kept as text; invalid YAML leaves no frontmatter. */
  index(file: TFile, content: string, notify: boolean): void {
    const cache: O.CachedMetadata = {};
    const block = findFrontmatter(content);
    if (block) {
      const pos = (offset: number): O.Loc => {
        const before = content.slice(0, offset);
        const line = before.split("\n").length - 1;
        return { line, col: offset - (before.lastIndexOf("\n") + 1), offset };
      };
      const position = { start: pos(0), end: pos(block.end - (content[block.end - 1] === "\n" ? 1 : 0)) };
      cache.frontmatterPosition = position;
      cache.sections = [{ type: "yaml", position }];
      try {
        const data = obsidianYaml(content.slice(block.yamlStart, block.yamlEnd));
        if (data === null || data === undefined) cache.frontmatter = {};
        else if (typeof data === "object" && !Array.isArray(data)) cache.frontmatter = data;
      } catch {
        // Invalid YAML: the note has a frontmatter block but no properties, as in Obsidian.
      }
    }
    this.caches.set(file.path, cache);
    if (notify) this.trigger("changed", file, content, cache);
  }
  move(from: string, to: string): void {
    const c = this.caches.get(from);
    this.caches.delete(from);
    if (c) this.caches.set(to, c);
  }
  drop(path: string): O.CachedMetadata | null {
    const c = this.caches.get(path) ?? null;
    this.caches.delete(path);
    return c;
  }
  getFileCache(file: O.TFile): O.CachedMetadata | null {
    return this.caches.get(file.path) ?? null;
  }
  getCache(path: string): O.CachedMetadata | null {
    return this.caches.get(path) ?? null;
  }
  /** Like Obsidian's, resolved through an index of file names (the real cache keeps one too). */
  getFirstLinkpathDest(linkpath: string, sourcePath: string): O.TFile | null {
    const target = linkpath.replace(/#.*$/, "").toLowerCase();
    const name = target.slice(target.lastIndexOf("/") + 1).replace(/\.md$/, "");
    const byName = (this.vault.version === this.indexedVersion ? this.byName : this.reindex()).get(name) ?? [];
    const exact = byName.find((f) => f.path.toLowerCase() === `${target}.md` || f.path.toLowerCase() === target);
    if (exact) return exact as unknown as O.TFile;
    const folder = sourcePath.slice(0, sourcePath.lastIndexOf("/") + 1);
    return (byName.find((f) => f.path.startsWith(folder)) ?? byName[0] ?? null) as unknown as O.TFile | null;
  }

  private byName = new Map<string, TFile[]>();
  private indexedVersion = -1;
  private reindex(): Map<string, TFile[]> {
    this.byName.clear();
    const files = this.vault.getMarkdownFiles();
    for (const f of files) {
      const key = f.basename.toLowerCase();
      this.byName.set(key, [...(this.byName.get(key) ?? []), f]);
    }
    this.indexedVersion = this.vault.version;
    return this.byName;
  }
}
