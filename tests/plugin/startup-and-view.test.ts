// @vitest-environment happy-dom
import { SNOOZE_CHOICES } from "../../src/core/editing/choices";
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
      "job-search-journal:create-base",
      "job-search-journal:draft-follow-up",
      "job-search-journal:draft-thank-you-notes",
      "job-search-journal:export-calendar",
      "job-search-journal:export-csv",
      "job-search-journal:import-spreadsheet",
      "job-search-journal:log-interview",
      "job-search-journal:new-interview-debrief",
      "job-search-journal:new-interview-note",
      "job-search-journal:open-board",
      "job-search-journal:open-follow-ups",
      "job-search-journal:open-statistics",
      "job-search-journal:record-reply",
    ]);
    expect(h.app.viewRegistry.has("job-search-journal-follow-ups")).toBe(true);
    expect(h.app.ribbon.querySelector('[aria-label="Open follow-ups due"]')).not.toBeNull();
    expect(h.app.ribbon.querySelector('[aria-label="Open the pipeline board"]')).not.toBeNull();
    // Obsidian 1.10 and later: the board is a view type of Bases too.
    expect([...h.app.basesViews.keys()]).toEqual(["job-search-journal-board"]);
    expect(h.app.settingTabs).toHaveLength(1);
    expect(h.statusText()).toBe("");
    expect(h.app.metadataCache.listenerCount("changed")).toBe(0);
    h.app.workspace.triggerLayoutReady();
    await flush();
    // Built from the metadata cache: no file is read (the example vault has no broken YAML).
    expect(read).not.toHaveBeenCalled();
    expect(cachedRead).not.toHaveBeenCalled();
    // Counts over the example vault are approvals: a kind added later changes them, through `vitest -u`.
    expect(h.statusText()).toMatchSnapshot();
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
    expect(el.querySelector(".jsj-pipeline-line")?.textContent).toBe(
      "10 active applications · 7 awaiting reply · 1 offer",
    );
    expect(el.querySelector(".jsj-keep-applying")).toBeNull();
    expect(h.sectionTitles()).toMatchSnapshot();
    const ask = h.findItem("Ask for contact details at Tyrell before you leave");
    expect(ask.querySelector(".jsj-item-note")?.textContent).toBe("No email on file for Rachael Rosen");
    // Its next step is typing in the emails; it leaves when they are on file.
    expect([...ask.querySelectorAll("button.jsj-action")].map((b) => b.getAttribute("aria-label"))).toEqual([
      "Add emails: Ask for contact details at Tyrell before you leave",
      "Snooze: Ask for contact details at Tyrell before you leave",
    ]);
    const tom = h.findItem("Send a thank-you to Tom Becker");
    expect(tom.querySelector(".jsj-due")?.textContent).toBe("due in 5 hours · 12 Mar 14:00");
    expect(tom.querySelector(".jsj-context")?.textContent).toBe("Acme · Backend Engineer · onsite");
    // One labelled button, the next thing to do (draft it), accent-coloured as it is due today;
    // the others are quiet icons with names, in the order they are used.
    const primary = tom.querySelector(".jsj-action-primary");
    expect([primary?.textContent, primary?.classList.contains("mod-cta")]).toEqual(["Draft", true]);
    expect(
      [...tom.querySelectorAll(".jsj-icon-action")].map((b) => [
        b.getAttribute("aria-label"),
        b.getAttribute("title"),
        b.getAttribute("data-icon"),
      ]),
    ).toEqual([
      // One name each, which Obsidian shows as the tooltip: no `title` for a second one.
      ["Sent: Send a thank-you to Tom Becker", null, "check"],
      [
        expect.stringMatching(/^Snooze all \d+ items of this note: Send a thank-you to Tom Becker$/),
        null,
        "alarm-clock-off",
      ],
    ]);
    // A follow-up due next week is not urgent, and does not look it.
    expect(
      h
        .findItem("Follow up with Acme by email (1 of 2)")
        .querySelector(".jsj-action-primary")
        ?.classList.contains("mod-cta"),
    ).toBe(false);
    expect(h.findItem("Send a thank-you to Monica Hall").querySelector(".jsj-item-note")?.textContent).toMatch(
      /^No email on file/,
    );
    expect(h.findItem("Follow up with Globex by phone (1 of 2)").querySelector(".jsj-due")?.textContent).toBe(
      "1 day overdue · 11 Mar",
    );
    expect(el.querySelector(".jsj-problem")?.textContent).toContain('interview_date "next tuesday" is not a date');
    // Every control is a real, labelled button: usable from the keyboard.
    for (const b of el.querySelectorAll("button.jsj-action")) expect(b.getAttribute("aria-label")).toMatch(/: /);
  });

  it("a pipeline below the threshold says to keep applying", async () => {
    const h = await startPlugin({ "a.md": "---\ntype: interview\ncompany: Acme\ninterview_date: 2026-03-11\n---\n" });
    const el = await h.openView();
    expect(el.querySelector(".jsj-keep-applying")?.textContent).toBe(
      "Only 1 application in progress: keep applying while you wait.",
    );
  });

  it("Done records the thank-you in `thanked` and its date in `thanked_on`, through vault.process, and the item leaves", async () => {
    const h = await startPlugin();
    await h.openView();
    const before = h.content(ACME);
    const due = parseInt(h.statusText(), 10);
    await h.click(h.findItem("Send a thank-you to Tom Becker").querySelector('[data-action="done"]')!);
    const after = h.content(ACME);
    expect(after).toBe(
      before
        .replace("thanked: []", "thanked: [Tom Becker]")
        .replace("status: waiting\n", "status: waiting\nthanked_on: 2026-03-12\n"),
    );
    expect(h.app.vault.writes).toEqual([{ api: "process", path: ACME }]);
    expect(h.itemTexts()).not.toContain("Send a thank-you to Tom Becker");
    expect(h.statusText()).toBe(`${due - 1} follow-ups due`);
    expect(h.notices()).toContain("Recorded your thank-you to Tom Becker, sent 12 March.");
  });

  it("Needs attention folds like every section, and stays folded", async () => {
    const h = await startPlugin();
    await h.openView();
    const toggle = () =>
      h.viewEl().querySelector<HTMLElement>('.jsj-problems .jsj-section-toggle[data-key="problems"]')!;
    expect(toggle().getAttribute("aria-expanded")).toBe("true");
    expect(h.viewEl().querySelectorAll(".jsj-problem").length).toBeGreaterThan(0);
    await h.click(toggle());
    expect(toggle().getAttribute("aria-expanded")).toBe("false");
    expect(h.viewEl().querySelectorAll(".jsj-problem")).toHaveLength(0);
    expect((h.app.pluginData.get("job-search-journal") as { view: { collapsed: string[] } }).view.collapsed).toContain(
      "problems",
    );
  });

  it("an empty vault says what will appear and offers the three ways to begin, with no grouping to choose", async () => {
    const h = await startPlugin({ "Welcome.md": "# My vault\n" });
    await h.openView();
    const welcome = h.viewEl().querySelector(".jsj-welcome")!;
    expect(welcome.textContent).toContain("After each interview, what to do next appears here");
    const buttons = [...welcome.querySelectorAll("button")];
    expect(buttons.map((b) => b.textContent)).toEqual([
      "New interview note",
      "Import from a spreadsheet",
      "Map my existing notes",
    ]);
    expect(h.viewEl().querySelector(".jsj-grouping")).toBeNull();
    expect(h.viewEl().querySelector(".jsj-empty")).toBeNull();
    await h.click(buttons[0]!);
    expect(h.lastModal().titleEl.textContent).toBe("New interview note");
    h.lastModal().close();
    await h.click(buttons[1]!);
    expect((h.lastSuggest() as unknown as { shownTexts(): string[] }).shownTexts()).toEqual([
      "Choose a file on this device…",
    ]);
    await h.click(buttons[2]!);
    await flush();
    expect(h.lastModal().titleEl.textContent).toBe("Map my existing notes");
  });

  it("opens an item's note on a click, in a new tab with Ctrl/Cmd or the middle button", async () => {
    const h = await startPlugin();
    await h.openView();
    const title = h.findItem("Send a thank-you to Tom Becker").querySelector(".jsj-item-title")!;
    const tabs = () => h.app.workspace.getLeavesOfType("markdown").length;
    title.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await flush();
    const one = tabs();
    title.dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await flush();
    expect(tabs()).toBe(one);
    title.dispatchEvent(new MouseEvent("click", { bubbles: true, ctrlKey: true }));
    await flush();
    expect(tabs()).toBe(one + 1);
    title.dispatchEvent(new MouseEvent("auxclick", { bubbles: true, button: 1 }));
    await flush();
    expect(tabs()).toBe(one + 2);
  });

  it("follows frontmatter edited by hand, renames and deletions", async () => {
    const h = await startPlugin();
    await h.openView();
    await h.app.vault.modify(
      h.app.vault.getFileByPath(ACME)! as never,
      h.content(ACME).replace("status: waiting", "status: rejected"),
    );
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
    expect(h.findItem("Send a thank-you to Tom Becker").querySelector(".jsj-due")?.textContent).toBe(
      "due in 5 hours · 12 Mar 14:00",
    );
    // Six hours later (the clock jumps, as after a laptop's sleep), then the minute's tick.
    vi.setSystemTime(Date.now() + 6 * 3600_000 - 60_000);
    vi.advanceTimersByTime(60_000);
    await flush();
    expect(h.findItem("Send a thank-you to Tom Becker").querySelector(".jsj-due")?.textContent).toBe(
      "1 hour overdue · 12 Mar 14:00",
    );
    expect(h.sectionTitles()[0]).toMatchSnapshot();
  });

  it("Add emails records each email where it is read from: the interview note, or the person note of a link", async () => {
    const tyrell = "Interviews/2026-03-13 Tyrell - Staff Engineer (onsite).md";
    const h = await startPlugin();
    await h.openView();
    await h.click(
      h.findItem("Ask for contact details at Tyrell before you leave").querySelector(".jsj-action-primary")!,
    );
    const modal = h.lastModal();
    expect(modal.titleEl.textContent).toBe("Contact details at Tyrell");
    const input = modal.contentEl.querySelector<HTMLInputElement>('input[aria-label="Email of Rachael Rosen"]')!;
    input.value = "not an email";
    input.dispatchEvent(new Event("input"));
    await h.click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Record emails")!);
    expect(modal.contentEl.querySelector(".jsj-error")?.textContent).toBe(
      'Not an email address: Rachael Rosen: "not an email".',
    );
    input.value = "rachael@tyrell.example";
    input.dispatchEvent(new Event("input"));
    await h.click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Record emails")!);
    await flush();
    await h.saveAll();
    expect(h.content(tyrell)).toContain(
      "  - Eldon Tyrell <eldon@tyrell.example>\n  - Rachael Rosen <rachael@tyrell.example>\nstatus: scheduled\n",
    );
    expect(h.itemTexts()).not.toContain("Ask for contact details at Tyrell before you leave");
    expect(h.notices()).toContain("Recorded the email of Rachael Rosen (Tyrell).");
  });

  it("Add emails on a linked interviewer writes the person note's email", async () => {
    const h = await startPlugin({
      "Interviews/x.md":
        '---\ntype: interview\ncompany: Initrode\ninterview_date: 2026-03-12T15:00\ninterviewers: ["[[Peter Gibbons]]"]\n---\n',
      "People/Peter Gibbons.md": "---\nrole: manager\n---\nMet at the meetup.\n",
    });
    await h.openView();
    await h.click(
      h.findItem("Ask for contact details at Initrode before you leave").querySelector(".jsj-action-primary")!,
    );
    const input = h
      .lastModal()
      .contentEl.querySelector<HTMLInputElement>('input[aria-label="Email of Peter Gibbons"]')!;
    input.value = "peter@initrode.example";
    input.dispatchEvent(new Event("input"));
    await h.click(
      [...h.lastModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Record emails")!,
    );
    await flush();
    await h.saveAll();
    expect(h.content("People/Peter Gibbons.md")).toBe(
      "---\nrole: manager\nemail: peter@initrode.example\n---\nMet at the meetup.\n",
    );
    expect(h.content("Interviews/x.md")).not.toContain("peter@");
  });

  it("groups by application on request, folds sections, and remembers both", async () => {
    const h = await startPlugin();
    const el = await h.openView();
    await h.click(
      [...el.querySelectorAll<HTMLButtonElement>(".jsj-grouping-option")].find(
        (b) => b.textContent === "By application",
      )!,
    );
    await flush();
    expect(h.sectionTitles().slice(0, 4)).toMatchSnapshot();
    expect(h.viewEl().querySelector('.jsj-section[data-key^="app:acme"] .jsj-section-subtitle')?.textContent).toBe(
      "onsite, 11 Mar 14:00",
    );
    await h.click(h.viewEl().querySelector<HTMLButtonElement>('.jsj-section-toggle[data-key^="app:acme"]')!);
    await flush();
    const acme = h.viewEl().querySelector('.jsj-section[data-key^="app:acme"]')!;
    expect([
      acme.querySelector(".jsj-section-toggle")?.getAttribute("aria-expanded"),
      acme.querySelectorAll(".jsj-item").length,
    ]).toEqual(["false", 0]);
    // Saved with the settings: the next start draws it the same way.
    const saved = h.app.pluginData.get("job-search-journal") as { view: { groupBy: string; collapsed: string[] } };
    expect(saved.view).toMatchObject({ groupBy: "application", collapsed: ["app:acme\u0000backend engineer"] });
    const again = await startPlugin(undefined, { data: saved });
    await again.openView();
    expect(
      again
        .viewEl()
        .querySelector('.jsj-section[data-key^="app:acme"] .jsj-section-toggle')
        ?.getAttribute("aria-expanded"),
    ).toBe("false");
  });

  it("a right click opens every action of the item, and says what Snooze hides", async () => {
    const h = await startPlugin();
    await h.openView();
    h.findItem("Send a thank-you to Tom Becker").dispatchEvent(new MouseEvent("contextmenu", { bubbles: true }));
    expect(h.lastMenu().items.map((i) => i.title)).toEqual([
      "Draft",
      "Sent",
      "Open the note",
      expect.stringMatching(/^Snooze hides all \d+ items of Acme · Backend Engineer · onsite$/),
      "Snooze 1 day",
      "Snooze 3 days",
      "Snooze 1 week",
      "Snooze 2 weeks",
    ]);
    h.lastMenu().click("Sent");
    await flush();
    expect(h.content("Interviews/2026-03-11 Acme - Backend Engineer (onsite).md")).toContain("thanked: [Tom Becker]");
  });

  it("Draft on one person's thank-you opens that person's draft; the others are one click away", async () => {
    const h = await startPlugin();
    await h.openView();
    await h.click(h.findItem("Send a thank-you to Lena Fischer").querySelector(".jsj-action-primary")!);
    await flush();
    const modal = h.lastModal();
    expect(modal.titleEl.textContent).toBe("Thank-you note to Lena Fischer: Acme");
    expect([...modal.contentEl.querySelectorAll(".jsj-draft h3")].map((e) => e.textContent)).toEqual([
      "To Lena Fischer <lena.fischer@acme.io>",
    ]);
    const others = modal.contentEl.querySelector(".jsj-more-drafts") as HTMLButtonElement;
    expect(others.textContent).toBe("Drafts for the others: Priya Raman, Tom Becker");
    await h.click(others);
    expect(modal.contentEl.querySelectorAll(".jsj-draft")).toHaveLength(3);
    // Mark as sent on the draft shown first records Lena, not whoever comes first in the note.
    await h.click(modal.contentEl.querySelector(".jsj-draft button.mod-cta")!);
    await flush();
    expect(h.content("Interviews/2026-03-11 Acme - Backend Engineer (onsite).md")).toContain("thanked: [Lena Fischer]");
  });

  it("after an action the keyboard stays in place: on the next item when the item left", async () => {
    const h = await startPlugin();
    const el = await h.openView();
    // In Obsidian the view is in the document; the fake's leaves are not until attached.
    el.ownerDocument.body.appendChild(el);
    const sent = h.findItem("Send a thank-you to Lena Fischer").querySelector<HTMLElement>('[data-action="done"]')!;
    sent.focus();
    await h.click(sent);
    await flush();
    expect(h.itemTexts()).not.toContain("Send a thank-you to Lena Fischer");
    const active = el.ownerDocument.activeElement as HTMLElement;
    expect([
      active.closest(".jsj-item")?.querySelector(".jsj-item-title")?.textContent,
      active.getAttribute("data-action"),
    ]).toEqual(["Send a thank-you to Priya Raman", "draft"]);
  });

  it("Snooze offers the choices of the core's table (VS Code offers the same), and hides the note's items", async () => {
    const h = await startPlugin();
    await h.openView();
    await h.click(h.findItem("Follow up with Globex by phone (1 of 2)").querySelector('[data-action="snooze"]')!);
    expect(h.lastMenu().items.map((i) => [i.title, i.disabled])).toEqual([
      [
        expect.stringMatching(
          /^Snooze hides (this item \(|all \d+ items of )Globex · Product Manager · phone screen\)?$/,
        ),
        true,
      ],
      ...SNOOZE_CHOICES.map((c) => [`Snooze ${c.label}`, false]),
    ]);
    expect(SNOOZE_CHOICES.map((c) => c.label)).toEqual(["1 day", "3 days", "1 week", "2 weeks"]);
    h.lastMenu().click("Snooze 3 days");
    await flush();
    expect(h.content("Interviews/2026-03-05 Globex - Product Manager (phone screen).md")).toContain(
      "snooze_until: 2026-03-15\n---",
    );
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
    const files = {
      ...exampleVaultFiles(),
      "Interviews/Broken.md": "---\ntype: interview\ncompany: [Oops\ninterview_date: 2026-03-10\n---\n",
    };
    const h = await startPlugin(files);
    const el = await h.openView();
    await flush();
    expect([...el.querySelectorAll(".jsj-problem .jsj-item-title")].map((e) => e.textContent)).toContain(
      "Broken, line 4",
    );
    expect(h.sectionTitles()).toEqual(expect.arrayContaining([expect.stringMatching(/^Overdue \(\d+\)$/)]));
  });
});

