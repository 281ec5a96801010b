import type * as vs from "vscode";
import { describe, expect, it } from "vitest";
import { start } from "../../src/vscode/extension";
import { recordInNote } from "../../src/vscode/write";
import { Journal } from "../../src/vscode/journal";
import * as fake from "../fakes/vscode";
import { vaultFiles } from "../../scripts/vault-files.mjs";
import { vaultSamples, vaultTemplateFolders } from "../../src/cli/commands/suggest-config";
import { suggestConfig } from "../../src/core/mapping/suggest-config";
import { loadSettings } from "../../src/core/settings/settings-load";
import { KINDS_OF_THESE_TESTS, ofKinds } from "../helpers/notes";
import { clockOf } from "../../src/core/lib/clock";

/** VS Code over a folder that keeps each interview as a note of its own (tests/corpus/interview-notes-folder). */
const ROOT = "/work/vault";
const NOW = new Date(2026, 2, 12, 9, 0);
const VAULT = "tests/corpus/interview-notes-folder/vault";
const APPLICATION = "tracking/applications/Northwind - Senior Android Developer.md";
const TECHNICAL = "interview/notes/2026-03-09 Northwind technical.md";
const mapping = suggestConfig(vaultSamples(VAULT), undefined, { templateFolders: vaultTemplateFolders(VAULT) }).config;

async function journal(): Promise<Journal> {
  fake.resetVscode(ROOT, vaultFiles(VAULT));
  await start(
    { subscriptions: [] as { dispose(): unknown }[] },
    clockOf(() => NOW),
  );
  const settings = loadSettings(mapping).settings;
  const j = new Journal(
    fake.Uri.file(ROOT) as unknown as vs.Uri,
    settings,
    clockOf(() => NOW),
  );
  await j.rebuild();
  return j;
}

describe("interviews kept as notes of their own, in VS Code", () => {
  it("give the application its latest interview's items", async () => {
    const j = await journal();
    const items = ofKinds(KINDS_OF_THESE_TESTS, j.report?.items ?? [])
      .filter((i) => i.file === APPLICATION)
      .map((i) => `${i.kind} ${i.person ?? ""}`);
    expect(items).toEqual(["debrief ", "thank-you Ana Ruiz", "thank-you Ravi Patel", "follow-up "]);
    expect(j.noteAt(APPLICATION)?.meetingFile).toBe(TECHNICAL);
  });

  it("record a thank-you in the interview's note, not the application's", async () => {
    const j = await journal();
    const before = fake.fsFiles.get(`${ROOT}/${APPLICATION}`);
    const action = { kind: "thank-you" as const, date: "2026-03-12", person: "Ravi Patel" };
    expect(await recordInNote(j, APPLICATION, action)).toBe("written");
    expect(fake.fsFiles.get(`${ROOT}/${APPLICATION}`)).toBe(before);
    expect(fake.fsFiles.get(`${ROOT}/${TECHNICAL}`)).toContain("Thank-you sent: true\n");
  });
});
