// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { vaultSamples, vaultTemplateFolders } from "../../src/cli/commands/suggest-config";
import { replyOptions } from "../../src/core/editing/choices";
import { suggestConfig } from "../../src/core/mapping/suggest-config";
import { loadSettings } from "../../src/core/settings/settings-load";
import { startPlugin, type Harness } from "../helpers/plugin-harness";

afterEach(() => {
  vi.useRealTimers();
});

/** A vault that keeps interviews in the text: positions with App-Stage, mapped as Map my existing notes maps it. */
const VAULT = "tests/corpus/metadata-menu-positions/vault";
const LITWARE = "30 Records/10 Positions/Backend Developer Litware.md";

function mappedConfig(): Record<string, unknown> {
  return suggestConfig(vaultSamples(VAULT), undefined, { templateFolders: vaultTemplateFolders(VAULT) }).config;
}

async function mappedVault(): Promise<Harness> {
  const { vaultFiles } = await import("../../scripts/vault-files.mjs");
  return startPlugin(vaultFiles(VAULT), { now: new Date(2026, 2, 12, 9, 0), data: mappedConfig() });
}

function fill(h: Harness, name: string, value: string): void {
  const input = h.lastModal().contentEl.querySelector<HTMLInputElement>(`input[aria-label="${name}"]`)!;
  input.value = value;
  input.dispatchEvent(new Event("input"));
}

describe("Log an interview", () => {
  it("from Needs attention: writes the date, the people and the stage, and the interview's follow-ups appear", async () => {
    const h = await mappedVault();
    await h.openView();
    const problem = [...h.viewEl().querySelectorAll(".jsj-problem")].find(
      (li) => li.querySelector(".jsj-item-title")?.getAttribute("title") === `Open ${LITWARE}`,
    )!;
    expect(problem.textContent).toContain("interview_date is missing");
    const before = h.content(LITWARE);
    await h.click([...problem.querySelectorAll("button")].find((b) => b.textContent === "Log an interview")!);
    expect(h.lastModal().titleEl.textContent).toBe("Log an interview at Litware");
    fill(h, "Date", "2026-03-10");
    fill(h, "Time", "14:00");
    fill(h, "People", "Ravi Patel; Ana Souza <ana@litware.example>");
    fill(h, "Stage", "onsite");
    await h.click(
      [...h.lastModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Log the interview")!,
    );
    const after = h.content(LITWARE);
    // Ravi is in Contacts already (as a link): only Ana is added; the rest is two new lines.
    const added = after.split("\n").filter((l) => !before.split("\n").includes(l));
    expect(added).toEqual(["  - Ana Souza <ana@litware.example>", "interview_date: 2026-03-10T14:00", "stage: onsite"]);
    expect(before.split("\n").every((l) => after.split("\n").includes(l))).toBe(true);
    expect(h.itemTexts()).toEqual(
      expect.arrayContaining(["Send a thank-you to Ana Souza", "Write your Litware debrief while it is fresh"]),
    );
    expect(h.notices().at(-1)).toBe(
      "Logged your Litware · Backend Developer interview on 10 March with Ravi Patel, Ana Souza.",
    );
  });

  it("the command, on an application not interviewed yet: the status becomes the vault's interviewing word", async () => {
    const h = await mappedVault();
    const path = "30 Records/10 Positions/Data Engineer Northwind.md";
    await h.openNote(path);
    await h.runCommand("log-interview");
    fill(h, "Date", "2026-03-13");
    await h.click(
      [...h.lastModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Log the interview")!,
    );
    // The note is open: the write went through its editor, and reaches the disk on save.
    await h.saveAll();
    expect(h.content(path)).toContain("App-Stage: Interview\n");
    expect(h.content(path)).toContain("interview_date: 2026-03-13\n");
  });

  it("refuses a closed application with the reason, and writes nothing", async () => {
    const h = await mappedVault();
    const path = "30 Records/10 Positions/Cloud Engineer Lamna.md";
    const before = h.content(path);
    await h.openNote(path);
    await h.runCommand("log-interview");
    fill(h, "Date", "2026-03-13");
    await h.click(
      [...h.lastModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Log the interview")!,
    );
    expect(h.lastModal().contentEl.querySelector(".jsj-error")?.textContent).toBe(
      "App-Stage is no-go (closed): set it to where the application stands first.",
    );
    expect(h.content(path)).toBe(before);
  });
});

describe("Log an interview, filled in from the note", () => {
  const ACME = "Interviews/2026-03-11 Acme - Backend Engineer (onsite).md";
  const value = (h: Harness, name: string) =>
    h.lastModal().contentEl.querySelector<HTMLInputElement>(`input[aria-label="${name}"]`)!.value;
  const submit = (h: Harness) =>
    h.click(
      [...h.lastModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Log the interview")!,
    );

  it("starts from the note's interview, and the same day without a time keeps the time", async () => {
    const h = await startPlugin();
    const before = h.content(ACME);
    await h.openNote(ACME);
    await h.runCommand("log-interview");
    expect([value(h, "Date"), value(h, "Time"), value(h, "Stage")]).toEqual(["2026-03-11", "14:00", "onsite"]);
    expect(value(h, "People")).toContain("Tom Becker <tom.becker@acme.io>");
    fill(h, "Time", "");
    await submit(h);
    await h.saveAll();
    expect(h.content(ACME)).toBe(before);
  });

  it("says which field is missing", async () => {
    const h = await startPlugin();
    await h.openNote(ACME);
    await h.runCommand("log-interview");
    const error = () => h.lastModal().contentEl.querySelector(".jsj-error")?.textContent;
    fill(h, "Date", "");
    await submit(h);
    expect(error()).toBe("Date: give the day of the interview.");
  });
});

describe("Record reply in the vault's own words", () => {
  it("the choices are the core's table; Rejected writes the vault's spelling, Next round its interviewing word", async () => {
    const h = await mappedVault();
    const path = "30 Records/10 Positions/Platform Engineer Fabrikam.md";
    await h.openNote(path);
    await h.runCommand("record-reply");
    const select = h.lastModal().contentEl.querySelector<HTMLSelectElement>('select[aria-label="What they said"]')!;
    const settings = loadSettings(mappedConfig()).settings;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      "Keep the status",
      ...replyOptions(settings).map((o) => o.label),
      "Other…",
    ]);
    expect(replyOptions(settings).map((o) => o.status)).toEqual(["Interview", "Offered", "No-Go"]);
    select.value = "next-round";
    select.dispatchEvent(new Event("change"));
    await h.click(
      [...h.lastModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Record reply")!,
    );
    await h.saveAll();
    expect(h.content(path)).toContain("App-Stage: Interview\n");
  });
});
