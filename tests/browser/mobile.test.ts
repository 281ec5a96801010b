import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, showSettingsTab, usePreview, type PreviewWindow } from "../helpers/preview-page";

/**
 * On a phone (390×844, touch, Obsidian's `is-mobile`): the sidebar and every modal of the plugin
 * fit the screen's width, their buttons take a finger (44 px), they work by tapping, and axe finds
 * nothing, in the light theme and the dark.
 */

const open = usePreview();
const ACME = "Interviews/2026-03-11 Acme - Backend Engineer (onsite).md";

/** Elements wider than the screen, or reaching past its right edge: each would need sideways scrolling. */
async function overflowing(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((roots) =>
    roots.flatMap((root) =>
      [root, ...root.querySelectorAll("*")]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1);
        })
        .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join(".")}`),
    ),
  );
}

/** Buttons a finger cannot hit: smaller than 44 px either way. */
async function smallButtons(page: Page, selector: string): Promise<string[]> {
  return page.locator(`${selector} button`).evaluateAll((buttons) =>
    buttons
      .filter((b) => {
        const r = b.getBoundingClientRect();
        return r.width > 0 && (r.height < 44 || r.width < 44);
      })
      .map((b) => b.getAttribute("aria-label") ?? b.textContent ?? ""),
  );
}

async function command(page: Page, id: string, note = ACME): Promise<void> {
  await page.evaluate(
    async ([commandId, path]) => {
      const app = await (window as unknown as PreviewWindow).preview;
      await app.workspace.openLinkText(path, "");
      await app.commands.get(`job-search-journal:${commandId}`)?.callback?.();
    },
    [id, note] as const,
  );
  await page.waitForSelector(".modal-container .modal-title", { state: "attached" });
}

describe("on a phone", () => {
  it.each([["light"], ["dark"]] as const)("the sidebar fits, takes a finger, and passes axe (%s)", async (theme) => {
    const page = await open({ phone: true, ...(theme === "dark" ? { theme } : {}) });
    expect(await overflowing(page, ".preview-sidebar")).toEqual([]);
    expect(await smallButtons(page, ".preview-sidebar")).toEqual([]);
    expect(await axeViolations(page, ".preview-sidebar")).toEqual([]);
    // Tapping works as clicking does: Draft opens the drafts.
    await page.getByRole("button", { name: "Draft: Send a thank-you to Lena Fischer" }).tap();
    await page.waitForSelector(".jsj-drafts", { state: "attached" });
    await page.close();
  });

  it("compact and filtered, the sidebar still fits and takes a finger", async () => {
    const page = await open({ phone: true });
    await page.getByRole("button", { name: "One line per item" }).tap();
    await page.getByRole("searchbox").fill("acme");
    await expect.poll(() => page.locator(".jsj-filter-count").count()).toBe(1);
    expect(await overflowing(page, ".preview-sidebar")).toEqual([]);
    expect(await smallButtons(page, ".preview-sidebar")).toEqual([]);
    await page.close();
  });

  it.each([
    ["new interview note", "new-interview-note"],
    ["log an interview", "log-interview"],
    ["record reply", "record-reply"],
    ["thank-you drafts", "draft-thank-you-notes"],
    ["follow-up draft", "draft-follow-up"],
  ])("the %s modal fits, takes a finger, and passes axe", async (_, id) => {
    const page = await open({ phone: true });
    await command(page, id);
    expect(await overflowing(page, ".modal-container")).toEqual([]);
    expect(await smallButtons(page, ".modal-container")).toEqual([]);
    expect(await axeViolations(page, ".modal-container")).toEqual([]);
    await page.close();
  });

  it("the Add emails, import review and Map my notes modals fit and pass axe", async () => {
    const page = await open({ phone: true });
    await page.getByRole("button", { name: "Add emails: Ask for contact details at Tyrell before you leave" }).tap();
    await page.waitForSelector(".modal-container input", { state: "attached" });
    expect(await overflowing(page, ".modal-container")).toEqual([]);
    expect(await axeViolations(page, ".modal-container")).toEqual([]);
    await page.close();

    const review = await open({ phone: true });
    const sheet = readFileSync("tests/fixtures/sheets/sheets-tracker.csv", "utf8");
    await review.evaluate(async (text) => {
      const app = await (window as unknown as PreviewWindow).preview;
      await app.vault.create("tracker.csv", text);
      await app.commands.get("job-search-journal:import-spreadsheet")?.callback?.();
    }, sheet);
    await review.locator(".suggestion-item", { hasText: "tracker.csv" }).tap();
    await review.waitForSelector(".modal-container .jsj-import-preview", { state: "attached" });
    expect(await overflowing(review, ".modal-container")).toEqual([]);
    expect(await smallButtons(review, ".jsj-modal-footer")).toEqual([]);
    // Import and its count stay on the screen however long the review is.
    const button = await review.getByRole("button", { name: /^Import \d+ notes?\b/ }).boundingBox();
    expect(button && button.y + button.height).toBeLessThanOrEqual(844);
    expect(await axeViolations(review, ".modal-container")).toEqual([]);
    await review.close();

    const settings = await open({ phone: true });
    // On a phone the page shows only the sidebar; the settings tab is drawn in its main pane.
    await settings.evaluate(() => document.querySelector(".preview-main")?.classList.add("preview-shown"));
    await showSettingsTab(settings);
    await settings.getByRole("button", { name: "Suggest settings" }).tap();
    await settings.waitForSelector(".modal-container .modal-title", { state: "attached" });
    expect(await overflowing(settings, ".modal-container")).toEqual([]);
    expect(await axeViolations(settings, ".modal-container")).toEqual([]);
    await settings.close();
  });
});
