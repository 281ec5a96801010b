// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { vaultSamples, vaultTemplateFolders } from "../../src/cli/commands/suggest-config";
import { suggestConfig } from "../../src/core/mapping/suggest-config";
import { exampleVaultFiles, flush, startPlugin } from "../helpers/plugin-harness";

/** The sidebar over a vault that keeps each interview as a note of its own (tests/corpus/interview-notes-folder). */

afterEach(() => {
  vi.useRealTimers();
});

const VAULT = "tests/corpus/interview-notes-folder/vault";
const APPLICATION = "tracking/applications/Northwind - Senior Android Developer.md";
const TECHNICAL = "interview/notes/2026-03-09 Northwind technical.md";
const mapping = suggestConfig(vaultSamples(VAULT), undefined, { templateFolders: vaultTemplateFolders(VAULT) }).config;

describe("the plugin with interviews kept as notes of their own", () => {
  it("shows the latest interview's thank-yous and debrief under the application", async () => {
    const h = await startPlugin(exampleVaultFiles(VAULT), { data: mapping });
    await h.openView();
    expect(h.itemTexts()).toEqual(
      expect.arrayContaining([
        "Send a thank-you to Ana Ruiz",
        "Send a thank-you to Ravi Patel",
        "Write your Northwind debrief while it is fresh",
      ]),
    );
    expect(h.findItem("Send a thank-you to Ravi Patel").getAttribute("data-id")).toBe(
      `${APPLICATION}#thank-you/ravi patel`,
    );
  });

  it("ticks the thank-you in the interview's note and leaves the application's alone", async () => {
    const h = await startPlugin(exampleVaultFiles(VAULT), { data: mapping });
    await h.openView();
    const [application, technical] = [h.content(APPLICATION), h.content(TECHNICAL)];
    await h.click(h.findItem("Send a thank-you to Ravi Patel").querySelector('[data-action="done"]')!);
    expect(h.content(APPLICATION)).toBe(application);
    expect(h.content(TECHNICAL)).toBe(technical.replace("Thank-you sent: false", "Thank-you sent: true"));
    await flush();
    expect(h.itemTexts().filter((t) => t.startsWith("Send a thank-you to"))).toEqual([]);
  });

  it("follows the interview's note as it is edited, moved and deleted", async () => {
    const h = await startPlugin(exampleVaultFiles(VAULT), { data: mapping });
    await h.openView();
    const file = h.app.vault.getFileByPath(TECHNICAL)!;
    await h.app.vault.modify(file as never, h.content(TECHNICAL).replace("Ravi Patel", "Ravi Shah"));
    await flush();
    expect(h.itemTexts()).toContain("Send a thank-you to Ravi Shah");
    h.app.vault.rename(TECHNICAL, "Archive/technical.md");
    await flush();
    // Out of the interviews' folder it is no interview: the phone screen before it is the latest.
    expect(h.itemTexts().filter((t) => t.startsWith("Send a thank-you to"))).toEqual([]);
    h.app.vault.rename("Archive/technical.md", TECHNICAL);
    await flush();
    expect(h.itemTexts()).toContain("Send a thank-you to Ravi Shah");
    h.app.vault.remove(TECHNICAL);
    await flush();
    // The phone screen is the latest again: thanked, not debriefed, followed up a week after it.
    // (Sentences of these kinds only: a kind added later may add its own.)
    const ours = /^(Send a thank-you|Write your|Follow up with|Tell your references|Ask for contact)/;
    expect(h.itemTexts().filter((t) => (t.includes("Northwind") || t.includes("Ravi")) && ours.test(t))).toEqual([
      "Write your Northwind debrief while it is fresh",
      "Follow up with Northwind by email (1 of 2)",
    ]);
  });
});
