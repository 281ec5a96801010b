import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import type { NoteEntry, PeopleDirectory } from "../core/engine";
import { linkBasename } from "../core/people";
import { looksLikeInterviewNote, mightBeInterviewNote } from "../core/prefilter";
import { isInterviewNote, KeyLookup, readInterviewNote } from "../core/schema";
import type { Settings } from "../core/settings";
import { asText, propertyInAnyCase } from "../core/values";
import { insideFolder } from "./inside";
import { readFrontmatter } from "./read-frontmatter";

/** A vault folder on disk, read only. */

/**
 * Every markdown file below `root`, vault-relative with `/`, skipping dot-folders (.obsidian,
 * .git, .trash). A note that is a symbolic link counts when it points at a file inside the vault
 * (as Obsidian shows it); links to folders are not followed, so nothing is listed twice or loops.
 */
export function listNotes(root: string): string[] {
  const out: string[] = [];
  let realRoot: string | undefined;
  const linkedNoteInside = (path: string): boolean => {
    try {
      realRoot ??= realpathSync(root);
      const real = realpathSync(path);
      return insideFolder(realRoot, real) && statSync(real).isFile();
    } catch {
      return false;
    }
  };
  // Vault-relative paths are built while walking: path.join and path.relative per file cost
  // as much as a tenth of reading the files.
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const name = entry.name;
      if (name.startsWith(".")) continue;
      if (entry.isDirectory()) walk(`${dir}${sep}${name}`, `${prefix}${name}/`);
      else if (
        name.toLowerCase().endsWith(".md") &&
        (entry.isFile() || (entry.isSymbolicLink() && linkedNoteInside(`${dir}${sep}${name}`)))
      ) {
        out.push(`${prefix}${name}`);
      }
    }
  };
  walk(root, "");
  return out.sort();
}

export interface VaultRead {
  entries: NoteEntry[];
  people: PeopleDirectory;
  /** How many markdown notes the folder holds (interview notes or not). */
  notesRead: number;
}

/**
 * Links resolve the way Obsidian resolves them in the common case: a link with a folder
 * matches that path, a bare name matches the file of that name nearest the linking note's
 * folder, else the first in path order. Person notes are parsed only when a link needs them.
 */
class DiskPeople implements PeopleDirectory {
  private readonly byName = new Map<string, string[]>();
  private readonly emails = new Map<string, string | undefined>();

  constructor(
    private readonly root: string,
    paths: string[],
    private readonly emailKey: string,
  ) {
    for (const path of paths) {
      const name = linkBasename(path).toLowerCase();
      const list = this.byName.get(name);
      if (list) list.push(path);
      else this.byName.set(name, [path]);
    }
  }

  resolve(target: string, fromFile: string): string | undefined {
    const t = target.replace(/\.md$/i, "").toLowerCase();
    const candidates = this.byName.get(linkBasename(t)) ?? [];
    if (t.includes("/"))
      return candidates.find((p) => p.toLowerCase() === `${t}.md` || p.toLowerCase().endsWith(`/${t}.md`));
    const folder = fromFile.slice(0, fromFile.lastIndexOf("/") + 1);
    return candidates.find((p) => p.startsWith(folder) && !p.slice(folder.length).includes("/")) ?? candidates[0];
  }

  emailOf(target: string, fromFile: string): string | undefined {
    const path = this.resolve(target, fromFile);
    if (!path) return undefined;
    if (!this.emails.has(path)) {
      const read = readFrontmatter(path, readFileSync(join(this.root, path), "utf8"));
      this.emails.set(path, read.kind === "ok" ? asText(propertyInAnyCase(read.data, this.emailKey)) : undefined);
    }
    return this.emails.get(path);
  }
}

export function readVault(root: string, settings: Settings): VaultRead {
  if (!statSync(root).isDirectory()) throw new Error(`${root} is not a folder`);
  const paths = listNotes(root);
  const lookup = new KeyLookup(settings);
  const entries: NoteEntry[] = [];
  for (const path of paths) {
    const text = readFileSync(`${root}${sep}${path}`, "utf8");
    if (!mightBeInterviewNote(path, text, settings)) continue;
    const read = readFrontmatter(path, text);
    if (read.kind === "error") {
      // Broken YAML cannot say what the note is: report it when it looks like an interview note.
      if (looksLikeInterviewNote(path, text, settings)) {
        entries.push({ problems: [read.problem] });
      }
      continue;
    }
    const data = read.kind === "ok" ? read.data : undefined;
    if (!isInterviewNote(path, data, lookup)) continue;
    entries.push(readInterviewNote(path, data, lookup));
  }
  return { entries, people: new DiskPeople(root, paths, settings.personEmailKey), notesRead: paths.length };
}
