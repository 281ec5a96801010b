// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { exampleVaultFiles, startPlugin, type Harness } from "../helpers/plugin-harness";

/** The plugin on journals as people keep them, through the Obsidian fake. */

afterEach(() => {
  vi.useRealTimers();
});

const ACME = "Interviews/2026-03-11 Acme - Backend Engineer (onsite).md";
const HOOLI = "Jobs/Hooli.md";
const HOOLI_TEXT = `---
type: interview
company: Hooli
role: SRE
stage: technical
interview_date: 2026-03-02T16:00
interviewers: Gavin Belson <gavin@hooli.example>; Denpok <denpok@hooli.example>
thanked: Gavin Belson, Denpok
thanked_on: 2026-03-02
debriefed: 2026-03-02
status: waiting
---
One note for the whole application.
`;

function button(h: Harness, text: string): HTMLButtonElement {
  const b = [...h.lastModal().contentEl.querySelectorAll("button")].find((x) => x.textContent === text);
  if (!b) throw new Error(`no button "${text}" in: ${h.lastModal().contentEl.textContent}`);
  return b;
}

function setInput(el: HTMLInputElement | HTMLSelectElement, value: string): void {
  el.value = value;
  el.dispatchEvent(new Event(el instanceof HTMLSelectElement ? "change" : "input"));
}

function inputNamed(h: Harness, label: string): HTMLInputElement | HTMLSelectElement {
  const el = h.lastModal().contentEl.querySelector(`[aria-label="${label}"]`);
  if (!el) throw new Error(`no input "${label}"`);
  return el as HTMLInputElement;
}

describe("Record reply refuses what Check notes would report, until you insist", () => {
  it("a status in no class: the reason and the valid ones first, then Record anyway writes it", async () => {
    const h = await startPlugin();
    await h.openNote(ACME);
    await h.runCommand("record-reply");
    setInput(inputNamed(h, "What they said"), "other");
    setInput(inputNamed(h, "Other status"), "maybe later");
    await h.click(button(h, "Record reply"));
    expect(h.lastModal().contentEl.querySelector(".jsj-error")?.textContent).toMatch(
      /^"maybe later" is in no class of statuses; use one of: applied, .*\. Record anyway, and Check notes will list it\.$/,
    );
    await h.saveAll();
    expect(h.content(ACME)).not.toContain("maybe later");
    await h.click(button(h, "Record anyway"));
    await h.saveAll();
    expect(h.content(ACME)).toContain("status: maybe later");
  });

  it("a reply dated before the interview", async () => {
    const h = await startPlugin();
    await h.openNote(ACME);
    await h.runCommand("record-reply");
    setInput(inputNamed(h, "Date of the reply"), "2026-03-10");
    await h.click(button(h, "Record reply"));
    expect(h.lastModal().contentEl.querySelector(".jsj-error")?.textContent).toBe(
      "2026-03-10 is before the interview (2026-03-11T14:00), so it would count for an earlier round. Record anyway, and Check notes will list it.",
    );
  });
});

describe("one note for the whole application", () => {
  it("interviewers and thanked typed as one string: nobody is thanked twice, nothing is due for them", async () => {
    const h = await startPlugin({ [HOOLI]: HOOLI_TEXT }, { data: { interviewFolders: ["Jobs"] } });
    const view = await h.openView();
    const items = [...view.querySelectorAll(".jsj-item-title")].map((e) => e.textContent ?? "");
    expect(items.filter((t) => /thank-you|debrief|follow up/i.test(t))).toEqual([
      "Follow up with Hooli by email (1 of 2)",
    ]);
  });

  it("Next round in this note: the round goes to rounds, the note follows the next interview, the sidebar too", async () => {
    const h = await startPlugin(
      { [HOOLI]: HOOLI_TEXT },
      { data: { interviewFolders: ["Jobs"] }, now: new Date(2026, 2, 6, 9, 0) },
    );
    await h.openNote(HOOLI);
    await h.runCommand("record-reply");
    setInput(inputNamed(h, "What they said"), "next-round");
    await h.click(button(h, "Record reply"));
    await h.saveAll();
    // Not named per round: keeping this note is the suggested choice.
    expect(button(h, "Next round in this note").classList.contains("mod-cta")).toBe(true);
    await h.click(button(h, "Next round in this note"));
    setInput(inputNamed(h, "Date"), "2026-03-16");
    setInput(inputNamed(h, "Time"), "09:00");
    setInput(inputNamed(h, "Stage"), "onsite");
    await h.click(button(h, "Start the next round"));
    await h.saveAll();
    expect(h.content(HOOLI)).toBe(`---
type: interview
company: Hooli
role: SRE
stage: onsite
interview_date: 2026-03-16T09:00
interviewers: Gavin Belson <gavin@hooli.example>; Denpok <denpok@hooli.example>
status: scheduled
rounds:
  - "2026-03-02T16:00 technical: thanked Gavin Belson, Denpok, thanked_on 2026-03-02, debriefed 2026-03-02, replied 2026-03-06, status next round"
---
One note for the whole application.
`);
    const view = await h.openView();
    expect(view.querySelectorAll(".jsj-item")).toHaveLength(0);
  });

  it("a note named per round suggests a new note for the next round, as before", async () => {
    const h = await startPlugin(exampleVaultFiles());
    await h.openNote(ACME);
    await h.runCommand("record-reply");
    setInput(inputNamed(h, "What they said"), "next-round");
    await h.click(button(h, "Record reply"));
    await h.saveAll();
    expect(button(h, "Create the next interview note").classList.contains("mod-cta")).toBe(true);
    expect(button(h, "Next round in this note").classList.contains("mod-cta")).toBe(false);
  });

  it("the date moved by hand: the sidebar shows the new round, and Written keeps the old one in rounds", async () => {
    const moved = HOOLI_TEXT.replace("interview_date: 2026-03-02T16:00", "interview_date: 2026-03-16T09:00").replace(
      "stage: technical",
      "stage: onsite",
    );
    const h = await startPlugin(
      { [HOOLI]: moved },
      { data: { interviewFolders: ["Jobs"] }, now: new Date(2026, 2, 16, 18, 0) },
    );
    await h.openView();
    expect(h.findItem("Send a thank-you to Gavin Belson")).toBeTruthy();
    await h.click(h.findItem("Write your Hooli debrief while it is fresh").querySelector("[data-action=done]")!);
    await h.saveAll();
    expect(h.content(HOOLI)).toContain(
      'rounds:\n  - "before 2026-03-16T09:00: thanked Gavin Belson, Denpok, thanked_on 2026-03-02, debriefed 2026-03-02"\ndebriefed: 2026-03-16\n',
    );
    expect(h.content(HOOLI)).not.toMatch(/^thanked(_on)?:/m);
  });
});
