import { execFileSync } from "node:child_process";
import {
  chmodSync,
  existsSync,
  linkSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  NoteChangedError,
  readNoteStable,
  removeStaleTemps,
  writeNoteSafely,
  WriteRefusedError,
} from "../../src/cli/safe-write";
import { cli, tempVault } from "../helpers/cli";

/** The write protocol of src/cli/safe-write.ts, window by window (docs/reliability.md). */

const NOTE = "---\ntype: interview\ninterview_date: 2026-03-09\n---\nBody.\n";
const OURS = NOTE.replace("Body.", "Body, edited by the tool.");
const THEIRS = NOTE.replace("Body.", "Body, saved by the user in their editor.");

function setup(text = NOTE): { dir: string; path: string } {
  const dir = tempVault({ "n.md": text });
  return { dir, path: join(dir, "n.md") };
}

/** What is in the folder besides the note: nothing of ours may be left behind. */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((n) => n !== "n.md" && !n.startsWith("n (conflicted copy"));
}

function saveInPlace(path: string, text: string): void {
  writeFileSync(path, text); // truncate, then write: the same file
}

function saveByRename(path: string, text: string): void {
  writeFileSync(`${path}.editor-tmp`, text);
  renameSync(`${path}.editor-tmp`, path);
}

describe("another program saves while the tool writes", () => {
  it.each([
    ["in place, before the final check", "beforeRename", saveInPlace],
    ["by a rename, before the final check", "beforeRename", saveByRename],
    ["in place, after the check and the link (the narrowest window)", "beforeReplace", saveInPlace],
    ["by a rename, after the check and the link", "beforeReplace", saveByRename],
  ] as const)("%s: their save is kept, nothing of ours is written, nothing is left behind", (_, hook, save) => {
    const { dir, path } = setup();
    const read = readNoteStable(path);
    expect(() => writeNoteSafely(path, read, OURS, { [hook]: () => save(path, THEIRS) })).toThrow(NoteChangedError);
    expect(readFileSync(path, "utf8")).toBe(THEIRS);
    expect(leftovers(dir)).toEqual([]);
  });

  it("a save into the replaced file just after the rename is put back", () => {
    const { dir, path } = setup();
    // The other program opened the note before the rename and writes into that file just after:
    // the hard link the tool holds is that file.
    expect(() =>
      writeNoteSafely(path, readNoteStable(path), OURS, { afterRename: (held) => saveInPlace(held, THEIRS) }),
    ).toThrow(
      "was saved by another program while it was being edited; their save is kept and nothing was written, try again",
    );
    expect(readFileSync(path, "utf8")).toBe(THEIRS);
    expect(leftovers(dir)).toEqual([]);
  });

  it("and if the note changed again meanwhile, that save is kept as a conflicted copy beside it", () => {
    const { dir, path } = setup();
    const third = NOTE.replace("Body.", "Body, synced from the phone.");
    expect(() =>
      writeNoteSafely(path, readNoteStable(path), OURS, {
        afterRename: (held) => {
          saveInPlace(held, THEIRS);
          saveByRename(path, third);
        },
      }),
    ).toThrow(/that save is kept as "n \(conflicted copy \d{8}-\d{6}\)\.md" beside it/);
    expect(readFileSync(path, "utf8")).toBe(third);
    const copy = readdirSync(dir).find((n) => n.startsWith("n (conflicted copy"));
    expect(copy && readFileSync(join(dir, copy), "utf8")).toBe(THEIRS);
    expect(leftovers(dir)).toEqual([]);
  });

  it("an empty read (an editor caught between truncating and writing) is refused", () => {
    const { dir, path } = setup("");
    expect(() => readNoteStable(path)).toThrow(/is empty/);
    const run = cli("snooze", dir, "n", "--days", "1");
    expect(run).toMatchObject({
      code: 1,
      err: "job-journal: n.md is empty (another program may be saving it); nothing was written, try again\n",
    });
    expect(readFileSync(path, "utf8")).toBe("");
  });

  it("the note keeps its other names (hard links) and its mode", () => {
    const { dir, path } = setup();
    linkSync(path, join(dir, "alias.md"));
    chmodSync(path, 0o640);
    writeNoteSafely(path, readNoteStable(path), OURS);
    expect(readFileSync(path, "utf8")).toBe(OURS);
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });
});

