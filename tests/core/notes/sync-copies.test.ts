import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { namedSyncCopy, syncCopyOf, syncCopyRefusal, type OtherNotes } from "../../../src/core/notes/sync-copies";

const ACME = "Interviews/2026-03-11 Acme - Backend Engineer (onsite).md";
const props = { type: "interview", company: "Acme", interview_date: "2026-03-11T14:00" };

function vault(notes: Record<string, Record<string, unknown>>): OtherNotes {
  return { exists: (p) => p in notes, properties: (p) => notes[p] };
}

describe("copies that sync tools name", () => {
  it.each<[string, string | undefined, string | undefined]>([
    [
      "Interviews/2026-03-11 Acme - Backend Engineer (onsite).sync-conflict-20260312-101500-ABCDEFG.md",
      ACME,
      "Syncthing",
    ],
    ["Interviews/2026-03-11 Acme - Backend Engineer (onsite) (conflicted copy 2026-03-12).md", ACME, "Dropbox"],
    [
      "Interviews/2026-03-11 Acme - Backend Engineer (onsite) (Jane Doe's conflicted copy 2026-03-12).md",
      ACME,
      "Dropbox",
    ],
    [
      "Interviews/2026-03-11 Acme - Backend Engineer (onsite) (conflicted copy 2026-03-12 101500).md",
      ACME,
      "Nextcloud",
    ],
    ["Interviews/2026-03-11 Acme - Backend Engineer (onsite)_conflict-20260312-101500.md", ACME, "ownCloud"],
    [
      "Interviews/2026-03-11 Acme - Backend Engineer (onsite) (Conflicted copy MacBook 202603121015).md",
      ACME,
      "Obsidian Sync",
    ],
    ["Acme.sync-conflict-20260312-101500-ABCDEFG.md", "Acme.md", "Syncthing"],
    ["Interviews/Acme-DESKTOP-1A2B3C4.md", "Interviews/Acme.md", "OneDrive"],
    ["Interviews/Acme-LAPTOP-9Q8W7E6R.md", "Interviews/Acme.md", "OneDrive"],
    ["Interviews/Acme-desktop-notes.md", undefined, undefined],
    // Not copies: a name that only looks like one.
    ["Interviews/Acme sync-conflict notes.md", undefined, undefined],
    ["Interviews/Acme (conflicted copy).md", undefined, undefined],
    ["Interviews/Acme.sync-conflict-2026-ABCDEFG.md", undefined, undefined],
    ["Interviews/Acme round 2.md", undefined, undefined],
  ])("%s", (path, original, tool) => {
    const copy = namedSyncCopy(path);
    expect(copy?.original).toBe(original);
    expect(copy?.tool).toBe(tool);
  });
});

describe("a copy is one only beside its original", () => {
  const copyPath = "Interviews/Acme.sync-conflict-20260312-101500-ABCDEFG.md";

  it("a named copy whose original is there", () => {
    expect(syncCopyOf(copyPath, props, vault({ "Interviews/Acme.md": props }))).toEqual({
      original: "Interviews/Acme.md",
      tool: "Syncthing",
    });
  });

  it("a named copy whose original is gone is the only note left: read as one", () => {
    expect(syncCopyOf(copyPath, props, vault({}))).toBeUndefined();
  });

  it.each<[string, Record<string, unknown>, boolean]>([
    ["the same properties: iCloud's copy", props, true],
    ["other properties: a note of its own (a second round, say)", { ...props, interview_date: "2026-03-18" }, false],
    ["one more property: a note of its own", { ...props, status: "waiting" }, false],
  ])("`Acme 2.md` beside `Acme.md` with %s", (_, copyProps, isCopy) => {
    const copy = syncCopyOf("Interviews/Acme 2.md", copyProps, vault({ "Interviews/Acme.md": props }));
    expect(copy).toEqual(isCopy ? { original: "Interviews/Acme.md", tool: "iCloud" } : undefined);
  });

  it("Google Drive's `Acme (1).md` with the same properties", () => {
    const others = vault({ "Interviews/Acme.md": props });
    expect(syncCopyOf("Interviews/Acme (1).md", props, others)).toEqual({
      original: "Interviews/Acme.md",
      tool: "Google Drive",
    });
    expect(syncCopyOf("Interviews/Acme (1).md", { ...props, company: "Acme Labs" }, others)).toBeUndefined();
  });

  it("`Acme 2.md` with no `Acme.md` is a note of its own", () => {
    expect(syncCopyOf("Interviews/Acme 2.md", props, vault({}))).toBeUndefined();
  });
});

describe("nothing is recorded in a copy", () => {
  it("refuses a copy whose original is there, and names the original", () => {
    const refusal = syncCopyRefusal("Acme (conflicted copy 2026-03-12).md", (p) => p === "Acme.md");
    expect(refusal).toBe(
      'it is a copy Dropbox made of "Acme.md": record it there (merge this copy into it, then delete the copy)',
    );
  });

  it("lets a lone copy and any other note be written", () => {
    expect(syncCopyRefusal("Acme (conflicted copy 2026-03-12).md", () => false)).toBeUndefined();
    expect(syncCopyRefusal("Acme.md", () => true)).toBeUndefined();
  });
});

describe("any note's name", () => {
  const name = fc
    .string({ unit: fc.constantFrom(..."Acme Onsite-2026_(final)., 面接 Бэк ü"), minLength: 1, maxLength: 30 })
    .filter((n) => n.trim() === n && n !== "" && !/conflict/i.test(n));
  const folder = fc.constantFrom("", "Interviews/", "Jobs/2026/");

  it("with each tool's mark is a copy of the note without it; without the mark is no copy", () => {
    const marks: ((n: string) => string)[] = [
      (n) => `${n}.sync-conflict-20260312-101500-ABCDEFG.md`,
      (n) => `${n} (conflicted copy 2026-03-12).md`,
      (n) => `${n} (Jane's conflicted copy 2026-03-12).md`,
      (n) => `${n} (conflicted copy 2026-03-12 101500).md`,
      (n) => `${n}_conflict-20260312-101500.md`,
      (n) => `${n} (Conflicted copy Pixel 7 202603121015).md`,
    ];
    fc.assert(
      fc.property(name, folder, fc.constantFrom(...marks), (n, f, mark) => {
        expect(namedSyncCopy(`${f}${mark(n)}`)?.original).toBe(`${f}${n}.md`);
        expect(namedSyncCopy(`${f}${n}.md`)).toBeUndefined();
      }),
      { numRuns: 2000 },
    );
  });
});
