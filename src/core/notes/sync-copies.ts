import type { Problem } from "./problem";

/**
 * Copies that sync tools leave beside a note two devices changed at once. They hold the same
 * application, so they are counted once (the original), listed with the way to merge them, and
 * never written to.
 */
export interface SyncCopy {
  /** The note it is a copy of. */
  original: string;
  /** The tool that names copies this way. */
  tool: string;
}

/** What a host can say of another note: whether it is there, and its properties. */
export interface OtherNotes {
  exists(path: string): boolean;
  properties(path: string): Record<string, unknown> | undefined;
}

/** Copies named by their tool; each gives the original's name without `.md` as its first group. */
const NAMED: readonly [RegExp, string][] = [
  // Acme.sync-conflict-20260312-101500-ABCDEFG.md
  [/^(.+)\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}\.md$/i, "Syncthing"],
  // Acme (conflicted copy 2026-03-12 101500).md
  [/^(.+) \(conflicted copy \d{4}-\d{2}-\d{2} \d{6}\)\.md$/i, "Nextcloud"],
  // Acme (conflicted copy 2026-03-12).md, Acme (Jane's conflicted copy 2026-03-12).md
  [/^(.+) \((?:[^()]+['’]s )?conflicted copy \d{4}-\d{2}-\d{2}\)\.md$/i, "Dropbox"],
  // Acme_conflict-20260312-101500.md
  [/^(.+)_conflict-\d{8}-\d{6}\.md$/i, "ownCloud"],
  // Acme (Conflicted copy MacBook 202603121015).md
  [/^(.+) \(conflicted copy .*\d{12}\)\.md$/i, "Obsidian Sync"],
  // Acme-DESKTOP-1A2B3C4.md: the computer's name, as Windows names computers
  [/^(.+)-(?:DESKTOP|LAPTOP)-[A-Z0-9]{7,8}\.md$/, "OneDrive"],
];

/**
 * Copies named only by a number: iCloud's `Acme 2.md`, Google Drive's `Acme (1).md`, beside
 * `Acme.md`. A second application can be named so too, so they are copies only when their
 * properties are the original's.
 */
const NUMBERED: readonly [RegExp, string][] = [
  [/^(.+) [2-9]\.md$/, "iCloud"],
  [/^(.+) \([1-9]\)\.md$/, "Google Drive"],
];

function folderOf(path: string): string {
  const at = path.lastIndexOf("/");
  return at === -1 ? "" : path.slice(0, at + 1);
}

/** The copy a path names, by its tool's pattern alone (used before a write, when no other note is at hand). */
export function namedSyncCopy(path: string): SyncCopy | undefined {
  const name = path.slice(path.lastIndexOf("/") + 1);
  for (const [pattern, tool] of NAMED) {
    const m = pattern.exec(name);
    if (m) return { original: `${folderOf(path)}${m[1] as string}.md`, tool };
  }
  return undefined;
}

function sameProperties(a: Record<string, unknown>, b: Record<string, unknown> | undefined): boolean {
  return b !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Whether the note at `path` is a sync tool's copy of another note that is there: by its name,
 * or as iCloud's `name 2.md` or Google Drive's `name (1).md` whose properties are the
 * original's. A copy whose original is gone is the only one left, and is read as a note.
 */
export function syncCopyOf(
  path: string,
  frontmatter: Record<string, unknown> | undefined,
  others: OtherNotes,
): SyncCopy | undefined {
  const named = namedSyncCopy(path);
  if (named) return others.exists(named.original) ? named : undefined;
  if (!frontmatter) return undefined;
  const name = path.slice(path.lastIndexOf("/") + 1);
  for (const [pattern, tool] of NUMBERED) {
    const m = pattern.exec(name);
    if (!m) continue;
    const original = `${folderOf(path)}${m[1] as string}.md`;
    if (others.exists(original) && sameProperties(frontmatter, others.properties(original))) return { original, tool };
  }
  return undefined;
}

/** What is said of a copy, in Needs attention and by check. */
export function syncCopyProblem(path: string, copy: SyncCopy): Problem {
  return {
    file: path,
    message:
      `a copy ${copy.tool} made of "${copy.original}" when two devices changed it at once: it is not counted. ` +
      `Merge what differs into "${copy.original}", then delete this copy`,
  };
}

/**
 * Why nothing may be recorded in the note at `path`: it is a sync tool's copy of a note that is
 * there, so what is written would be lost when the copy is merged and deleted. Even a forced
 * write is refused. Undefined for every other note.
 */
export function syncCopyRefusal(path: string, exists: (path: string) => boolean): string | undefined {
  const copy = namedSyncCopy(path);
  if (!copy || !exists(copy.original)) return undefined;
  return `it is a copy ${copy.tool} made of "${copy.original}": record it there (merge this copy into it, then delete the copy)`;
}
