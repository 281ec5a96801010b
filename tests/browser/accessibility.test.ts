import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  axeViolations,
  pngSize,
  shotPath,
  showSettingsTab,
  usePreview,
  type PreviewWindow,
} from "../helpers/preview-page";

/**
 * The view, the settings and every modal of the real plugin, in Chromium, through axe-core:
 * no accessibility violations in the light theme or the dark. A file of its own so that it runs
 * beside preview.test.ts.
 */

const open = usePreview();

describe("accessibility (axe-core) in Chromium", () => {
  it.each([
    ["light", undefined],
    ["dark", "dark" as const],
  ])("has no accessibility violations (axe-core), %s theme", async (_, theme) => {
    const page = await open(theme ? { theme } : {});
    expect(await axeViolations(page, [".preview-sidebar", ".jsj-stats"])).toEqual([]);
    await page.close();
  });

  it.each([
    ["light", undefined],
    ["dark", "dark" as const],
  ])("the settings tab has no accessibility violations (axe-core), %s theme", async (_, theme) => {
    const page = await open(theme ? { theme } : {});
    await showSettingsTab(page);
    expect(await page.locator(".preview-settings input").count()).toBeGreaterThan(40);
    expect(await axeViolations(page, ".preview-settings")).toEqual([]);
    await page.close();
  });

  it.each([
    ["new interview note", "new-interview-note", undefined],
    ["record reply", "record-reply", undefined],
    ["thank-you drafts", "draft-thank-you-notes", undefined],
    ["follow-up draft", "draft-follow-up", undefined],
    ["new interview note", "new-interview-note", "dark" as const],
    ["record reply", "record-reply", "dark" as const],
    ["thank-you drafts", "draft-thank-you-notes", "dark" as const],
  ])("the %s modal (command %s) has no accessibility violations (axe-core), theme: %s", async (_, command, theme) => {
    const page = await open(theme ? { theme } : {});
    await page.evaluate(async (id) => {
      const app = await (window as unknown as PreviewWindow).preview;
      await app.workspace.openLinkText("Interviews/2026-03-11 Acme - Backend Engineer (onsite).md", "");
      await app.commands.get(`job-search-journal:${id}`)?.callback?.();
    }, command);
    await page.waitForSelector(".modal-container .modal-title", { state: "attached" });
    expect(await page.locator(".modal-container .modal-title").last().textContent()).not.toBe("");
    expect(await axeViolations(page, ".modal-container")).toEqual([]);
    await page.close();
  });

  it.each([
    ["light", undefined],
    ["dark", "dark" as const],
  ])("the Add emails modal has no accessibility violations (axe-core), %s theme", async (_, theme) => {
    const page = await open(theme ? { theme } : {});
    await page.getByRole("button", { name: "Add emails: Ask for contact details at Tyrell before you leave" }).click();
    await page.waitForSelector(".modal-container input[aria-label='Email of Rachael Rosen']", { state: "attached" });
    expect(await axeViolations(page, ".modal-container")).toEqual([]);
    await page.close();
  });

  it("the Map my existing notes modal has no accessibility violations (axe-core)", async () => {
    const page = await open();
    await showSettingsTab(page);
    await page.getByRole("button", { name: "Suggest settings" }).click();
    await page.waitForSelector(".modal-container .modal-title", { state: "attached" });
    expect(await page.locator(".modal-container .modal-content").last().textContent()).toContain(
      "Your notes already match",
    );
    expect(await axeViolations(page, ".modal-container")).toEqual([]);
    await page.close();
  });

  it.each([
    ["light", undefined],
    ["dark", "dark" as const],
  ])("the import review modal has no accessibility violations (axe-core), %s theme", async (_, theme) => {
    const page = await open(theme ? { theme } : {});
    const sheet = readFileSync("tests/fixtures/sheets/sheets-tracker.csv", "utf8");
    await page.evaluate(async (text) => {
      const app = await (window as unknown as PreviewWindow).preview;
      await app.vault.createFolder("Downloads");
      await app.vault.create("Downloads/tracker.csv", text);
      await app.commands.get("job-search-journal:import-spreadsheet")?.callback?.();
    }, sheet);
    await page.locator(".suggestion-item", { hasText: "Downloads/tracker.csv" }).click();
    await page.waitForSelector(".modal-container .jsj-import-preview", { state: "attached" });
    expect(await page.locator(".modal-container .modal-title").last().textContent()).toBe(
      "Import Downloads/tracker.csv",
    );
    expect(await axeViolations(page, ".modal-container")).toEqual([]);
    await page.close();
  });

  it("the next-round modal has no accessibility violations (axe-core)", async () => {
    const page = await open();
    await page
      .locator(".jsj-item", { hasText: "Follow up with Initech" })
      .getByRole("button", { name: /^Reply received:/ })
      .click();
    await page.getByLabel("What they said").selectOption("next-round");
    await page.getByRole("button", { name: "Record reply" }).click();
    await page.getByRole("button", { name: "Next round in this note" }).click();
    await page.waitForSelector("text=Start the next round");
    expect(await axeViolations(page, ".modal-container")).toEqual([]);
    await page.close();
  });

  it.each([
    ["light", undefined],
    ["dark", "dark" as const],
  ])("compact and filtered: no accessibility violations, %s theme", async (_, theme) => {
    const page = await open(theme ? { theme } : {});
    await page.getByRole("button", { name: "One line per item" }).click();
    await page.getByRole("searchbox", { name: "Filter the follow-ups by company, person or kind" }).fill("thank");
    await expect.poll(() => page.locator(".preview-sidebar .jsj-filter-count").count()).toBe(1);
    expect(await axeViolations(page, ".preview-sidebar")).toEqual([]);
    await page.close();
  });

  it("grouped by application: one section per application, no accessibility violations, and its screenshot", async () => {
    const page = await open();
    await page.getByRole("button", { name: "By application" }).click();
    await expect.poll(() => page.locator(".preview-sidebar .jsj-section-application").count()).toBeGreaterThan(5);
    expect(await page.getAttribute(".jsj-grouping-option.is-active", "aria-pressed")).toBe("true");
    expect(await axeViolations(page, ".preview-sidebar")).toEqual([]);
    await page.locator(".preview-sidebar").screenshot({ path: shotPath("follow-ups-grouped.png") });
    const sidebar = await page.locator(".preview-sidebar").boundingBox();
    expect(pngSize(shotPath("follow-ups-grouped.png")).width).toBe(Math.round(sidebar?.width ?? 0));
    await page.close();
  });
});
