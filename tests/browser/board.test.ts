import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { axeViolations, pngSize, shotPath, usePreview, type PreviewWindow } from "../helpers/preview-page";

/**
 * The pipeline board in a real browser (the preview page: the plugin over the example vault):
 * dragging a card with a mouse and with a finger, moving it from the keyboard, undoing, a move
 * that is refused, axe in both themes, and a phone's width.
 */

const open = usePreview();
const STARK = "Interviews/2026-02-25 Stark Industries - Frontend Engineer (onsite).md";
const VANDELAY = "Interviews/2026-03-04 Vandelay - Import Analyst (onsite).md";

const contentOf = (page: Page, path: string) =>
  page.evaluate(async (p) => (await (window as unknown as PreviewWindow).preview).vault.contentOf(p), path);
const card = (page: Page, file: string) => page.locator(`.jsj-card[data-file="${file}"]`);
const columnOf = (page: Page, file: string) =>
  card(page, file).evaluate((el) => el.closest(".jsj-board-column")?.getAttribute("data-column"));

async function dragTo(page: Page, file: string, column: string): Promise<void> {
  await card(page, file).scrollIntoViewIfNeeded();
  const from = await card(page, file).boundingBox();
  const to = await page.locator(`.jsj-board-column[data-column="${column}"]`).boundingBox();
  if (!from || !to) throw new Error("not on screen");
  await page.mouse.move(from.x + 40, from.y + 10);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 30, { steps: 3 });
  // Into the column's band at the card's height: a column is as tall as the board.
  await page.mouse.move(to.x + to.width / 2, from.y + 30, { steps: 5 });
  await page.mouse.up();
}

describe("the pipeline board", () => {
  it("moves a card by dragging it, writes only the status, and undoes it", async () => {
    const page = await open();
    const before = await contentOf(page, VANDELAY);
    expect(await columnOf(page, VANDELAY)).toBe("interviewing");
    await dragTo(page, VANDELAY, "applied");
    await page.waitForFunction(
      (f) => document.querySelector(`.jsj-column-applied .jsj-card[data-file="${f}"]`),
      VANDELAY,
    );
    const after = await contentOf(page, VANDELAY);
    expect(after.split("\n").filter((l) => !before.split("\n").includes(l))).toEqual(["status: applied"]);
    // The drag did not also open the note (its click is swallowed).
    expect(await page.locator(".preview-note").textContent()).toBe("");
    await page.locator(".preview-notice button", { hasText: "Undo" }).click();
    await page.waitForFunction(
      (f) => document.querySelector(`.jsj-column-interviewing .jsj-card[data-file="${f}"]`),
      VANDELAY,
    );
    expect(await contentOf(page, VANDELAY)).toBe(before);
  });

  it("moves a card with a finger, by its grip", async () => {
    const page = await open({ width: 1400 });
    const grip = await card(page, STARK).locator(".jsj-card-grip").boundingBox();
    const to = await page.locator('.jsj-board-column[data-column="interviewing"]').boundingBox();
    if (!grip || !to) throw new Error("not on screen");
    // A touch drag as Chromium reports it: pointer events of type touch.
    await card(page, STARK)
      .locator(".jsj-card-grip")
      .evaluate(
        (el, [x0, y0, x1, y1]) => {
          const ev = (type: string, x: number, y: number) =>
            new PointerEvent(type, {
              pointerId: 7,
              pointerType: "touch",
              clientX: x,
              clientY: y,
              bubbles: true,
              button: 0,
            });
          el.dispatchEvent(ev("pointerdown", x0, y0));
          el.dispatchEvent(ev("pointermove", x0 + 10, y0 + 10));
          el.dispatchEvent(ev("pointermove", x1, y1));
          el.dispatchEvent(ev("pointerup", x1, y1));
        },
        [grip.x + 4, grip.y + 4, to.x + to.width / 2, to.y + 40] as const,
      );
    await page.waitForFunction(
      (f) => document.querySelector(`.jsj-column-interviewing .jsj-card[data-file="${f}"]`),
      STARK,
    );
    expect(await contentOf(page, STARK)).toContain("status: interviewing");
  });

  it("moves from the keyboard and says so to a screen reader; the focus stays on the card", async () => {
    const page = await open();
    await card(page, STARK).focus();
    await page.keyboard.press("Shift+ArrowLeft");
    await page.waitForFunction(
      (f) => document.querySelector(`.jsj-column-interviewing .jsj-card[data-file="${f}"]`),
      STARK,
    );
    expect(await contentOf(page, STARK)).toContain("status: interviewing");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-file"))).toBe(STARK);
    expect(await page.locator(".jsj-sr-only").first().textContent()).toBe(
      "Moved Stark Industries · Frontend Engineer to Interviewing.",
    );
    await page.locator(".preview-notice button", { hasText: "Undo" }).click();
    await page.waitForFunction((f) => document.querySelector(`.jsj-column-offer .jsj-card[data-file="${f}"]`), STARK);
    // The menu key lists every column by name.
    await card(page, STARK).focus();
    await page.keyboard.press("Shift+F10");
    expect(await page.locator(".preview-menu button").allTextContents()).toEqual([
      "Move to Considering",
      "Move to Applied",
      "Move to Interviewing",
      "Move to Closed",
      "Open the note",
    ]);
  });

  it("leaves a closed card where it is and says why, with a way to insist", async () => {
    const page = await open();
    await page.locator(".jsj-column-closed .jsj-board-column-title").click();
    const wayne = page.locator(".jsj-column-closed .jsj-card").first();
    const file = (await wayne.getAttribute("data-file")) ?? "";
    const before = await contentOf(page, file);
    await wayne.locator(".jsj-card-more").click();
    await page.locator(".preview-menu button", { hasText: "Move to Applied" }).click();
    await expect.poll(() => page.locator(".preview-notice").textContent()).toContain("stays in Closed");
    expect(await contentOf(page, file)).toBe(before);
    expect(await columnOf(page, file)).toBe("closed");
    expect(await page.locator(".preview-notice button", { hasText: "Move anyway" }).count()).toBe(1);
  });

  it.each([["light"], ["dark"]] as const)("passes axe (%s)", async (theme) => {
    const page = await open(theme === "dark" ? { theme } : {});
    expect(await axeViolations(page, ".preview-board")).toEqual([]);
  });

  it("fits a phone: the columns scroll sideways, the cards' buttons take a finger", async () => {
    const page = await open({ phone: true });
    await page.evaluate(() => document.querySelector(".preview-main")?.classList.add("preview-shown"));
    const wide = await page
      .locator(".jsj-card")
      .evaluateAll((cards) => cards.filter((c) => c.getBoundingClientRect().width > 390).length);
    expect(wide).toBe(0);
    const small = await page
      .locator(".jsj-card-more")
      .evaluateAll((bs) => bs.filter((b) => b.getBoundingClientRect().height < 44).length);
    expect(small).toBe(0);
    expect(await axeViolations(page, ".preview-board")).toEqual([]);
  });

  it("is pictured (npm run screenshots writes docs/screenshots/board.png)", async () => {
    // Wide enough for all five columns.
    const page = await open({ width: 1900, height: 1300 });
    const shot = shotPath("board.png");
    const box = await page.locator(".preview-board .jsj-board").boundingBox();
    await page.locator(".preview-board .jsj-board").screenshot({ path: shot });
    expect(pngSize(shot).width).toBe(Math.round(box?.width ?? 0));
  });
});
