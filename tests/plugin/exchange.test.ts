// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { clipperTemplateJson } from "../../src/core/exchange/clipper";
import { defaultSettings } from "../../src/core/settings/settings";
import type { JobSearchSettingTab } from "../../src/plugin/settings-tab";
import { cli, tempVault } from "../helpers/cli";
import { exampleVaultFiles, flush, startPlugin } from "../helpers/plugin-harness";

/** Import, export and the Web Clipper template in the plugin: the same plan and files as the CLI's. */

const SHEET = readFileSync("tests/fixtures/sheets/sheets-tracker.csv", "utf8");

afterEach(() => {
  vi.useRealTimers();
});

describe("Import applications from a spreadsheet", () => {
  it("offers the vault's spreadsheets, reviews, and on Import writes the notes the CLI writes", async () => {
    const h = await startPlugin({ "Downloads/tracker.csv": SHEET, "Notes/other.md": "Hello.\n" });
    await h.runCommand("import-spreadsheet");
    const picker = h.lastSuggest() as unknown as { shownTexts(): string[]; choose(i: number): void };
    expect(picker.shownTexts()).toEqual(["Choose a file on this device…", "Downloads/tracker.csv"]);
    picker.choose(1);
    await flush();
    const modal = h.lastModal();
    const text = modal.contentEl.textContent ?? "";
    expect(text).toContain("6 new notes in Interviews/.");
    expect(text).toContain(`Row 8: Date Applied: "2026-02-30" is not a date of the calendar; kept in the note's text`);
    expect(text).toContain("Row 2 as it will be written, Interviews/2026-03-09 Acme - Backend Engineer.md:");
    const labels = [...modal.contentEl.querySelectorAll("select")].map((s) => s.getAttribute("aria-label"));
    expect(labels).toEqual(expect.arrayContaining(["Company becomes", "Job Link becomes", "Class of Wishlist"]));
    // What Import does, said first and on the button; no encoding, no command line.
    expect(modal.contentEl.querySelector(".jsj-import-headline")?.textContent).toBe("Import 6 notes into Interviews/.");
    expect(text).not.toMatch(/UTF-8|--\w/);
    const footer = modal.contentEl.querySelector(".jsj-modal-footer")!;
    expect([...footer.querySelectorAll("button")].map((b) => b.textContent)).toEqual(["Cancel", "Import 6 notes"]);
    expect(modal.contentEl.lastElementChild).toBe(footer);
    await h.click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Import 6 notes")!);
    await flush();
    const vault = tempVault({});
    cli("import", vault, "tests/fixtures/sheets/sheets-tracker.csv");
    for (const name of ["2026-03-09 Acme - Backend Engineer", "Hooli - Site Reliability Engineer"])
      expect(h.content(`Interviews/${name}.md`)).toBe(readFileSync(`${vault}/Interviews/${name}.md`, "utf8"));
    expect(h.notices()).toContain("Imported 6 notes; 1 row not imported.");
  });

  it("follows a changed column and a class given to a status, and imports nothing twice", async () => {
    const h = await startPlugin({ "tracker.csv": SHEET });
    await h.runCommand("import-spreadsheet");
    (h.lastSuggest() as unknown as { choose(i: number): void }).choose(1);
    await flush();
    const modal = h.lastModal();
    const select = (label: string) =>
      [...modal.contentEl.querySelectorAll("select")].find((s) => s.getAttribute("aria-label") === label)!;
    const location = select("Location becomes");
    location.value = "body";
    location.dispatchEvent(new Event("change"));
    const wishlist = select("Class of Wishlist");
    wishlist.value = "none";
    wishlist.dispatchEvent(new Event("change"));
    expect(modal.contentEl.textContent).toContain("5 new notes");
    expect(modal.contentEl.textContent).toContain("- Location: Berlin, Germany");
    await h.click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Import 5 notes")!);
    await flush();
    expect(h.content("Interviews/2026-03-09 Acme - Backend Engineer.md")).not.toContain("location:");

    await h.runCommand("import-spreadsheet");
    (h.lastSuggest() as unknown as { choose(i: number): void }).choose(1);
    await flush();
    expect(h.lastModal().contentEl.textContent).toContain("Already in the vault (5):");
  });
});

describe("Import: Cancel, and a write that fails half-way", () => {
  it("Cancel writes nothing", async () => {
    const h = await startPlugin({ "tracker.csv": SHEET });
    await h.runCommand("import-spreadsheet");
    (h.lastSuggest() as unknown as { choose(i: number): void }).choose(1);
    await flush();
    await h.click([...h.lastModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Cancel")!);
    await flush();
    expect(h.app.vault.getFiles().map((f) => f.path)).toEqual(["tracker.csv"]);
  });

  it("says what was written and what was not, and goes on past a note that fails", async () => {
    const h = await startPlugin({ "tracker.csv": SHEET });
    const create = h.app.vault.create.bind(h.app.vault);
    vi.spyOn(h.app.vault, "create").mockImplementation(async (path, text) => {
      if (path.includes("Hooli")) throw new Error("disk full");
      return create(path, text);
    });
    await h.runCommand("import-spreadsheet");
    (h.lastSuggest() as unknown as { choose(i: number): void }).choose(1);
    await flush();
    await h.click(
      [...h.lastModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Import 6 notes")!,
    );
    await flush();
    expect(h.notices().at(-1)).toBe(
      "Imported 5 notes; 1 row not imported. Not written (1): Interviews/Hooli - Site Reliability Engineer.md: disk full. Nothing else was changed.",
    );
    expect(h.app.vault.getFiles().filter((f) => f.path.startsWith("Interviews/")).length).toBe(5);
  });
});

describe("Export applications to CSV", () => {
  it("writes the CSV the CLI writes, into a new file at the vault's top", async () => {
    const h = await startPlugin(exampleVaultFiles());
    await h.runCommand("export-csv");
    await flush();
    expect(h.content("Job search 2026-03-12.csv")).toBe(
      cli("export", "examples/vault", "--now", "2026-03-12T09:00").out,
    );
    await h.runCommand("export-csv");
    await flush();
    expect(h.notices().at(-1)).toMatch(/^Exported \d+ applications to Job search 2026-03-12 2\.csv\.$/);
  });
});

describe("the Web Clipper template", () => {
  it("is copied from the settings, in the vault's property names", async () => {
    const h = await startPlugin(exampleVaultFiles());
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const t = h.app.settingTabs[0] as JobSearchSettingTab;
    (t as { display(): void }).display();
    const row = [...t.containerEl.querySelectorAll(".setting-item")].find(
      (r) => r.querySelector(".setting-item-name")?.textContent === "Web Clipper template",
    );
    await h.click([...(row?.querySelectorAll("button") ?? [])].find((b) => b.textContent === "Copy the template")!);
    await flush();
    expect(writeText).toHaveBeenCalledWith(clipperTemplateJson(defaultSettings()));
    expect(h.notices().at(-1)).toMatch(/^Copied/);
  });
});
