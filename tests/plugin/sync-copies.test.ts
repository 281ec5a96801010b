// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { exampleVaultFiles, flush, recordInHarness, startPlugin } from "../helpers/plugin-harness";

/** The sidebar over a vault a sync tool left copies in: the application once, the copies under Needs attention. */

afterEach(() => {
  vi.useRealTimers();
});

const ACME = "Interviews/2026-03-11 Acme - Backend Engineer (onsite)";
const SYNCTHING = `${ACME}.sync-conflict-20260312-081500-ABCDEFG.md`;
const ICLOUD = `${ACME} 2.md`;

function synced(): Record<string, string> {
  const files = exampleVaultFiles();
  const acme = files[`${ACME}.md`] as string;
  return { ...files, [SYNCTHING]: acme, [ICLOUD]: acme };
}

describe("the plugin with copies a sync tool left", () => {
  it("lists each item once, counts the pipeline once, and names both copies under Needs attention", async () => {
    const plain = await startPlugin();
    const plainView = await plain.openView();
    const items = plain.itemTexts();
    const pipeline = plainView.querySelector(".jsj-pipeline-line")?.textContent;
    const status = plain.statusText();
    vi.useRealTimers();
    const h = await startPlugin(synced());
    const view = await h.openView();
    expect(h.itemTexts()).toEqual(items);
    expect(view.querySelector(".jsj-pipeline-line")?.textContent).toBe(pipeline);
    expect(h.statusText()).toBe(status);
    const problems = [...view.querySelectorAll(".jsj-problem")].map((p) => p.textContent ?? "").join("\n");
    expect(problems).toContain(`a copy Syncthing made of "${ACME}.md"`);
    expect(problems).toContain(`a copy iCloud made of "${ACME}.md"`);
  });

  it("records nothing in a copy, even when forced", async () => {
    const h = await startPlugin(synced());
    const before = h.content(SYNCTHING);
    expect(await recordInHarness(h, SYNCTHING, { kind: "move-on" }, { force: true })).toBeUndefined();
    await h.saveAll();
    expect(h.content(SYNCTHING)).toBe(before);
    expect(h.notices().at(-1)).toContain(`it is a copy Syncthing made of "${ACME}.md": record it there`);
  });

  it("when the original is deleted, its copy is the note: its items come back once, and nothing is said of a copy", async () => {
    const h = await startPlugin(synced());
    const view = await h.openView();
    const items = h.itemTexts();
    h.app.vault.remove(`${ACME}.md`);
    h.app.vault.remove(ICLOUD);
    await flush();
    expect(h.itemTexts()).toEqual(items);
    const problems = [...view.querySelectorAll(".jsj-problem")].map((p) => p.textContent ?? "").join("\n");
    expect(problems).not.toContain("a copy Syncthing made");
  });
});
