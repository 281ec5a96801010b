import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, sep } from "node:path";
import type { NoteEntry, PeopleDirectory } from "../core/engine";
import { LinkPeople } from "../core/link-people";
import { noteEntry } from "../core/read-note";
import { readProperties } from "../core/read-properties";
import { readYaml } from "../core/read-yaml";
import { KeyLookup } from "../core/schema";
import type { Settings } from "../core/settings";
import { asText, propertyInAnyCase } from "../core/values";
import { insideFolder } from "./inside";

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

export function readVault(root: string, settings: Settings): VaultRead {
  if (!statSync(root).isDirectory()) throw new Error(`${root} is not a folder`);
  const paths = listNotes(root);
  const lookup = new KeyLookup(settings);
  const entries: NoteEntry[] = [];
  for (const path of paths) {
    const entry = noteEntry(path, readFileSync(`${root}${sep}${path}`, "utf8"), settings, lookup, readYaml);
    if (entry) entries.push(entry);
  }
  // Person notes are read only when a link needs them.
  const emailIn = (path: string): string | undefined => {
    const read = readProperties(path, readFileSync(join(root, path), "utf8"), readYaml);
    return read.kind === "ok" ? asText(propertyInAnyCase(read.data, settings.personEmailKey)) : undefined;
  };
  return { entries, people: new LinkPeople(paths, emailIn), notesRead: paths.length };
}
