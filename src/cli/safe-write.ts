import { randomBytes } from "node:crypto";
import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
  type BigIntStats,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * Notes are the user's data, and other programs (Obsidian, an editor, a sync client) may save
 * the same note at any moment. The protocol (docs/reliability.md says what it guarantees):
 *
 * 1. Read a stable copy: the file's identity, size and times are the same before and after the
 *    read, and the bytes read are as many as its size; an empty read is refused.
 * 2. Write the new text to a temporary file beside the note, flushed to disk.
 * 3. Just before replacing the note, check that it is still the file that was read (inode, size,
 *    modification and change times), then keep a hard link to it, and check the link is that file.
 * 4. Rename the temporary file over the note (atomic on one file system).
 * 5. Read what was replaced through the hard link: if another program saved into it after step
 *    3, put it back (the user's save wins and nothing is written), or, if the note changed again
 *    meanwhile, keep it beside the note as a conflicted copy; either way, say so and exit 1.
 *
 * Temporary files are named `.<note>.jsj-<pid>.<random>.tmp` (and `.orig` for the link); a run
 * that was killed leaves them behind, and the next write in that folder removes them.
 */

const CHANGED = "changed while it was being edited; nothing was written, try again";

/** Another program changed the note; the message completes a sentence that starts with the note's name. */
export class NoteChangedError extends Error {
  override name = "NoteChangedError";
}

/** The message completes a sentence that starts with the note's name. */
export class NotUtf8Error extends Error {
  override name = "NotUtf8Error";
}

/** A note that cannot be written as asked: read-only, no room, no permission. Nothing was written. */
export class WriteRefusedError extends Error {
  override name = "WriteRefusedError";
}

/** What was read, and which file it was read from. */
export interface NoteRead {
  text: string;
  stat: BigIntStats;
}

const READ_ATTEMPTS = 5;

/**
 * A note modified less than this long ago may be in the middle of a save (an editor that writes
 * in chunks, pausing between them): it is read again once it has been quiet this long.
 */
export const QUIET_MS = 150;

/** How long a note may keep changing before the write is given up. */
const QUIET_LIMIT_MS = 3000;

/** The errno code of a file system error (ENOSPC, EACCES …), if it has one. */
export function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? code : undefined;
}

function sameFile(a: BigIntStats, b: BigIntStats): boolean {
  return a.ino === b.ino && a.dev === b.dev && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

/** Waits a few milliseconds without an event loop (the CLI is synchronous). */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Reads a note as text, refusing what could not be written back unchanged: a file that is not
 * UTF-8, one that is empty, or one that another program is writing while it is read.
 */
export function readNoteStable(path: string): NoteRead {
  const giveUp = Date.now() + QUIET_LIMIT_MS;
  for (let attempt = 0; attempt < READ_ATTEMPTS || Date.now() < giveUp; attempt++) {
    if (Date.now() >= giveUp && attempt >= READ_ATTEMPTS) break;
    const before = statSync(path, { bigint: true });
    // Modified a moment ago: another program may still be writing it. Wait until it is quiet.
    const age = Date.now() - Number(before.mtimeMs);
    if (age >= 0 && age < QUIET_MS) {
      pause(QUIET_MS - age + 1);
      continue;
    }
    const raw = readFileSync(path);
    const after = statSync(path, { bigint: true });
    if (!sameFile(before, after) || BigInt(raw.length) !== after.size) {
      pause(20 * (attempt + 1));
      continue;
    }
    if (raw.length === 0)
      throw new NoteChangedError("is empty (another program may be saving it); nothing was written, try again");
    const text = raw.toString("utf8");
    if (!Buffer.from(text, "utf8").equals(raw)) throw new NotUtf8Error("is not UTF-8 text; it is left as it is");
    return { text, stat: after };
  }
  throw new NoteChangedError(
    "kept changing while it was read (another program is saving it); nothing was written, try again",
  );
}

/** Reads a note as text (for callers that only read). */
export function readNote(path: string): string {
  return readNoteStable(path).text;
}

export interface WriteHooks {
  /** After the temporary file is written, before the final check (tests: a save lands here). */
  beforeRename?: () => void;
  /** After the final check and the hard link, before the rename (tests: the narrowest window). */
  beforeReplace?: () => void;
  /** Just after the rename (tests: a program that opened the old file writes into it now). */
  afterRename?: (held: string) => void;
  /** Writes the temporary file's bytes (tests: a full disk). */
  writeTemp?: (fd: number, bytes: Buffer) => void;
}

const OWN_TEMP = /^\..+\.jsj-(\d+)\.[0-9a-f]{8}\.(tmp|orig)$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === "EPERM";
  }
}

/**
 * Removes the temporary files a killed run left in `folder`: its own naming only, and only
 * when the process that made them is gone. A stale `.orig` is a second name of an older copy
 * of the note; the note itself is never touched.
 */
export function removeStaleTemps(folder: string): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return removed;
  }
  for (const name of names) {
    const m = OWN_TEMP.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    try {
      unlinkSync(join(folder, name));
      removed.push(name);
    } catch {
      // Gone already, or not ours to remove: left alone.
    }
  }
  return removed;
}

function describeFsError(error: unknown, what: string): WriteRefusedError {
  const code = errorCode(error);
  const cause =
    code === "ENOSPC"
      ? "the disk is full"
      : code === "EDQUOT"
        ? "the disk quota is used up"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : code === "EROFS"
            ? "the file system is read-only"
            : (error as Error).message;
  return new WriteRefusedError(`${what}: ${cause}; nothing was written`);
}

