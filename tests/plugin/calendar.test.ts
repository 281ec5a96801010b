// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { readEvents } from "../helpers/ical";
import { exampleVaultFiles, flush, startPlugin } from "../helpers/plugin-harness";

/** The notices of these tests, without the daily nudge that a start with items due shows first. */
const said = (h: { notices(): string[] }): string[] => h.notices().filter((n) => !n.startsWith("Job Search Journal: "));

const PATH = "Job search follow-ups.ics";
const ACME = "Interviews/2026-03-11 Acme - Backend Engineer (onsite).md";

afterEach(() => {
  vi.useRealTimers();
});

/** Lets the debounced refresh run. */
async function settle(): Promise<void> {
  await vi.advanceTimersByTimeAsync(2500);
  await flush();
}

describe("Export follow-ups to calendar file", () => {
  it("writes one event per follow-up, with links into this vault, and says so", async () => {
    const h = await startPlugin();
    await h.runCommand("export-calendar");
    const events = readEvents(h.content(PATH));
    expect(said(h)).toEqual([`Wrote ${events.length} follow-ups to ${PATH}.`]);
    await h.openView();
    expect(events.map((e) => e.summary.split(" · ")[0]).sort()).toEqual([...h.itemTexts()].sort());
    const thanks = events.find(
      (e) => e.summary === "Send a thank-you to Priya Raman · 2026-03-11 Acme - Backend Engineer (onsite)",
    );
    expect(thanks?.description).toContain(
      "obsidian://open?vault=Job%20search&file=Interviews%2F2026-03-11%20Acme%20-%20Backend%20Engineer%20(onsite)",
    );
    expect(thanks?.startDate.toString()).toBe("2026-03-12");
  });

  it("does not write again while nothing changed", async () => {
    const h = await startPlugin();
    await h.runCommand("export-calendar");
    const writes = h.app.vault.writes.length;
    await h.runCommand("export-calendar");
    expect(h.app.vault.writes.length).toBe(writes);
    expect(said(h)[1]).toMatch(/^Job search follow-ups\.ics is up to date \(\d+ follow-ups\)\.$/);
  });

  it("refuses a path whose folder is a file", async () => {
    const h = await startPlugin(
      { ...exampleVaultFiles(), Calendars: "a file\n" },
      { data: { calendar: { path: "Calendars/follow-ups.ics" } } },
    );
    await h.runCommand("export-calendar");
    expect(said(h)).toEqual(["Calendar not written: Calendars is a file, not a folder."]);
    expect(h.content("Calendars")).toBe("a file\n");
  });

  it("creates the folder of the path chosen in the settings", async () => {
    const h = await startPlugin(exampleVaultFiles(), { data: { calendar: { path: "Calendars/Job search.ics" } } });
    await h.runCommand("export-calendar");
    expect(h.content("Calendars/Job search.ics")).toMatch(/^BEGIN:VCALENDAR\r\n/);
  });

  it("never writes over a file it did not write", async () => {
    const h = await startPlugin({ ...exampleVaultFiles(), [PATH]: "my own calendar notes\n" });
    await h.runCommand("export-calendar");
    expect(h.content(PATH)).toBe("my own calendar notes\n");
    expect(said(h)).toEqual([
      `Calendar not written: ${PATH} is not a calendar written by Job Search Journal; it is left as it is.`,
    ]);
  });

  it("says so when run before the notes are read", async () => {
    const h = await startPlugin(exampleVaultFiles(), { layoutReady: false });
    await h.runCommand("export-calendar");
    expect(said(h)).toEqual(["Calendar not written: the interview notes are still being read; try again in a moment."]);
    expect(h.app.vault.getFileByPath(PATH)).toBeNull();
  });

  it("keeps the default path when the saved one is not an .ics file in the vault", async () => {
    const h = await startPlugin(exampleVaultFiles(), { data: { calendar: { path: "../outside.txt" } } });
    expect(h.plugin.app.vault.getName()).toBe("Job search");
    await h.runCommand("export-calendar");
    expect(h.content(PATH)).toContain("BEGIN:VCALENDAR");
  });
});

describe("keeping the calendar file current", () => {
  it("is off by default: no file appears unasked", async () => {
    const h = await startPlugin();
    await settle();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    expect(h.app.vault.getFileByPath(PATH)).toBeNull();
  });

  it("when on, writes once things settle and again after each change, not on every tick", async () => {
    const h = await startPlugin(exampleVaultFiles(), { data: { calendar: { keepCurrent: true } } });
    expect(h.app.vault.getFileByPath(PATH)).toBeNull();
    await settle();
    const before = readEvents(h.content(PATH));
    expect(before.some((e) => e.summary.startsWith("Send a thank-you to Priya Raman"))).toBe(true);

    // Minute ticks with nothing new: the file is not written again.
    const writes = h.app.vault.writes.filter((w) => w.path === PATH).length;
    await vi.advanceTimersByTimeAsync(3 * 60_000);
    await flush();
    expect(h.app.vault.writes.filter((w) => w.path === PATH)).toHaveLength(writes);

    // Thank Priya from the sidebar: her event goes, every other keeps its UID.
    await h.openView();
    const item = h.findItem("Send a thank-you to Priya Raman");
    await h.click(item.querySelector(".jsj-action-done")!);
    await h.saveAll();
    await settle();
    const after = readEvents(h.content(PATH));
    expect(after.some((e) => e.summary.startsWith("Send a thank-you to Priya Raman"))).toBe(false);
    expect(after.length).toBe(before.length - 1);
    expect(after.every((e) => before.some((b) => b.uid === e.uid))).toBe(true);
    expect(h.content(ACME)).toContain("Priya Raman");
  });

  it("shows a failed write once, not every minute", async () => {
    const h = await startPlugin(exampleVaultFiles(), { data: { calendar: { keepCurrent: true } } });
    vi.spyOn(h.app.vault, "create").mockRejectedValue(new Error("disk full"));
    await settle();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await flush();
    expect(said(h).filter((n) => n.startsWith("Calendar not written"))).toEqual(["Calendar not written: disk full"]);
  });

  it("shows a refusal once, not every minute", async () => {
    const h = await startPlugin(
      { ...exampleVaultFiles(), [PATH]: "mine\n" },
      { data: { calendar: { keepCurrent: true } } },
    );
    await settle();
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    await flush();
    expect(said(h).filter((n) => n.startsWith("Calendar not written"))).toHaveLength(1);
    expect(h.content(PATH)).toBe("mine\n");
  });
});
