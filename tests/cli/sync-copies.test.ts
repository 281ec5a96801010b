import { cpSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, dueJsonAll } from "../helpers/cli";

/**
 * The example vault synced between two devices: Syncthing and Dropbox each left a copy of the
 * Acme note beside it. The application is counted once, its items listed once, the copies
 * reported with the way to merge them, and nothing is written to a copy.
 */
const ACME = "Interviews/2026-03-11 Acme - Backend Engineer (onsite)";
const COPIES = [`${ACME}.sync-conflict-20260312-081500-ABCDEFG.md`, `${ACME} (conflicted copy 2026-03-12).md`];
const NOW = "2026-03-12T09:00";

function syncedVault(): string {
  const vault = mkdtempSync(join(tmpdir(), "jsj-synced-"));
  cpSync("examples/vault", vault, { recursive: true });
  for (const copy of COPIES) cpSync(join(vault, `${ACME}.md`), join(vault, copy));
  return vault;
}

describe("copies a sync tool left beside a note", () => {
  it("count once: the due list and the pipeline are the example vault's", () => {
    const plain = dueJsonAll("examples/vault", "--now", NOW);
    const synced = dueJsonAll(syncedVault(), "--now", NOW);
    expect(synced.items).toEqual(plain.items);
    expect(synced.summary).toEqual(plain.summary);
  });

  it("are listed as problems, each with the way to merge it", () => {
    const synced = dueJsonAll(syncedVault(), "--now", NOW);
    const copies = synced.problems.filter((p) => COPIES.includes(p.file));
    expect(copies.map((p) => p.message)).toEqual([
      `a copy Dropbox made of "${ACME}.md" when two devices changed it at once: it is not counted. Merge what differs into "${ACME}.md", then delete this copy`,
      `a copy Syncthing made of "${ACME}.md" when two devices changed it at once: it is not counted. Merge what differs into "${ACME}.md", then delete this copy`,
    ]);
    const check = cli("check", syncedVault());
    expect(check.code).toBe(1);
    for (const copy of COPIES) expect(check.out).toContain(`${copy}: a copy`);
  });

  it("are never written to, even with --force; the original is", () => {
    const vault = syncedVault();
    for (const copy of COPIES) {
      const before = readFileSync(join(vault, copy), "utf8");
      const run = cli("done", vault, copy, "debrief", "--force");
      expect(run.code).toBe(1);
      expect(run.err).toContain(`${copy}: it is a copy`);
      expect(run.err).toContain(`record it there`);
      expect(readFileSync(join(vault, copy), "utf8")).toBe(before);
    }
    expect(cli("done", vault, `${ACME}.md`, "debrief").code).toBe(0);
  });

  it("a copy whose original is gone is the application: read and written as one", () => {
    const vault = syncedVault();
    const lone = mkdtempSync(join(tmpdir(), "jsj-lone-"));
    cpSync(join(vault, COPIES[0] as string), join(lone, "copy.sync-conflict-20260312-081500-ABCDEFG.md"));
    const json = dueJsonAll(lone, "--now", NOW);
    expect(json.items.some((i) => i.company === "Acme")).toBe(true);
    expect(json.problems).toEqual([]);
  });
});
