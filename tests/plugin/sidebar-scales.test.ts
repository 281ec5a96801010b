// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { flush, startPlugin } from "../helpers/plugin-harness";

/** The sidebar with many items: a filter box, a compact mode, one line per item. */

const filterBox = (el: HTMLElement) => el.querySelector<HTMLInputElement>(".jsj-filter")!;

async function type(input: HTMLInputElement, text: string): Promise<void> {
  input.focus();
  input.value = text;
  input.setSelectionRange(text.length, text.length);
  input.dispatchEvent(new Event("input"));
  await flush();
}

describe("the filter box", () => {
  it("shows only the items with every word, says how many, keeps the caret, and leaves the status bar alone", async () => {
    const h = await startPlugin();
    const el = await h.openView();
    // In Obsidian the view is in the document; the fake's leaves are not until attached.
    el.ownerDocument.body.appendChild(el);
    const all = h.itemTexts().length;
    const status = h.statusText();
    await type(filterBox(el), "acme thank");
    expect(h.itemTexts().length).toBeGreaterThan(0);
    expect(h.itemTexts().every((t) => t.startsWith("Send a thank-you to"))).toBe(true);
    expect(h.itemTexts().length).toBeLessThan(all);
    expect(h.viewEl().querySelector(".jsj-filter-count")?.textContent).toBe(
      `${h.itemTexts().length} of ${all} match "acme thank".`,
    );
    // Typing redraws the list, not the box: the keyboard stays in it, at the end of the words.
    const box = filterBox(h.viewEl());
    expect([document.activeElement === box, box.value, box.selectionStart]).toEqual([true, "acme thank", 10]);
    expect(h.statusText()).toBe(status);
  });

  it("says when nothing matches, keeps the box to change it, and Escape empties it", async () => {
    const h = await startPlugin();
    const el = await h.openView();
    const all = h.itemTexts().length;
    await type(filterBox(el), "initrode zzz");
    expect(h.itemTexts()).toEqual([]);
    expect(h.viewEl().querySelector(".jsj-filter-count")?.textContent).toBe('No follow-up matches "initrode zzz".');
    filterBox(h.viewEl()).dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
    await flush();
    expect([h.itemTexts().length, filterBox(h.viewEl()).value]).toEqual([all, ""]);
  });

  it("is not saved: the next start shows everything", async () => {
    const h = await startPlugin();
    await type(filterBox(await h.openView()), "globex");
    expect(JSON.stringify(h.app.pluginData.get("job-search-journal") ?? {})).not.toContain("globex");
  });
});

describe("compact mode", () => {
  it("draws one line per item: the sentence, the due words, the next step as an icon and a menu", async () => {
    const h = await startPlugin();
    const el = await h.openView();
    const full = h.itemTexts();
    const toggle = el.querySelector<HTMLButtonElement>(".jsj-compact-switch")!;
    expect([toggle.getAttribute("aria-label"), toggle.getAttribute("aria-pressed")]).toEqual([
      "One line per item",
      "false",
    ]);
    await h.click(toggle);
    await flush();
    expect(h.itemTexts()).toEqual(full);
    const tom = h.findItem("Send a thank-you to Tom Becker");
    expect(tom.classList.contains("jsj-item-compact")).toBe(true);
    expect([...tom.children].map((c) => c.className.split(" ")[0])).toEqual([
      "jsj-item-title",
      "jsj-due",
      "jsj-actions",
    ]);
    expect(tom.querySelector(".jsj-due")?.textContent).toBe("due in 5 hours");
    expect(tom.querySelector(".jsj-due")?.getAttribute("title")).toBe("12 Mar 14:00");
    expect([...tom.querySelectorAll(".jsj-action")].map((b) => b.getAttribute("aria-label"))).toEqual([
      "Draft: Send a thank-you to Tom Becker",
      "More actions: Send a thank-you to Tom Becker",
    ]);
    expect(tom.querySelector(".jsj-item-meta, .jsj-item-note, .jsj-action-primary")).toBeNull();
    // The ⋯ button opens the same menu as a right click: every action is still there.
    await h.click(tom.querySelector(".jsj-action-more")!);
    expect(h.lastMenu().items.map((i) => i.title)).toContain("Sent");
  });

  it("is remembered in the settings, and switched back", async () => {
    const h = await startPlugin();
    await h.click((await h.openView()).querySelector(".jsj-compact-switch")!);
    await flush();
    const saved = h.app.pluginData.get("job-search-journal") as { view: { compact: boolean } };
    expect(saved.view.compact).toBe(true);
    const again = await startPlugin(undefined, { data: saved });
    const el = await again.openView();
    expect(el.querySelector(".jsj-view")?.classList.contains("jsj-compact")).toBe(true);
    await again.click(el.querySelector(".jsj-compact-switch")!);
    await flush();
    expect(again.viewEl().querySelector(".jsj-item-compact")).toBeNull();
  });
});