function writeTemp(temp: string, bytes: Buffer, mode: number | undefined, hooks: WriteHooks): void {
  let fd: number | undefined;
  try {
    fd = openSync(temp, "wx", mode);
    if (hooks.writeTemp) hooks.writeTemp(fd, bytes);
    else for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at);
    fsyncSync(fd);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    fd = undefined;
    try {
      unlinkSync(temp);
    } catch {
      // Never created.
    }
    throw describeFsError(error, "cannot write the new text beside the note");
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** Refuses a note or folder the user made read-only, whoever runs the tool (root too). */
function checkWritable(path: string, exists: boolean): void {
  const folder = dirname(path);
  const target = exists ? path : folder;
  const mode = Number(statSync(target).mode);
  if ((mode & 0o222) === 0)
    throw new WriteRefusedError(`${exists ? "the note" : "its folder"} is read-only; nothing was written`);
  if (exists && (Number(statSync(folder).mode) & 0o222) === 0)
    throw new WriteRefusedError("its folder is read-only; nothing was written");
  try {
    accessSync(target, constants.W_OK);
    if (exists) accessSync(folder, constants.W_OK);
  } catch (error) {
    throw describeFsError(error, "cannot write");
  }
}

function conflictName(path: string): string {
  const base = basename(path).replace(/\.md$/i, "");
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, "").replace("T", "-");
  return join(dirname(path), `${base} (conflicted copy ${stamp}).md`);
}

/**
 * Steps 3 and 4: the note is still the file that was read (held under a second name, so a save
 * by rename cannot slip in between), then the new text is renamed over it. `state.linked` says
 * whether the second name exists, for the caller's clean-up.
 */
function swapIn(
  path: string,
  temp: string,
  held: string,
  expected: NoteRead,
  hooks: WriteHooks,
  state: { linked: boolean },
): void {
  let current: BigIntStats;
  try {
    current = statSync(path, { bigint: true });
  } catch {
    throw new NoteChangedError("was moved or deleted while it was being edited; nothing was written");
  }
  if (!sameFile(current, expected.stat)) throw new NoteChangedError(CHANGED);
  linkSync(path, held);
  state.linked = true;
  const kept = statSync(held, { bigint: true });
  if (kept.ino !== expected.stat.ino || kept.size !== expected.stat.size || kept.mtimeNs !== expected.stat.mtimeNs) {
    throw new NoteChangedError(CHANGED);
  }
  hooks.beforeReplace?.();
  // A program that saved by renaming its own file over the note since the link took the
  // note's name from the file we hold: it has one name left, and their file must not be replaced.
  if (
    statSync(held, { bigint: true }).nlink !== expected.stat.nlink + 1n ||
    statSync(path, { bigint: true }).ino !== expected.stat.ino
  ) {
    throw new NoteChangedError(CHANGED);
  }
  renameSync(temp, path);
  hooks.afterRename?.(held);
}

/**
 * Replaces the note at `path`, read as `expected` (undefined: it must not exist yet, and is
 * created), with `next`, by the protocol above. Throws NoteChangedError when another program
 * saved the note meanwhile (their save is kept), WriteRefusedError when it cannot be written.
 */
export function writeNoteSafely(
  path: string,
  expected: NoteRead | undefined,
  next: string,
  hooks: WriteHooks = {},
): void {
  const folder = dirname(path);
  removeStaleTemps(folder);
  checkWritable(path, expected !== undefined);
  const tag = `.${basename(path)}.jsj-${process.pid}.${randomBytes(4).toString("hex")}`;
  const temp = join(folder, `${tag}.tmp`);
  const held = join(folder, `${tag}.orig`);
  writeTemp(temp, Buffer.from(next, "utf8"), expected ? Number(expected.stat.mode) & 0o7777 : undefined, hooks);
  const state = { linked: false };
  try {
    hooks.beforeRename?.();
    if (expected === undefined) {
      // A new file: link() fails if the name was taken meanwhile, so nobody's file is replaced.
      linkSync(temp, path);
      unlinkSync(temp);
      return;
    }
    swapIn(path, temp, held, expected, hooks, state);
  } catch (error) {
    for (const leftover of state.linked ? [temp, held] : [temp]) {
      try {
        unlinkSync(leftover);
      } catch {
        // Renamed or never made.
      }
    }
    if (error instanceof NoteChangedError || error instanceof WriteRefusedError) throw error;
    const code = errorCode(error);
    if (code === "EEXIST") throw new NoteChangedError("was created by another program meanwhile; nothing was written");
    throw describeFsError(error, "cannot replace the note");
  }
  afterReplace(path, held, expected, next);
}

/** Step 5: whatever was saved into the replaced file after the final check is not lost. */
function afterReplace(path: string, held: string, expected: NoteRead, next: string): void {
  // A program that opened the note before the rename may still be writing into it: give it the
  // quiet period before looking.
  pause(QUIET_MS);
  let replaced: Buffer;
  try {
    replaced = readFileSync(held);
  } catch {
    return;
  }
  const after = statSync(held, { bigint: true });
  if (
    after.size === expected.stat.size &&
    after.mtimeNs === expected.stat.mtimeNs &&
    replaced.toString("utf8") === expected.text
  ) {
    unlinkSync(held);
    return;
  }
  // Another program saved into the note between the check and the rename.
  let ours = false;
  try {
    ours = readFileSync(path, "utf8") === next;
  } catch {
    ours = false;
  }
  if (ours) {
    renameSync(held, path);
    throw new NoteChangedError(
      "was saved by another program while it was being edited; their save is kept and nothing was written, try again",
    );
  }
  const copy = conflictName(path);
  renameSync(held, copy);
  throw new NoteChangedError(
    `was saved by another program while it was being replaced; that save is kept as "${basename(copy)}" beside it, compare the two`,
  );
}