describe("a long list", () => {
  it("shows 25 items per section and the rest on demand", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++)
      files[`I/${i}.md`] =
        `---\ntype: interview\ncompany: Co${i}\ninterview_date: 2026-03-01\ninterviewers: [Ann]\ndebriefed: 2026-03-01\nfollow_up_1: 2026-03-02\n---\n`;
    const h = await startPlugin(files);
    const el = await h.openView();
    // A thank-you and a follow-up each (and an item of any kind added since).
    const overdue = Number(/^Overdue \((\d+)\)$/.exec(h.sectionTitles()[0] ?? "")?.[1]);
    expect(overdue).toBeGreaterThanOrEqual(80);
    expect(el.querySelectorAll(".jsj-section-overdue .jsj-item")).toHaveLength(25);
    const more = el.querySelector<HTMLButtonElement>(".jsj-section-overdue .jsj-show-more")!;
    expect(more.textContent).toBe(`Show ${overdue - 25} more`);
    await h.click(more);
    expect(el.querySelectorAll(".jsj-section-overdue .jsj-item")).toHaveLength(50);
    while (el.querySelector(".jsj-section-overdue .jsj-show-more"))
      await h.click(el.querySelector(".jsj-section-overdue .jsj-show-more")!);
    expect(el.querySelectorAll(".jsj-section-overdue .jsj-item")).toHaveLength(overdue);
    expect(el.querySelector(".jsj-section-overdue .jsj-show-more")).toBeNull();
  });
});
