import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Notes are the user's data: a write goes to a temporary file beside the note and is renamed
 * over it only if the note still holds exactly what was read, so an edit made meanwhile (in
 * Obsidian, VS Code, a sync client) is never overwritten. The rename is atomic on one file
 * system, so a reader sees the old note or the new one, never half of each.
 */

export class NoteChangedError extends Error {
  override name = "NoteChangedError";
}

export class NotUtf8Error extends Error {
  override name = "NotUtf8Error";
}

/** Reads a note as text, refusing files that are not valid UTF-8 (they could not be written back unchanged). */
export function readNote(path: string): string {
  const raw = readFileSync(path);
  const text = raw.toString("utf8");
  if (!Buffer.from(text, "utf8").equals(raw)) throw new NotUtf8Error(`${path} is not UTF-8 text; it is left as it is`);
  return text;
}

export interface WriteHooks {
  /** Called after the temporary file is written, before the check and rename (for tests). */
  beforeRename?: () => void;
}

/**
 * Replaces `path` with `next` if it still holds `expected`; `expected` undefined means the file
 * must not exist yet (it is created, with the default mode).
 */
export function writeNoteSafely(path: string, expected: string | undefined, next: string, hooks: WriteHooks = {}): void {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  writeFileSync(temp, next, { ...(expected === undefined ? {} : { mode: statSync(path).mode }), flag: "wx" });
  try {
    hooks.beforeRename?.();
    if ((existsSync(path) ? readFileSync(path, "utf8") : undefined) !== expected) {
      throw new NoteChangedError(`${path} changed while it was being edited; nothing was written, try again`);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // Already renamed or gone: nothing to clean up.
    }
    throw error;
  }
}
