import type { Browser, Page } from "playwright-core";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, beforeAll, expect } from "vitest";
import { launchChromium } from "./chromium";

/**
 * The preview page (npm run preview, built once by tests/browser/global-setup.ts) in Debian's
 * Chromium, for the browser test files: each opens its own browser, so the files run side by side.
 */

const PREVIEW = `file://${resolve("dist/preview/index.html")}`;
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/**
 * What the preview page puts on `window` (preview/main.ts): the in-page Obsidian app, as far as
 * the browser tests reach into it. A type only, so that code inside `page.evaluate` can use it.
 */
export interface PreviewWindow {
  preview: Promise<{
    commands: Map<string, { callback?: () => unknown }>;
    workspace: { openLinkText(path: string, source: string): Promise<unknown> };
    vault: {
      contentOf(path: string): string;
      create(path: string, data: string): Promise<unknown>;
      createFolder(path: string): Promise<unknown>;
    };
    settingTabs: { containerEl: HTMLElement; display(): void }[];
  }>;
}

export type OpenPreview = (options?: {
  theme?: "dark";
  width?: number;
  height?: number;
  /** A phone: 390×844, touch, and Obsidian's `is-mobile` class on the body, as Obsidian's mobile app sets it. */
  phone?: boolean;
}) => Promise<Page>;

/** Starts Chromium before the file's tests and closes it after; the page opener. */
export function usePreview(): OpenPreview {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (options = {}) => {
    const page = await browser.newPage(
      options.phone
        ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 }
        : { viewport: { width: options.width ?? 1100, height: options.height ?? 900 } },
    );
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${PREVIEW}${options.theme ? `?theme=${options.theme}` : ""}`);
    await page.waitForSelector(".jsj-item");
    if (options.phone) await page.evaluate(() => document.body.classList.add("is-mobile"));
    expect(errors).toEqual([]);
    return page;
  };
}

/** axe-core's violations inside the elements matching `selector`. */
export async function axeViolations(page: Page, selector: string | string[]): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(AXE, "utf8") });
  return page.evaluate(async (sel) => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run({ include: (Array.isArray(sel) ? sel : [sel]).map((s) => [s]) });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  }, selector);
}

/** The plugin's settings tab drawn into the page's main pane, as `.preview-settings`. */
export async function showSettingsTab(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const app = await (window as unknown as PreviewWindow).preview;
    const tab = app.settingTabs[0];
    if (!tab) throw new Error("no settings tab");
    tab.display();
    tab.containerEl.classList.add("preview-settings");
    document.querySelector(".preview-main")?.appendChild(tab.containerEl);
  });
}

/**
 * Where a screenshot goes: docs/screenshots when `npm run screenshots` asks for the README's
 * pictures (JSJ_SCREENSHOTS=1), else a scratch folder, so that `npm test` changes no tracked file.
 */
export function shotPath(name: string): string {
  return join(process.env.JSJ_SCREENSHOTS === "1" ? "docs/screenshots" : tmpdir(), name);
}

/** A PNG's size in pixels, from its header: the picture is of what was asked, not an empty page. */
export function pngSize(path: string): { width: number; height: number } {
  const png = readFileSync(path);
  expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
