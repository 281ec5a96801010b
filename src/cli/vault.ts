import { closeSync, openSync, readdirSync, readFileSync, readSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import type { PeopleDirectory } from "../core/follow-ups/engine";
import type { NoteEntry } from "../core/notes/note-entry";
import { LinkPeople } from "../core/follow-ups/link-people";
import { findFrontmatter, opensFrontmatter } from "../core/notes/frontmatter-block";
import { noteEntry } from "../core/follow-ups/read-note";
import { attachAll } from "../core/follow-ups/attach";
import { readProperties } from "../core/notes/read-properties";
import { readYaml } from "../core/notes/read-yaml";
import { KeyLookup } from "../core/notes/schema";
import type { OtherNotes } from "../core/notes/sync-copies";
import type { Settings } from "../core/settings/settings";
import { asText, propertyInAnyCase } from "../core/notes/values";
import { insideFolder } from "./inside";

/** A vault folder on disk, read only. */

/**
 * Every markdown file (or file of `extension`) below `root`, vault-relative with `/`, skipping dot-folders (.obsidian,
 * .git, .trash). A note that is a symbolic link counts when it points at a file inside the vault
 * (as Obsidian shows it); links to folders are not followed, so nothing is listed twice or loops.
 */
export function listNotes(root: string, extension = ".md"): string[] {
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
        name.toLowerCase().endsWith(extension) &&
        (entry.isFile() || (entry.isSymbolicLink() && linkedNoteInside(`${dir}${sep}${name}`)))
      ) {
        out.push(`${prefix}${name}`);
      }
    }
  };
  walk(root, "");
  return out.sort();
}

const HEAD_BYTES = 4096;
const head = Buffer.allocUnsafe(HEAD_BYTES);

/**
 * A note's text as far as its properties go: its first 4 KB, or the whole note when its
 * frontmatter runs past them. Reading the index needs nothing of the body; most notes are
 * longer than their frontmatter, so this reads and keeps a fraction of the bytes.
 */
export function readHead(file: string): string {
  const fd = openSync(file, "r");
  let n: number;
  try {
    n = readSync(fd, head, 0, HEAD_BYTES, 0);
  } finally {
    closeSync(fd);
  }
  const text = head.toString("utf8", 0, n);
  // A closing `---` line within the head means the whole block was read; else read it all.
  if (n < HEAD_BYTES || !opensFrontmatter(text) || findFrontmatter(text)) return text;
  return readFileSync(file, "utf8");
}

/** The other notes of the folder, for telling a sync tool's copy from its original. */
export function otherNotes(root: string, paths: readonly string[]): OtherNotes {
  const listed = new Set(paths);
  return {
    exists: (path) => listed.has(path),
    properties: (path) => {
      const read = readProperties(path, readHead(join(root, path)), readYaml);
      return read.kind === "ok" ? read.data : undefined;
    },
  };
}

export interface VaultRead {
  entries: NoteEntry[];
  people: PeopleDirectory;
  /** How many markdown notes the folder holds (interview notes or not). */
  notesRead: number;
}

export function readVault(root: string, settings: Settings): VaultRead {
  if (!statSync(root).isDirectory()) throw new Error(`${root} is not a folder`);
  const paths = listNotes(root);
  const lookup = new KeyLookup(settings);
  const entries: NoteEntry[] = [];
  const others = otherNotes(root, paths);
  for (const path of paths) {
    const entry = noteEntry(path, readHead(`${root}${sep}${path}`), settings, lookup, readYaml, others);
    if (entry) entries.push(entry);
  }
  // Person notes are read only when a link needs them.
  const emailIn = (path: string): string | undefined => {
    const read = readProperties(path, readHead(join(root, path)), readYaml);
    return read.kind === "ok" ? asText(propertyInAnyCase(read.data, settings.personEmailKey)) : undefined;
  };
  // Interviews kept as notes of their own are read into their applications.
  return { entries: attachAll(entries, settings), people: new LinkPeople(paths, emailIn), notesRead: paths.length };
}
