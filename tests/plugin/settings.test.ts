// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { defaultSettings } from "../../src/core/settings/settings";
import type { JobSearchSettingTab } from "../../src/plugin/settings-tab";
import { exampleVaultFiles, flush, startPlugin, type Harness } from "../helpers/plugin-harness";

afterEach(() => {
  vi.useRealTimers();
});

function tab(h: Harness): JobSearchSettingTab {
  const t = h.app.settingTabs[0] as JobSearchSettingTab;
  // What Obsidian before 1.13 calls; from 1.13 it renders getSettingDefinitions(), checked below.
  const legacy: { display(): void } = t;
  legacy.display();
  return t;
}

function row(t: JobSearchSettingTab, name: string): HTMLElement {
  const el = [...t.containerEl.querySelectorAll(".setting-item")].find(
    (s) => s.querySelector(".setting-item-name")?.textContent === name,
  );
  if (!el) throw new Error(`no setting "${name}"`);
  return el as HTMLElement;
}

async function type(el: HTMLElement, value: string): Promise<void> {
  const input = el.querySelector("input")!;
  input.value = value;
  input.dispatchEvent(new Event("input"));
  await flush();
}

describe("the settings tab", () => {
  it("shows every group, and the same rows for Obsidian's settings search", async () => {
    const h = await startPlugin();
    const t = tab(h);
    const headings = [...t.containerEl.querySelectorAll(".setting-item-heading .setting-item-name")].map(
      (e) => e.textContent,
    );
    expect(headings).toEqual([
      "Getting started",
      "Finding interview notes",
      "Timing",
      "Statuses",
      "Property names",
      "Interviews kept as notes of their own",
      "Templates",
      "Calendar",
      "Display",
    ]);
    // What most people set comes first: their notes mapped, the folder, the name on the drafts, the nudge.
    const first = [...t.containerEl.querySelectorAll(".setting-item-name")].slice(1, 6).map((e) => e.textContent);
    expect(first).toEqual([
      "Map my existing notes",
      "New notes folder",
      "Your name",
      "Your contact details",
      "Daily nudge",
    ]);
    const defs = (t.getSettingDefinitions() as { heading?: string; items: unknown[] }[]).slice(1);
    expect(defs.map((d) => d.heading)).toEqual(headings);
    expect(defs.reduce((n, d) => n + d.items.length, 0)).toBe(
      t.containerEl.querySelectorAll(".setting-item").length - headings.length,
    );
  });

  it("says the advice in plain words, never a reference users cannot look up", async () => {
    const h = await startPlugin();
    const text = tab(h).containerEl.textContent ?? "";
    expect(text).not.toMatch(/article \d{3}/i);
    expect(row(tab(h), "Thank-you, hours after a timed interview").textContent).toContain(
      "Thank each interviewer within a day.",
    );
  });

  it("from Obsidian 1.13 the banner for settings that were not valid is a definition too, shown only then", async () => {
    const bad = await startPlugin(undefined, { data: { rules: { staleDays: -3 } } });
    const [banner] = tab(bad).getSettingDefinitions() as {
      items: { desc: string; visible: () => boolean; searchable: boolean }[];
    }[];
    expect(banner?.items[0]?.desc).toMatch(/^Some saved settings were not valid and kept their defaults: /);
    expect([banner?.items[0]?.visible(), banner?.items[0]?.searchable]).toEqual([true, false]);
    const good = await startPlugin();
    const [none] = tab(good).getSettingDefinitions() as { items: { visible: () => boolean }[] }[];
    expect(none?.items[0]?.visible()).toBe(false);
  });

  it("after Map my notes, Obsidian 1.13 re-reads the definitions (update), an older one redraws", async () => {
    const { fakeVersion } = await import("../fakes/obsidian");
    const h = await startPlugin();
    const t = tab(h) as JobSearchSettingTab & { updates: number };
    const before = t.updates;
    t.refresh();
    expect(t.updates).toBe(before + 1);
    fakeVersion.current = "1.8.10";
    try {
      const draw = vi.spyOn(t, "draw");
      t.refresh();
      expect([t.updates, draw.mock.calls.length]).toEqual([before + 1, 1]);
    } finally {
      fakeVersion.current = "1.13.1";
    }
  });

  it("a bad value gets an inline message and is not saved", async () => {
    const h = await startPlugin();
    const t = tab(h);
    const stale = row(t, "Drop thank-you, debrief and reference items this many days overdue");
    const before = structuredClone(h.app.pluginData.get("job-search-journal"));
    await type(stale, "-3");
    expect(stale.querySelector(".jsj-error")?.textContent).toBe(
      "rules.staleDays must be a whole number from 0 to 3650, not -3",
    );
    expect(h.app.pluginData.get("job-search-journal")).toEqual(before);
    await type(stale, "45");
    expect(stale.querySelector(".jsj-error")?.textContent).toBe("");
    expect((h.app.pluginData.get("job-search-journal") as { rules: { staleDays: number } }).rules.staleDays).toBe(45);
  });

  it("a key name used twice is refused", async () => {
    const h = await startPlugin();
    const t = tab(h);
    const status = row(t, "Status");
    await type(status, "stage");
    expect(status.querySelector(".jsj-error")?.textContent).toBe(
      'keys.status and keys.stage both use the property "stage"',
    );
  });

  it("a changed setting re-reads the vault: the view follows at once", async () => {
    const h = await startPlugin();
    await h.openView();
    const t = tab(h);
    // A status belongs to one class: out of Interviewing first, then into Closed.
    await type(row(t, "Interviewing"), "next round");
    await type(row(t, "Closed"), "accepted, rejected, withdrawn, closed, waiting, scheduled");
    expect(h.viewEl().querySelector(".jsj-pipeline-line")?.textContent).toBe(
      "1 active application · 0 awaiting reply · 1 offer",
    );
    expect(h.viewEl().querySelector(".jsj-keep-applying")?.textContent).toBe(
      "Only 1 application in progress: keep applying while you wait.",
    );
  });

  it("saved settings from an older version are migrated when the plugin loads", async () => {
    const h = await startPlugin(exampleVaultFiles(), {
      data: { interviewDateKey: "When", staleDays: 21, closedStatuses: "rejected, ghosted" },
    });
    const t = tab(h);
    expect(row(t, "Interview date").querySelector("input")?.value).toBe("When");
    expect(row(t, "Closed").querySelector("input")?.value).toBe("rejected, ghosted");
    expect(defaultSettings().keys.interviewDate).toBe("interview_date");
  });

  it("the status bar can be turned off", async () => {
    const h = await startPlugin();
    expect(h.statusText()).toMatch(/^\d+ follow-ups due$/);
    const t = tab(h);
    const toggle = row(t, "Status bar count").querySelector("input")!;
    toggle.checked = false;
    toggle.dispatchEvent(new Event("change"));
    await flush();
    expect(h.statusText()).toBe("");
  });
});

