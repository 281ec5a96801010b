// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { exampleVaultFiles, flush, startPlugin } from "../helpers/plugin-harness";

const ACME = "Interviews/2026-03-11 Acme - Backend Engineer (onsite).md";

afterEach(() => {
  vi.useRealTimers();
});

describe("startup", () => {
  it("onload only registers: no note is read and nothing is indexed before the layout is ready", async () => {
    const h = await startPlugin(exampleVaultFiles(), { layoutReady: false });
    const read = vi.spyOn(h.app.vault, "read");
    const cachedRead = vi.spyOn(h.app.vault, "cachedRead");
    expect([...h.app.commands.keys()].sort()).toEqual([
      "job-search-journal:draft-follow-up", "job-search-journal:draft-thank-you-notes", "job-search-journal:export-calendar", "job-search-journal:new-interview-debrief",
      "job-search-journal:new-interview-note", "job-search-journal:open-follow-ups", "job-search-journal:open-statistics", "job-search-journal:record-reply",
    ]);
    expect(h.app.viewRegistry.has("job-search-journal-follow-ups")).toBe(true);
    expect(h.app.ribbon.querySelector('[aria-label="Open follow-ups due"]')).not.toBeNull();
    expect(h.app.settingTabs).toHaveLength(1);
    expect(h.statusText()).toBe("");
    expect(h.app.metadataCache.listenerCount("changed")).toBe(0);
    h.app.workspace.triggerLayoutReady();
    await flush();
    // Built from the metadata cache: no file is read (the example vault has no broken YAML).
    expect(read).not.toHaveBeenCalled();
    expect(cachedRead).not.toHaveBeenCalled();
    expect(h.statusText()).toBe("9 follow-ups due");
    expect(h.app.metadataCache.listenerCount("changed")).toBe(1);
  });

  it("unloading removes every listener, command and view type", async () => {
    const h = await startPlugin();
    h.plugin.unload();
    expect(h.app.metadataCache.listenerCount("changed")).toBe(0);
    expect(h.app.vault.listenerCount("rename")).toBe(0);
    expect(h.app.commands.size).toBe(0);
    expect(h.app.viewRegistry.size).toBe(0);
  });
});

