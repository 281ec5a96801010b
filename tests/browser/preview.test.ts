import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../helpers/chromium";
import type { ItemKind } from "../../src/core/follow-ups/items";
import { KINDS, type KindDefinition } from "../../src/core/follow-ups/kinds";
import { actionLabel } from "../../src/core/follow-ups/view-model";

/**
 * The real view in a real browser engine: the preview page (npm run preview) in Debian's
 * Chromium. It also takes the README's screenshots, so they always show the current code.
 */

const PREVIEW = `file://${resolve("dist/preview/index.html")}`;
const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
let browser: Browser;

async function open(options: { theme?: "dark"; width?: number; height?: number } = {}): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1100, height: options.height ?? 900 } });
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${PREVIEW}${options.theme ? `?theme=${options.theme}` : ""}`);
  await page.waitForSelector(".jsj-item");
  expect(errors).toEqual([]);
  return page;
}

beforeAll(async () => {
  execFileSync(process.execPath, ["scripts/preview.mjs"], { stdio: "ignore" });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("the follow-ups view in Chromium", () => {
  it("shows the pipeline, every section and every item of the example vault", async () => {
    const page = await open();
    expect(await page.textContent(".jsj-pipeline-line")).toBe("10 active applications · 7 awaiting reply · 1 offer");
    // The example vault's counts are approvals (a kind added later changes them, through `vitest -u`).
    const titles = await page.locator(".preview-sidebar .jsj-section-title").allTextContents();
    expect(titles).toMatchSnapshot();
    const items = await page.locator(".jsj-item .jsj-item-title").allTextContents();
    const count = (title: string) => Number(/\((\d+)\)$/.exec(title)?.[1]);
    expect(items).toHaveLength(titles.slice(0, 3).reduce((n, t) => n + count(t), 0));
    expect(items).toContain("Ask for contact details at Tyrell before you leave");
    expect(items).toContain("Send a thank-you to Tom Becker");
    expect(items).toContain("Follow up with Globex by phone (1 of 2)");
    expect(items).toContain("No reply from Umbrella after two follow-ups: time to move on");
    expect(await page.textContent(".jsj-problem")).toContain('interview_date "next tuesday" is not a date');
    await page.close();
  });

  it("Done goes through the real action code: the note changes and the item leaves", async () => {
    const page = await open();
    const item = page.locator(".jsj-item", { hasText: "Send a thank-you to Tom Becker" });
    await item.getByRole("button", { name: "Sent: Send a thank-you to Tom Becker" }).click();
    await expect
      .poll(() => page.locator(".jsj-item-title", { hasText: "Send a thank-you to Tom Becker" }).count())
      .toBe(0);
    expect(await page.textContent(".preview-notice")).toBe("Recorded your thank-you to Tom Becker, sent 12 March.");
    const note = await page.evaluate(async () => {
      const app = await (window as unknown as { preview: Promise<{ vault: { contentOf(p: string): string } }> })
        .preview;
      return app.vault.contentOf("Interviews/2026-03-11 Acme - Backend Engineer (onsite).md");
    });
    expect(note).toContain("thanked: [Tom Becker]\n");
    await page.close();
  });

  it("shows the statistics with the same numbers as the CLI, and charts drawn as SVG", async () => {
    const page = await open();
    expect(await page.locator(".jsj-stat dt").allTextContents()).toEqual([
      "Reply rate",
      "Days to a reply",
      "Thank-yous on time",
      "Follow-ups answered",
    ]);
    expect(await page.locator(".jsj-stat-value").allTextContents()).toEqual(["30%", "7", "67%", "1 of 3"]);
    expect(await page.locator(".jsj-chart-weeks rect.jsj-bar").count()).toBe(6);
    expect(await page.getAttribute(".jsj-chart-weeks", "aria-label")).toBe(
      "Interviews per week, week of 29 Dec: 0, week of 5 Jan: 0, week of 12 Jan: 0, week of 19 Jan: 0, week of 26 Jan: 0, week of 2 Feb: 0, week of 9 Feb: 2, " +
        "week of 16 Feb: 1, week of 23 Feb: 1, week of 2 Mar: 3, week of 9 Mar (this week): 4, week of 16 Mar (coming): 1",
    );
    // The bars are drawn in the theme's accent colour, not a colour of our own.
    const fill = await page
      .locator(".jsj-chart-weeks rect.jsj-bar")
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    const accent = await page.evaluate(() =>
      getComputedStyle(document.body).getPropertyValue("--interactive-accent").trim(),
    );
    expect(fill).not.toBe("");
    expect(accent).not.toBe("");
    await page.close();
  });

  it("Snooze opens a menu of the core's choices, says what it hides, and hides the note's items", async () => {
    const page = await open();
    await page
      .locator(".jsj-item", { hasText: "Follow up with Globex by phone" })
      .getByRole("button", { name: /^Snooze:/ })
      .click();
    expect(await page.textContent(".preview-menu-label")).toEqual(
      expect.stringMatching(
        /^Snooze hides (this item \(|all \d+ items of )Globex · Product Manager · phone screen\)?$/,
      ),
    );
    expect(await page.locator(".preview-menu button").allTextContents()).toEqual([
      "Snooze 1 day",
      "Snooze 3 days",
      "Snooze 1 week",
      "Snooze 2 weeks",
    ]);
    await page.getByRole("menuitem", { name: "Snooze 1 week" }).click();
    await expect.poll(() => page.locator(".jsj-item-title", { hasText: "Globex" }).count()).toBe(0);
    await page.close();
  });

  it("one labelled action per item, the next thing to do, accent-coloured only when it is due", async () => {
    const page = await open();
    const rows = await page.locator(".preview-sidebar .jsj-item").evaluateAll((items) =>
      items.map((li) => {
        const primary = li.querySelector(".jsj-action-primary");
        const kind = [...li.classList].find((c) => c.startsWith("jsj-kind-"))?.slice("jsj-kind-".length) ?? "";
        return [
          kind,
          li.querySelector(".jsj-due")?.className.replace("jsj-due jsj-due-", "") ?? "",
          primary?.textContent ?? null,
          primary?.classList.contains("mod-cta") ?? false,
        ] as const;
      }),
    );
    // The first action that is not Snooze, as the kind's table orders them (core/follow-ups/kinds.ts).
    const expected = (kind: ItemKind) => {
      const d: KindDefinition = KINDS[kind];
      const first = d.actions.find((a) => a !== "snooze") ?? "snooze";
      return actionLabel(d, first);
    };
    for (const [kind, state, primary, accent] of rows) {
      expect(primary, kind).toBe(expected(kind as ItemKind));
      expect(accent, kind).toBe(primary !== null && state !== "upcoming");
    }
    expect(rows.map((r) => r[0])).toEqual(
      expect.arrayContaining(["ask-contacts", "thank-you", "follow-up", "move-on"]),
    );
    // Every item a labelled button, the accent only on those due now.
    expect(rows.filter((r) => r[2] === null)).toEqual([]);
    expect(rows.filter((r) => r[3]).length).toBe(rows.filter((r) => r[1] !== "upcoming").length);
    await page.close();
  });

  it("a right click opens every action of the item", async () => {
    const page = await open();
    await page.locator(".jsj-item", { hasText: "Send a thank-you to Priya Raman" }).click({ button: "right" });
    expect(await page.locator(".preview-menu button").allTextContents()).toEqual([
      "Draft",
      "Sent",
      "Open the note",
      "Snooze 1 day",
      "Snooze 3 days",
      "Snooze 1 week",
      "Snooze 2 weeks",
    ]);
    expect(await page.textContent(".preview-menu-label")).toEqual(
      expect.stringMatching(/^Snooze hides all \d+ items of Acme · Backend Engineer · onsite$/),
    );
    await page.close();
  });

  it("Draft on Lena's thank-you opens Lena's draft, with the company's news and a place for the personal line", async () => {
    const page = await open();
    await page
      .locator(".jsj-item", { hasText: "Send a thank-you to Lena Fischer" })
      .getByRole("button", { name: "Draft: Send a thank-you to Lena Fischer" })
      .click();
    const modal = page.locator(".jsj-drafts");
    expect(await modal.locator(".jsj-draft h3").allTextContents()).toEqual(["To Lena Fischer <lena.fischer@acme.io>"]);
    const body = await modal.locator("textarea").inputValue();
    expect(body).toContain(
      "Congratulations on the recent news: Acme announced its expansion into rail freight scheduling.",
    );
    expect(body).toContain("[Your line: one thing you and Lena talked about");
    expect(await modal.locator(".jsj-more-drafts").textContent()).toBe(
      "Drafts for the others: Priya Raman, Tom Becker",
    );
    await page.close();
  });

  it("the example vault's personal version: Monica's draft names what you talked about and the company's news", async () => {
    const page = await open();
    await page.getByRole("button", { name: "Draft: Send a thank-you to Monica Hall" }).click();
    const modal = page.locator(".jsj-drafts");
    const body = await modal.locator("textarea").first().inputValue();
    expect(body).toContain(
      "I especially enjoyed our conversation about how the team splits on-call between Palo Alto and Berlin.",
    );
    expect(body).toContain("Congratulations on the recent news: Pied Piper closed its Series B round.");
    expect(await modal.locator(".jsj-warning").count()).toBe(0);
    await page.close();
  });

  it("touch targets of at least 44 px on phones (Obsidian's .is-mobile)", async () => {
    const page = await open({ width: 390, height: 844 });
    await page.evaluate(() => document.body.classList.add("is-mobile"));
    const small = await page
      .locator(".preview-sidebar .jsj-action, .preview-sidebar .jsj-grouping-option")
      .evaluateAll(
        (buttons) => buttons.map((b) => b.getBoundingClientRect()).filter((r) => r.height < 44 || r.width < 44).length,
      );
    expect(small).toBe(0);
    await page.close();
  });

  it("fits 300 px: every item's actions on one line", async () => {
    const page = await open();
    // The sidebar at its narrowest: 300 px, borders included.
    await page.evaluate(() => document.body.classList.add("preview-narrow"));
    const widths = await page.locator(".preview-sidebar").evaluate((el) => el.getBoundingClientRect().width);
    expect(widths).toBeLessThanOrEqual(300);
    const wrapped = await page.locator(".preview-sidebar .jsj-actions").evaluateAll(
      (rows) =>
        // Buttons are centred on one line: a wrapped one sits a whole line lower.
        rows.filter((row) => {
          const centres = [...row.children].map((b) => b.getBoundingClientRect()).map((r) => r.top + r.height / 2);
          return Math.max(...centres) - Math.min(...centres) > 4;
        }).length,
    );
    expect(wrapped).toBe(0);
    await page.close();
  });

  it("works from the keyboard: Tab reaches each control in order, Enter acts, and the keyboard stays in place", async () => {
    const page = await open();
    const focused: string[] = [];
    const target = "Sent: Send a thank-you to Soylent";
    while (focused.at(-1) !== target && focused.length < 60) {
      await page.keyboard.press("Tab");
      focused.push(
        await page.evaluate(
          () => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.textContent ?? "",
        ),
      );
    }
    // The switcher, then the first section's heading, then each item: its title, then its actions.
    expect(focused.slice(0, 3)).toEqual(["By due date", "By application", expect.stringMatching(/^Overdue \(\d+\)$/)]);
    expect(focused).toMatchSnapshot();
    // The item after it, whose next thing to do the keyboard should land on.
    const next = await page.evaluate((label) => {
      const items = [...document.querySelectorAll(".preview-sidebar .jsj-item")];
      const at = items.findIndex((li) => li.querySelector(`[aria-label="${label}"]`));
      return items[at + 1]?.querySelector(".jsj-action-primary")?.getAttribute("aria-label");
    }, target);
    expect(next).toBeTruthy();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.locator(".jsj-item-title", { hasText: "Send a thank-you to Soylent" }).count())
      .toBe(0);
    // The item left: the keyboard is on the next item's next thing to do, not back at the top.
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(next);
    await page.close();
  });

  it.each([
    ["light", undefined],
    ["dark", "dark" as const],
  ])("has no accessibility violations (axe-core), %s theme", async (_, theme) => {
    const page = await open(theme ? { theme } : {});
    await page.addScriptTag({ content: readFileSync(AXE, "utf8") });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(ctx: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run({ include: [[".preview-sidebar"], [".jsj-stats"]] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  /** axe-core's violations inside the elements matching `selector`. */
  async function axeViolations(page: Page, selector: string): Promise<string[]> {
    await page.addScriptTag({ content: readFileSync(AXE, "utf8") });
    return page.evaluate(async (sel) => {
      const axe = (
        window as unknown as {
          axe: { run(ctx: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
        }
      ).axe;
      const result = await axe.run({ include: [[sel]] });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    }, selector);
  }

  it.each([
    ["light", undefined],
    ["dark", "dark" as const],
  ])("the settings tab has no accessibility violations (axe-core), %s theme", async (_, theme) => {
    const page = await open(theme ? { theme } : {});
    await page.evaluate(async () => {
      const app = await (
        window as unknown as { preview: Promise<{ settingTabs: { containerEl: HTMLElement; display(): void }[] }> }
      ).preview;
      const tab = app.settingTabs[0];
      if (!tab) throw new Error("no settings tab");
      tab.display();
      tab.containerEl.classList.add("preview-settings");
      document.querySelector(".preview-main")?.appendChild(tab.containerEl);
    });
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
      const app = await (
        window as unknown as {
          preview: Promise<{
            commands: Map<string, { callback?: () => unknown }>;
            workspace: { openLinkText(p: string, s: string): Promise<unknown> };
          }>;
        }
      ).preview;
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
    await page.evaluate(async () => {
      const app = await (
        window as unknown as { preview: Promise<{ settingTabs: { containerEl: HTMLElement; display(): void }[] }> }
      ).preview;
      const tab = app.settingTabs[0];
      tab?.display();
      if (tab) document.querySelector(".preview-main")?.appendChild(tab.containerEl);
    });
    await page.getByRole("button", { name: "Suggest settings" }).click();
    await page.waitForSelector(".modal-container .modal-title", { state: "attached" });
    expect(await page.locator(".modal-container .modal-content").last().textContent()).toContain(
      "Your notes already match",
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

  it("grouped by application: one section per application, no accessibility violations, and its screenshot", async () => {
    const page = await open();
    await page.getByRole("button", { name: "By application" }).click();
    await expect.poll(() => page.locator(".preview-sidebar .jsj-section-application").count()).toBeGreaterThan(5);
    expect(await page.getAttribute(".jsj-grouping-option.is-active", "aria-pressed")).toBe("true");
    expect(await axeViolations(page, ".preview-sidebar")).toEqual([]);
    await page.locator(".preview-sidebar").screenshot({ path: "docs/screenshots/follow-ups-grouped.png" });
    await page.close();
  });

  it("screenshot of Lena's thank-you draft", async () => {
    const page = await open();
    await page
      .locator(".jsj-item", { hasText: "Send a thank-you to Lena Fischer" })
      .getByRole("button", { name: "Draft: Send a thank-you to Lena Fischer" })
      .click();
    await page.locator(".modal").last().screenshot({ path: "docs/screenshots/thank-you-draft.png" });
    await page.close();
  });

  it.each([
    ["light", {}, "docs/screenshots/follow-ups-light.png"],
    ["dark", { theme: "dark" as const }, "docs/screenshots/follow-ups-dark.png"],
    ["phone-width", { width: 390, height: 844 }, "docs/screenshots/follow-ups-phone.png"],
  ])("screenshot, %s", async (_, options, path) => {
    const page = await open(options);
    await page.screenshot({ path });
    await page.close();
  });

  it("screenshot of the statistics", async () => {
    const page = await open();
    await page.locator(".jsj-stats").screenshot({ path: "docs/screenshots/statistics-light.png" });
    await page.close();
  });
});