describe("the daily nudge", () => {
  it("says once a day what is to do today, with a button to the sidebar, and not again after a restart", async () => {
    const h = await startPlugin();
    const nudge = h.notices().find((n) => n.startsWith("Job Search Journal: "));
    expect(nudge).toMatch(/^Job Search Journal: \d+ follow-ups to do today: .+\.Open follow-ups$/);
    expect(h.notices()).toMatchSnapshot();
    const { Notice } = await import("../fakes/obsidian/ui");
    const notice = Notice.last!;
    await h.click((notice.message as DocumentFragment).querySelector("button")!);
    expect(notice.hidden).toBe(true);
    expect(h.app.workspace.getLeavesOfType("job-search-journal-follow-ups")).toHaveLength(1);
    // The day is remembered: the same day, no second nudge (a minute later, or after a restart).
    vi.advanceTimersByTime(60_000);
    await flush();
    expect(h.notices().filter((n) => n.startsWith("Job Search Journal: "))).toHaveLength(1);
    const saved = h.app.pluginData.get("job-search-journal");
    vi.useRealTimers();
    const again = await startPlugin(exampleVaultFiles(), { data: saved });
    expect(again.notices().filter((n) => n.startsWith("Job Search Journal: "))).toEqual([]);
  });

  it("comes again when the day turns, and never when turned off", async () => {
    const h = await startPlugin(exampleVaultFiles(), { now: new Date(2026, 2, 12, 23, 59) });
    expect(h.notices().filter((n) => n.startsWith("Job Search Journal: "))).toHaveLength(1);
    vi.advanceTimersByTime(2 * 60_000);
    await flush();
    expect(h.notices().filter((n) => n.startsWith("Job Search Journal: "))).toHaveLength(2);
    vi.useRealTimers();
    const off = await startPlugin(exampleVaultFiles(), { data: { dailyNudge: false } });
    expect(off.notices()).toEqual([]);
  });
});