describe("the follow-ups view", () => {
  it("shows the pipeline, every section and every item as one sentence", async () => {
    const h = await startPlugin();
    const el = await h.openView();
    expect(el.querySelector(".jsj-pipeline-line")?.textContent).toBe("10 active applications · 7 awaiting reply · 1 offer");
    expect(el.querySelector(".jsj-keep-applying")).toBeNull();
    expect(h.sectionTitles()).toEqual(["Overdue (5)", "Today (4)", "Upcoming (5)", "Needs attention (1)"]);
    const ask = h.findItem("Ask for contact details at Tyrell before you leave");
    expect(ask.querySelector(".jsj-item-note")?.textContent).toBe("No email on file for Rachael Rosen");
    expect([...ask.querySelectorAll("button.jsj-action")].map((b) => b.textContent)).toEqual(["Snooze"]);
    const tom = h.findItem("Send a thank-you to Tom Becker");
    expect(tom.querySelector(".jsj-due")?.textContent).toBe("due in 5 hours");
    expect(tom.querySelector(".jsj-context")?.textContent).toBe("Acme · Backend Engineer · onsite");
    expect([...tom.querySelectorAll("button.jsj-action")].map((b) => b.textContent)).toEqual(["Sent", "Draft", "Snooze"]);
    expect(h.findItem("Send a thank-you to Monica Hall").querySelector(".jsj-item-note")?.textContent).toMatch(/^No email on file/);
    expect(h.findItem("Follow up with Globex by phone (1 of 2)").querySelector(".jsj-due")?.textContent).toBe("1 day overdue");
    expect(el.querySelector(".jsj-problem")?.textContent).toContain('interview_date "next tuesday" is not a date');
    // Every control is a real, labelled button: usable from the keyboard.
    for (const b of el.querySelectorAll("button.jsj-action")) expect(b.getAttribute("aria-label")).toMatch(/: /);
  });

  it("a pipeline below the threshold says to keep applying", async () => {
    const h = await startPlugin({ "a.md": "---\ntype: interview\ncompany: Acme\ninterview_date: 2026-03-11\n---\n" });
    const el = await h.openView();
    expect(el.querySelector(".jsj-keep-applying")?.textContent).toBe("Only 1 application in progress: keep applying while you wait.");
  });

  it("Done records the thank-you in `thanked` and its date in `thanked_on`, through vault.process, and the item leaves", async () => {
    const h = await startPlugin();
    await h.openView();
    const before = h.content(ACME);
    await h.click(h.findItem("Send a thank-you to Tom Becker").querySelector('[data-action="done"]')!);
    const after = h.content(ACME);
    expect(after).toBe(before.replace("thanked: []", "thanked: [Tom Becker]").replace("status: waiting\n", "status: waiting\nthanked_on: 2026-03-12\n"));
    expect(h.app.vault.writes).toEqual([{ api: "process", path: ACME }]);
    expect(h.itemTexts()).not.toContain("Send a thank-you to Tom Becker");
    expect(h.statusText()).toBe("8 follow-ups due");
    expect(h.notices()).toContain("2026-03-11 Acme - Backend Engineer (onsite): thanked: + Tom Becker; thanked_on: 2026-03-12");
  });

  it("follows frontmatter edited by hand, renames and deletions", async () => {
    const h = await startPlugin();
    await h.openView();
    await h.app.vault.modify(h.app.vault.getFileByPath(ACME)! as never, h.content(ACME).replace("status: waiting", "status: rejected"));
    await flush();
    expect(h.itemTexts().filter((t) => t.includes("Priya") || t.includes("Acme"))).toEqual([]);
    const globex = "Interviews/2026-03-05 Globex - Product Manager (phone screen).md";
    h.app.vault.rename(globex, "Archive/Globex.md");
    await flush();
    const item = h.findItem("Follow up with Globex by phone (1 of 2)");
    expect(item.getAttribute("data-id")).toBe("Archive/Globex.md#follow-up/1");
    h.app.vault.remove("Archive/Globex.md");
    await flush();
    expect(h.itemTexts()).not.toContain("Follow up with Globex by phone (1 of 2)");
  });

  it("states move on as time passes, without any edit", async () => {
    const h = await startPlugin();
    await h.openView();
    expect(h.findItem("Send a thank-you to Tom Becker").querySelector(".jsj-due")?.textContent).toBe("due in 5 hours");
    vi.advanceTimersByTime(6 * 3600_000);
    await flush();
    expect(h.findItem("Send a thank-you to Tom Becker").querySelector(".jsj-due")?.textContent).toBe("1 hour overdue");
    expect(h.sectionTitles()[0]).toBe("Overdue (8)");
  });

  it("Snooze offers 1 day, 3 days and 1 week, and hides the note's items", async () => {
    const h = await startPlugin();
    await h.openView();
    await h.click(h.findItem("Follow up with Globex by phone (1 of 2)").querySelector('[data-action="snooze"]')!);
    expect(h.lastMenu().items.map((i) => i.title)).toEqual(["Snooze 1 day", "Snooze 3 days", "Snooze 1 week"]);
    h.lastMenu().click("Snooze 3 days");
    await flush();
    expect(h.content("Interviews/2026-03-05 Globex - Product Manager (phone screen).md")).toContain("snooze_until: 2026-03-15\n---");
    expect(h.itemTexts()).not.toContain("Follow up with Globex by phone (1 of 2)");
  });

  it("Reply received records the date and status, and the follow-ups stop", async () => {
    const h = await startPlugin();
    await h.openView();
    await h.click(h.findItem("Follow up with Initech by email (2 of 2)").querySelector('[data-action="reply"]')!);
    const modal = h.lastModal();
    const select = modal.contentEl.querySelector("select")!;
    select.value = "rejected";
    select.dispatchEvent(new Event("change"));
    await h.click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Record reply")!);
    const text = h.content("Interviews/2026-02-20 Initech - Data Engineer (onsite).md");
    expect(text).toContain("status: rejected\nreplied: 2026-03-12\n---");
    expect(h.itemTexts().some((t) => t.includes("Initech"))).toBe(false);
  });

  it("clicking an item opens its note", async () => {
    const h = await startPlugin();
    await h.openView();
    await h.click(h.findItem("Write your Acme debrief while it is fresh").querySelector(".jsj-item-title")!);
    expect(h.app.workspace.getActiveFile()?.path).toBe(ACME);
  });

  it("a note with broken YAML is read once and listed under Needs attention; the others stay", async () => {
    const files = { ...exampleVaultFiles(), "Interviews/Broken.md": "---\ntype: interview\ncompany: [Oops\ninterview_date: 2026-03-10\n---\n" };
    const h = await startPlugin(files);
    const el = await h.openView();
    await flush();
    expect([...el.querySelectorAll(".jsj-problem .jsj-item-title")].map((e) => e.textContent)).toContain("Interviews/Broken.md, line 4");
    expect(h.sectionTitles()).toContain("Overdue (5)");
  });
});

describe("a long list", () => {
  it("shows 25 items per section and the rest on demand", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`I/${i}.md`] = `---\ntype: interview\ncompany: Co${i}\ninterview_date: 2026-03-01\ninterviewers: [Ann]\ndebriefed: 2026-03-01\nfollow_up_1: 2026-03-02\n---\n`;
    const h = await startPlugin(files);
    const el = await h.openView();
    expect(h.sectionTitles()[0]).toBe("Overdue (80)");
    expect(el.querySelectorAll(".jsj-section-overdue .jsj-item")).toHaveLength(25);
    const more = el.querySelector<HTMLButtonElement>(".jsj-section-overdue .jsj-show-more")!;
    expect(more.textContent).toBe("Show 55 more");
    await h.click(more);
    expect(el.querySelectorAll(".jsj-section-overdue .jsj-item")).toHaveLength(50);
    await h.click(el.querySelector(".jsj-section-overdue .jsj-show-more")!);
    await h.click(el.querySelector(".jsj-section-overdue .jsj-show-more")!);
    expect(el.querySelectorAll(".jsj-section-overdue .jsj-item")).toHaveLength(80);
    expect(el.querySelector(".jsj-section-overdue .jsj-show-more")).toBeNull();
  });
});