describe("permissions, full disks and killed runs", () => {
  it("a read-only note is refused with one line, even for root", () => {
    const { dir, path } = setup();
    chmodSync(path, 0o444);
    const run = cli("snooze", dir, "n", "--days", "1");
    expect(run).toMatchObject({
      code: 1,
      out: "",
      err: "job-journal: n.md: the note is read-only; nothing was written\n",
    });
    expect(readFileSync(path, "utf8")).toBe(NOTE);
    expect(leftovers(dir)).toEqual([]);
  });

  it("a read-only folder is refused with one line", () => {
    const { dir, path } = setup();
    chmodSync(dir, 0o555);
    try {
      const run = cli("snooze", dir, "n", "--days", "1");
      expect(run).toMatchObject({ code: 1, err: "job-journal: n.md: its folder is read-only; nothing was written\n" });
      expect(readFileSync(path, "utf8")).toBe(NOTE);
      expect(leftovers(dir)).toEqual([]);
    } finally {
      chmodSync(dir, 0o755);
    }
  });

  it("a full disk (the write fails part-way): one line, the note as it was, no temporary file", () => {
    const { dir, path } = setup();
    const full = (fd: number, bytes: Buffer) => {
      writeFileSync(fd, bytes.subarray(0, 10));
      throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
    };
    expect(() => writeNoteSafely(path, readNoteStable(path), OURS, { writeTemp: full })).toThrow(WriteRefusedError);
    expect(() => writeNoteSafely(path, readNoteStable(path), OURS, { writeTemp: full })).toThrow(
      "cannot write the new text beside the note: the disk is full; nothing was written",
    );
    expect(readFileSync(path, "utf8")).toBe(NOTE);
    expect(leftovers(dir)).toEqual([]);
  });

  // A real full disk: a 64 KB tmpfs, where this machine allows mounting one (CI runs as root).
  const canMount = (() => {
    if (process.getuid?.() !== 0) return false;
    try {
      execFileSync("mount", ["--version"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  })();
  it.runIf(canMount)("a really full disk (a 64 KB tmpfs): the same", () => {
    const dir = tempVault({});
    execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", dir]);
    try {
      const body = "x".repeat(40 * 1024);
      writeFileSync(join(dir, "n.md"), `${NOTE}${body}\n`);
      const run = cli("snooze", dir, "n", "--days", "1");
      expect(run).toMatchObject({
        code: 1,
        err: "job-journal: n.md: cannot write the new text beside the note: the disk is full; nothing was written\n",
      });
      expect(readFileSync(join(dir, "n.md"), "utf8")).toBe(`${NOTE}${body}\n`);
      expect(leftovers(dir)).toEqual([]);
    } finally {
      execFileSync("umount", [dir]);
    }
  });

  it("temporary files a killed run left are removed by the next write in that folder; others are not", () => {
    const { dir, path } = setup();
    const dead = 2 ** 22 + 12345; // above pid_max's default: no such process
    writeFileSync(join(dir, `.n.md.jsj-${dead}.0badc0de.tmp`), "half a note");
    linkSync(path, join(dir, `.n.md.jsj-${dead}.0badc0de.orig`));
    writeFileSync(join(dir, `.n.md.jsj-${process.pid}.12345678.tmp`), "a write under way");
    writeFileSync(join(dir, ".n.md.swp"), "someone else's");
    expect(removeStaleTemps(dir).sort()).toEqual([`.n.md.jsj-${dead}.0badc0de.orig`, `.n.md.jsj-${dead}.0badc0de.tmp`]);
    expect(readdirSync(dir).sort()).toEqual([`.n.md.jsj-${process.pid}.12345678.tmp`, ".n.md.swp", "n.md"]);
    expect(readFileSync(path, "utf8")).toBe(NOTE);
  });

  it("a new file (ics --out) never replaces one created meanwhile", () => {
    const dir = tempVault({});
    const out = join(dir, "cal.ics");
    expect(() => writeNoteSafely(out, undefined, "ours", { beforeRename: () => writeFileSync(out, "theirs") })).toThrow(
      NoteChangedError,
    );
    expect(readFileSync(out, "utf8")).toBe("theirs");
    expect(readdirSync(dir)).toEqual(["cal.ics"]);
    expect(existsSync(join(dir, "cal.ics"))).toBe(true);
  });
});
