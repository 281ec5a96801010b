import { describe, expect, it } from "vitest";
import type { ItemKind } from "../../src/core/follow-ups/items";
import { KINDS, type KindDefinition } from "../../src/core/follow-ups/kinds";
import { actionLabel } from "../../src/core/follow-ups/view-model";
import { pngSize, shotPath, usePreview, type PreviewWindow } from "../helpers/preview-page";

/**
 * The real view in a real browser engine: the preview page (npm run preview) in Debian's
 * Chromium. It also takes the README's screenshots, so they always show the current code.
 * The accessibility checks are in accessibility.test.ts.
 */

const open = usePreview();

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
      const app = await (window as unknown as PreviewWindow).preview;
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
      // "Snooze all 2 items of this note: …" where a kind added later gives Globex a second item.
      .getByRole("button", { name: /^Snooze( all \d+ items of this note)?:/ })
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
      .locator(
        ".preview-sidebar .jsj-action, .preview-sidebar .jsj-grouping-option, .preview-sidebar .jsj-compact-switch",
      )
      .evaluateAll(
        (buttons) => buttons.map((b) => b.getBoundingClientRect()).filter((r) => r.height < 44 || r.width < 44).length,
      );
    expect(small).toBe(0);
    await page.close();
  });

  it("compact: one line per item, about a third of the height, the next step and the menu as icons", async () => {
    const page = await open();
    const heights = () =>
      page
        .locator(".preview-sidebar .jsj-item")
        .evaluateAll((items) => items.map((li) => li.getBoundingClientRect().height));
    const full = await heights();
    await page.getByRole("button", { name: "One line per item" }).click();
    await expect.poll(() => page.locator(".preview-sidebar .jsj-item-compact").count()).toBe(full.length);
    const compact = await heights();
    expect(Math.max(...compact)).toBeLessThan(40);
    expect(compact.reduce((a, b) => a + b, 0)).toBeLessThan(full.reduce((a, b) => a + b, 0) / 2.5);
    // The sentence is cut, never wrapped, and whole in its accessible name.
    const lines = await page
      .locator(".preview-sidebar .jsj-item-compact .jsj-item-title")
      .evaluateAll((titles) => titles.filter((t) => t.getBoundingClientRect().height > 24).length);
    expect(lines).toBe(0);
    await page.evaluate(() => document.querySelector(".preview-notice")?.remove());
    const compactShot = shotPath("follow-ups-compact.png");
    await page.locator(".preview-sidebar").screenshot({ path: compactShot });
    const sidebar = await page.locator(".preview-sidebar").boundingBox();
    expect(pngSize(compactShot).width).toBe(Math.round(sidebar?.width ?? 0));
    await page.getByRole("button", { name: "More actions: Send a thank-you to Tom Becker" }).click();
    await expect.poll(() => page.locator(".preview-menu").textContent()).toContain("Snooze 1 day");
    await page.close();
  });

  it("the filter box: typing narrows the list and says how many, the keyboard stays in the box", async () => {
    const page = await open();
    const all = await page.locator(".preview-sidebar .jsj-item").count();
    await page.getByRole("searchbox", { name: "Filter the follow-ups by company, person or kind" }).fill("acme");
    await expect.poll(() => page.locator(".preview-sidebar .jsj-item").count()).toBeLessThan(all);
    const shown = await page.locator(".preview-sidebar .jsj-item").count();
    expect(await page.locator(".jsj-filter-count").textContent()).toBe(`${shown} of ${all} match "acme".`);
    await page.keyboard.type(" tom");
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe("acme tom");
    await expect.poll(() => page.locator(".preview-sidebar .jsj-item").count()).toBe(1);
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe("acme tom");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".preview-sidebar .jsj-item").count()).toBe(all);
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
    // From the sidebar's top, as after clicking into it (the page's main pane, the board, comes first).
    await page.locator(".preview-sidebar").evaluate((el) => el.setAttribute("tabindex", "-1"));
    await page.locator(".preview-sidebar").focus();
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
    // The filter box, the switches, then the first section's heading, then each item: its title, then its actions.
    expect(focused.slice(0, 5)).toEqual([
      "Filter the follow-ups by company, person or kind",
      "By due date",
      "By application",
      "One line per item",
      expect.stringMatching(/^Overdue \(\d+\)$/),
    ]);
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

  it("screenshot of Lena's thank-you draft", async () => {
    const page = await open();
    await page
      .locator(".jsj-item", { hasText: "Send a thank-you to Lena Fischer" })
      .getByRole("button", { name: "Draft: Send a thank-you to Lena Fischer" })
      .click();
    const draftShot = shotPath("thank-you-draft.png");
    await page.locator(".modal").last().screenshot({ path: draftShot });
    const box = await page.locator(".modal").last().boundingBox();
    expect(pngSize(draftShot)).toEqual({ width: Math.round(box?.width ?? 0), height: Math.round(box?.height ?? 0) });
    await page.close();
  });

  it.each([
    ["light", {}, "follow-ups-light.png", { width: 1100, height: 900 }],
    ["dark", { theme: "dark" as const }, "follow-ups-dark.png", { width: 1100, height: 900 }],
    ["phone-width", { width: 390, height: 844 }, "follow-ups-phone.png", { width: 390, height: 844 }],
  ])("screenshot, %s: the page at its size", async (_, options, name, size) => {
    const page = await open(options);
    // The daily nudge's notice would cover the sidebar in the README's pictures.
    await page.evaluate(() => document.querySelector(".preview-notice")?.remove());
    await page.screenshot({ path: shotPath(name) });
    expect(pngSize(shotPath(name))).toEqual(size);
    await page.close();
  });

  it("screenshot of the statistics", async () => {
    const page = await open();
    const statsShot = shotPath("statistics-light.png");
    await page.locator(".jsj-stats").screenshot({ path: statsShot });
    expect(pngSize(statsShot).width).toBe(Math.round((await page.locator(".jsj-stats").boundingBox())?.width ?? 0));
    await page.close();
  });
});
