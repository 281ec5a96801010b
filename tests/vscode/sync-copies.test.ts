import type * as vs from "vscode";
import { describe, expect, it } from "vitest";
import { start } from "../../src/vscode/extension";
import { recordInNote } from "../../src/vscode/write";
import { Journal } from "../../src/vscode/journal";
import * as fake from "../fakes/vscode";
import { vaultFiles } from "../../scripts/vault-files.mjs";
import { defaultSettings } from "../../src/core/settings/settings";
import { clockOf } from "../../src/core/lib/clock";

/** VS Code over a folder a sync tool left copies in: the same counts as without them, the copies reported, never written. */
const ROOT = "/work/vault";
const NOW = new Date(2026, 2, 12, 9, 0);
const ACME = "Interviews/2026-03-11 Acme - Backend Engineer (onsite)";
const COPY = `${ACME}.sync-conflict-20260312-081500-ABCDEFG.md`;

async function journalOf(files: Record<string, string>): Promise<Journal> {
  fake.resetVscode(ROOT, files);
  await start(
    { subscriptions: [] as { dispose(): unknown }[] },
    clockOf(() => NOW),
  );
  const journal = new Journal(
    fake.Uri.file(ROOT) as unknown as vs.Uri,
    defaultSettings(),
    clockOf(() => NOW),
  );
  await journal.rebuild();
  return journal;
}

describe("copies a sync tool left, in VS Code", () => {
  const example = vaultFiles("examples/vault");
  const synced = { ...example, [COPY]: example[`${ACME}.md`] as string };

  it("count once, whichever file is read first, and are reported with the way to merge them", async () => {
    const plain = await journalOf(example);
    const withCopy = await journalOf(synced);
    expect(withCopy.report?.items).toEqual(plain.report?.items);
    expect(withCopy.report?.summary).toEqual(plain.report?.summary);
    expect(withCopy.interviewNotes().length).toBe(plain.interviewNotes().length);
    expect(withCopy.report?.problems.find((p) => p.file === COPY)?.message).toBe(
      `a copy Syncthing made of "${ACME}.md" when two devices changed it at once: it is not counted. Merge what differs into "${ACME}.md", then delete this copy`,
    );
  });

  it("nothing is recorded in a copy", async () => {
    const journal = await journalOf(synced);
    expect(await recordInNote(journal, COPY, { kind: "move-on" })).toBe("refused");
    expect(fake.window.messages.at(-1)?.text).toContain(`it is a copy Syncthing made of "${ACME}.md": record it there`);
  });
});