describe("Map my existing notes", () => {
  it("reads a vault with its own schema, explains the proposal, and applies it on confirmation", async () => {
    const { vaultFiles } = await import("../../scripts/vault-files.mjs");
    const h = await startPlugin(vaultFiles("tests/fixtures/other-schema-vault"), { now: new Date(2026, 2, 12, 9, 0) });
    await h.openView();
    // Before: nothing in this vault is an interview note by the default schema.
    expect(h.itemTexts()).toEqual([]);
    const t = tab(h);
    await h.click(row(t, "Map my existing notes").querySelector("button")!);
    const modal = h.lastModal();
    expect(modal.titleEl.textContent).toBe("Map my existing notes");
    expect([...modal.contentEl.querySelectorAll(".jsj-map-reasons li")].map((li) => li.textContent)).toContain(
      'status: "App-Stage" (its name says status; values in 4 classes (applied, closed, interviewing, offer)) in 6 application notes',
    );
    expect([...modal.contentEl.querySelectorAll(".jsj-map-fields li")].map((li) => li.textContent)).toContain(
      "Status: App-Stage",
    );
    // Nothing is saved until Apply.
    expect(h.app.pluginData.get("job-search-journal")).toBeUndefined();
    await h.click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Apply")!);
    const saved = h.app.pluginData.get("job-search-journal") as {
      keys: Record<string, string>;
      interviewFolders: string[];
      personEmailKey: string;
    };
    expect(saved.keys).toMatchObject({
      status: "App-Stage",
      interviewers: "Contacts",
      interviewDate: "Interview-Date",
    });
    expect(saved.interviewFolders).toEqual(["Job Hunt/Applications"]);
    expect(saved.personEmailKey).toBe("Email");
    expect(h.itemTexts()).toContain("Send a thank-you to Dana Scully");
    expect(h.findItem("Send a thank-you to Dana Scully").querySelector(".jsj-email")?.textContent).toBe(
      "dana.scully@northwind.example",
    );
  });

  it("an application-centric vault: after Apply, the sidebar shows what a job seeker expects, drafts included", async () => {
    const { vaultFiles } = await import("../../scripts/vault-files.mjs");
    const h = await startPlugin(vaultFiles("tests/fixtures/application-vault"), { now: new Date(2026, 2, 12, 9, 0) });
    await h.openView();
    const t = tab(h);
    await h.click(row(t, "Map my existing notes").querySelector("button")!);
    await h.click([...h.lastModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Apply")!);
    // As `due` lists them after the same mapping (tests/cli/suggest-config.test.ts holds the list decided by hand).
    expect(h.itemTexts().sort()).toMatchSnapshot();
    expect(h.viewEl().querySelector(".jsj-pipeline-line")?.textContent).toBe(
      "4 active applications · 2 awaiting reply · 1 offer",
    );
    await h.click(
      h.findItem("Follow up on your application to Northwind Traders (1 of 2)").querySelector("[data-action=draft]")!,
    );
    expect(h.lastModal().titleEl.textContent).toBe("Application follow-up 1 of 2: Northwind Traders");
    expect((h.lastModal().contentEl.querySelector("textarea") as HTMLTextAreaElement).value).toMatch(
      /^Dear Northwind Traders team,\n\nI applied for the Senior Data Analyst role at Northwind Traders on Monday 2 March/,
    );
  });

  it("reviews before saving: a typo-like value first, placed by hand; the word written for closed; the due list follows", async () => {
    const { vaultFiles } = await import("../../scripts/vault-files.mjs");
    const h = await startPlugin(
      {
        ...vaultFiles("tests/corpus/status-and-last-round/vault"),
        ".obsidian/templates.json": '{"folder": "Templates"}',
      },
      { now: new Date(2026, 2, 12, 9, 0) },
    );
    await h.click(row(tab(h), "Map my existing notes").querySelector("button")!);
    const modal = h.lastModal();
    const names = [...modal.contentEl.querySelectorAll(".setting-item-name")].map((e) => e.textContent);
    // Status values, the one that looks like a typo first.
    expect(names.slice(0, 5)).toEqual(["Actve", "Active", "Offer", "Dead", "Rejected"]);
    const actve = [...modal.contentEl.querySelectorAll(".setting-item")].find(
      (e) => e.querySelector(".setting-item-name")?.textContent === "Actve",
    )!;
    expect(actve.querySelector(".setting-item-description")?.textContent).toBe("1 note: did you mean active?");
    const closedWord = modal.contentEl.querySelector<HTMLSelectElement>('select[aria-label="Closed is written as"]')!;
    expect(closedWord.value).toBe("Dead");
    const pipeline = () => modal.contentEl.querySelector(".jsj-map-preview .jsj-pipeline-line")?.textContent;
    expect(pipeline()).toBe("3 active · 0 awaiting reply · 1 offers · 1 to fix");
    const select = actve.querySelector("select")!;
    select.value = "applied";
    select.dispatchEvent(new Event("change"));
    expect(pipeline()).toBe("4 active · 0 awaiting reply · 1 offers · 0 to fix");
    expect(modal.contentEl.querySelector(".jsj-map-left-out")?.textContent).toContain(
      "Job Search/Job Search Dashboard.md: a dashboard (a dataview block)",
    );
    expect(h.app.pluginData.get("job-search-journal")).toBeUndefined();
    await h.click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === "Apply")!);
    const saved = h.app.pluginData.get("job-search-journal") as {
      statuses: Record<string, string[]>;
      writeStatuses: Record<string, string>;
      keys: Record<string, string>;
    };
    expect(saved.statuses.applied).toEqual(["Active", "applied", "submitted", "Actve"]);
    expect(saved.writeStatuses.closed).toBe("Dead");
    expect(saved.keys).toMatchObject({ status: "Status", stage: "Last Round" });
  });

  it("a vault where nothing reads like a status says so, and names the inline fields", async () => {
    const { vaultFiles } = await import("../../scripts/vault-files.mjs");
    const h = await startPlugin(vaultFiles("tests/corpus/dataview-inline-fields/vault"), {
      now: new Date(2026, 2, 12, 9, 0),
    });
    await h.openView();
    expect(h.viewEl().querySelector(".jsj-pipeline-line")?.textContent).toBe("No application notes yet.");
    expect(h.viewEl().querySelector(".jsj-keep-applying")).toBeNull();
    await h.click(row(tab(h), "Map my existing notes").querySelector("button")!);
    const text = h.lastModal().contentEl.textContent ?? "";
    expect(text).toContain("No property reads like an application status");
    expect(text).toContain("Status:: in 7 notes");
    expect([...h.lastModal().contentEl.querySelectorAll("button")].map((b) => b.textContent)).not.toContain("Apply");
  });

  it("a vault that already matches: nothing to apply, and it says why", async () => {
    const h = await startPlugin();
    const t = tab(h);
    await h.click(row(t, "Map my existing notes").querySelector("button")!);
    const modal = h.lastModal();
    expect(modal.contentEl.textContent).toContain(
      "Your notes already match: 13 notes are read as application notes with the current settings, so nothing is proposed.",
    );
    expect([...modal.contentEl.querySelectorAll("button")].map((b) => b.textContent)).not.toContain("Apply");
  });
});
