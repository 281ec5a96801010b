// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { exampleVaultFiles, startPlugin, type Harness } from "../helpers/plugin-harness";

const ACME = "Interviews/2026-03-11 Acme - Backend Engineer (onsite).md";

afterEach(() => {
  vi.useRealTimers();
});

/** Fills the modal's inputs in order and clicks the button with `submit` as its text. */
async function fill(h: Harness, values: string[], submit: string): Promise<void> {
  const modal = h.lastModal();
  const inputs = [...modal.contentEl.querySelectorAll("input, textarea")] as (HTMLInputElement | HTMLTextAreaElement)[];
  values.forEach((v, i) => {
    const input = inputs[i];
    if (!input) throw new Error(`no input ${i}`);
    input.value = v;
    input.dispatchEvent(new Event("input"));
  });
  await h.click([...modal.contentEl.querySelectorAll("button")].find((b) => b.textContent === submit)!);
}

/** What Open in email app opens: the mailto link with the subject and the body as they are now. */
function mailtoOf(draft: Element): string {
  const button = draft.querySelector<HTMLButtonElement>(".jsj-mailto");
  if (!button) return "(no mailto)";
  const open = vi.spyOn(window, "open").mockImplementation(() => null);
  button.click();
  const url = String(open.mock.calls.at(-1)?.[0] ?? "");
  open.mockRestore();
  return url;
}

function drafts(h: Harness): string {
  return [...h.lastModal().contentEl.querySelectorAll(".jsj-draft")]
    .map((d) =>
      [
        d.querySelector("h3")?.textContent,
        `Subject: ${d.querySelector<HTMLInputElement>(".jsj-draft-subject")?.value ?? ""}`,
        (d.querySelector("textarea") as HTMLTextAreaElement).value,
        mailtoOf(d),
      ].join("\n"),
    )
    .join("\n\n----\n\n");
}

// A note whose debrief says what was talked about, and whose company had news.
const DEBRIEFED = `---
type: interview
company: Initrode
role: Platform Engineer
stage: onsite
interview_date: 2026-03-11T10:00
interviewers:
  - "[[People/Ada Park|Ada]]"
  - Bo Chen <bo@initrode.example>
decision_by: 2026-03-18
---
## Company news
- 2026-03-02: Initrode opened an office in Lisbon.

## Debrief
### What we talked about with each interviewer
- Ada: the migration to event sourcing
- Bo Chen: how the team runs incident reviews
`;

describe("New interview note", () => {
  it("asks for the details, creates a readable, legal file name, fills the properties and opens it", async () => {
    const h = await startPlugin();
    await h.openView();
    await h.runCommand("new-interview-note");
    await fill(
      h,
      ["AT&T: R/D?", "Staff Engineer", "final", "2026-03-20", "15:30", "Ann Lee <ann@att.example>\n[[Raj Patel]]"],
      "Create note",
    );
    const path = "Interviews/2026-03-20 AT&T R D - Staff Engineer (final).md";
    expect(h.app.workspace.getActiveFile()?.path).toBe(path);
    await expect(h.content(path)).toMatchFileSnapshot("approved/new-interview-note.md");
    // Indexed at once: scheduled and not started yet, so it counts as active but raises no item.
    expect(h.itemTexts().some((t) => t.includes("AT&T"))).toBe(false);
    expect(h.viewEl().querySelector(".jsj-pipeline-line")?.textContent).toBe(
      "11 active applications · 7 awaiting reply · 1 offer",
    );
  });

  it("never overwrites an existing note", async () => {
    const h = await startPlugin();
    for (let i = 0; i < 2; i++) {
      await h.runCommand("new-interview-note");
      await fill(h, ["Acme", "Backend Engineer", "onsite", "2026-03-11"], "Create note");
    }
    expect(h.app.vault.getFileByPath(ACME)).not.toBeNull();
    expect(h.content(ACME)).toBe(exampleVaultFiles()[ACME]);
    expect(h.app.vault.getFileByPath("Interviews/2026-03-11 Acme - Backend Engineer (onsite) 2.md")).not.toBeNull();
    expect(h.app.vault.getFileByPath("Interviews/2026-03-11 Acme - Backend Engineer (onsite) 3.md")).not.toBeNull();
  });

  it("refuses an impossible date in the modal", async () => {
    const h = await startPlugin();
    await h.runCommand("new-interview-note");
    await fill(h, ["Acme", "", "", "2026-02-30"], "Create note");
    expect(h.lastModal().contentEl.querySelector(".jsj-error")?.textContent).toBe(
      "The date (and time, if given) must be a real date.",
    );
  });
});

describe("New interview debrief", () => {
  it("adds the debrief prompts to the current interview note, once", async () => {
    const h = await startPlugin();
    await h.openNote(ACME);
    await h.runCommand("new-interview-debrief");
    const view = h.app.workspace.activeLeaf?.view as unknown as { editor: { getValue(): string }; save(): void };
    view.save();
    await expect(h.content(ACME)).toMatchFileSnapshot("approved/debrief-added.md");
    await h.runCommand("new-interview-debrief");
    view.save();
    expect(h.content(ACME).match(/## Debrief/g)).toHaveLength(1);
    expect(h.notices().at(-1)).toBe("2026-03-11 Acme - Backend Engineer (onsite) already has a Debrief section.");
  });

  it("from any other note, asks which interview, newest first", async () => {
    const h = await startPlugin();
    await h.openNote("Job search plan.md");
    await h.runCommand("new-interview-debrief");
    const picker = h.lastSuggest();
    expect(picker.shownTexts().slice(0, 3)).toEqual([
      "2026-03-16 09:00 · Hooli · Site Reliability Engineer (onsite)",
      "2026-03-13 10:00 · Tyrell · Staff Engineer (onsite)",
      "2026-03-11 14:00 · Acme · Backend Engineer (onsite)",
    ]);
    picker.choose(2);
    await Promise.resolve();
    await new Promise((r) => setImmediate(r));
    expect(h.app.workspace.getActiveFile()?.path).toBe(ACME);
  });

  it("works on an interview note without frontmatter (found by folder); a broken note is not offered", async () => {
    const files = {
      "Jobs/Plain.md": "Notes from the call.\n",
      "Jobs/Broken.md": "---\ntype: interview\ncompany: [x\n---\n",
    };
    const h = await startPlugin(files, { data: { interviewFolders: ["Jobs"] } });
    await h.openNote("Jobs/Broken.md");
    await h.runCommand("new-interview-debrief");
    expect(h.lastSuggest().shownTexts()).toEqual(["no date · Plain"]);
    expect(h.content("Jobs/Broken.md")).toBe(files["Jobs/Broken.md"]);
    await h.openNote("Jobs/Plain.md");
    await h.runCommand("new-interview-debrief");
    (h.app.workspace.activeLeaf?.view as unknown as { save(): void }).save();
    expect(h.content("Jobs/Plain.md")).toMatch(/^Notes from the call\.\n\n## Debrief\n/);
  });
});

describe("Draft thank-you notes", () => {
  it("one short draft per interviewer not yet thanked, with what you talked about, the news, and a mailto link", async () => {
    const h = await startPlugin(
      { "Initrode.md": DEBRIEFED, "People/Ada Park.md": "---\nemail: ada@initrode.example\n---\n" },
      { data: { myName: "Alex Kim", myContact: "alex@example.com · +1 555 0100" } },
    );
    await h.openNote("Initrode.md");
    await h.runCommand("draft-thank-you-notes");
    await expect(drafts(h)).toMatchFileSnapshot("approved/thank-you-drafts.txt");
    // "Mark as sent" records the thank-you for that person.
    await h.click(
      [...h.lastModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Mark as sent")!,
    );
    await h.saveAll();
    expect(h.content("Initrode.md")).toContain("thanked:\n  - Ada Park\nthanked_on: 2026-03-12\n---");
  });

  it("the subject and the text can be changed: Copy and Open in email app take them as they are then", async () => {
    const h = await startPlugin(
      { "Initrode.md": DEBRIEFED, "People/Ada Park.md": "---\nemail: ada@initrode.example\n---\n" },
      { data: { myName: "Alex Kim" } },
    );
    await h.openNote("Initrode.md");
    await h.runCommand("draft-thank-you-notes");
    const draft = h.lastModal().contentEl.querySelector(".jsj-draft")!;
    const subject = draft.querySelector<HTMLInputElement>(".jsj-draft-subject")!;
    expect(subject.getAttribute("aria-label")).toBe("Subject for Ada Park");
    subject.value = "Thank you, Ada";
    const body = draft.querySelector("textarea")!;
    body.value = "Hi Ada, thank you.";
    expect(mailtoOf(draft)).toBe(
      "mailto:ada@initrode.example?subject=Thank%20you%2C%20Ada&body=Hi%20Ada%2C%20thank%20you.",
    );
    const copied = vi.fn(async () => Promise.resolve());
    Object.defineProperty(navigator, "clipboard", { value: { writeText: copied }, configurable: true });
    await h.click([...draft.querySelectorAll("button")].find((b) => b.textContent === "Copy")!);
    expect(copied).toHaveBeenCalledWith("Subject: Thank you, Ada\n\nHi Ada, thank you.");
    // The whole draft shows, its signature too.
    expect(Number(body.getAttribute("rows"))).toBeGreaterThanOrEqual(6);
  });

  it("says so when an interviewer has no email, and lists unknown placeholders of a user template", async () => {
    const files = {
      ...exampleVaultFiles(),
      "Templates/Thanks.md":
        "Subject: Thanks, {{first_name}}\n\nHi {{first_name}}, thanks from {{my_nmae}} about {{company}}.\n",
    };
    const h = await startPlugin(files, {
      data: { templates: { thankYou: "Templates/Thanks" }, excludeFolders: ["Templates"] },
    });
    await h.openNote("Interviews/2026-03-10 Pied Piper - Backend Engineer (onsite).md");
    await h.runCommand("draft-thank-you-notes");
    const text = h.lastModal().contentEl.textContent ?? "";
    expect(text).toContain("To Monica Hall");
    expect(text).toContain("No email on file");
    expect(text).toContain("Unknown placeholders left as they are: {{my_nmae}}");
    expect((h.lastModal().contentEl.querySelector("textarea") as HTMLTextAreaElement).value).toBe(
      "Hi Monica, thanks from {{my_nmae}} about Pied Piper.",
    );
  });
});

describe("Draft follow-up", () => {
  it.each([
    ["Interviews/2026-03-05 Globex - Product Manager (phone screen).md", "approved/follow-up-phone.txt"],
    ["Interviews/2026-02-20 Initech - Data Engineer (onsite).md", "approved/follow-up-second.txt"],
    ["Interviews/2026-02-10 Umbrella - Platform Engineer (final).md", "approved/follow-up-after-two.txt"],
  ])("%s", async (path, approved) => {
    const h = await startPlugin(exampleVaultFiles(), { data: { myName: "Alex Kim", myContact: "alex@example.com" } });
    await h.openNote(path);
    await h.runCommand("draft-follow-up");
    await expect(
      `${h.lastModal().titleEl.textContent}\n\n${drafts(h) || h.lastModal().contentEl.textContent}`,
    ).toMatchFileSnapshot(approved);
  });
});

describe("after two follow-ups", () => {
  it("offers no third follow-up, only closing the interview", async () => {
    const h = await startPlugin();
    const umbrella = "Interviews/2026-02-10 Umbrella - Platform Engineer (final).md";
    await h.openNote(umbrella);
    await h.runCommand("draft-follow-up");
    expect(h.lastModal().contentEl.querySelector(".jsj-draft")).toBeNull();
    await h.click([...h.lastModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Close it")!);
    await h.saveAll();
    expect(h.content(umbrella)).toContain("status: closed");
  });
});

describe("Create a base of your applications", () => {
  it("writes Job search.base with the configured names, never over an existing file, and opens it", async () => {
    const h = await startPlugin({ ...exampleVaultFiles(), "Job search.base": "mine\n" });
    await h.runCommand("create-base");
    await h.saveAll();
    expect(h.content("Job search.base")).toBe("mine\n");
    expect(h.content("Job search 2.base")).toContain('- "note.type == \\"interview\\""');
    expect(h.app.workspace.getActiveFile()?.path).toBe("Job search 2.base");
  });

  it("is not offered before Obsidian 1.9, which has no Bases", async () => {
    const { fakeVersion } = await import("../fakes/obsidian");
    fakeVersion.current = "1.8.10";
    try {
      const h = await startPlugin();
      expect([...h.app.commands.keys()].some((k) => k.endsWith(":create-base"))).toBe(false);
    } finally {
      fakeVersion.current = "1.13.1";
    }
  });
});

describe("Record reply", () => {
  it("next round: records it and offers the next interview note for the same company and role", async () => {
    const h = await startPlugin();
    await h.openNote(ACME);
    await h.runCommand("record-reply");
    const select = h.lastModal().contentEl.querySelector("select")!;
    select.value = "next-round";
    select.dispatchEvent(new Event("change"));
    await h.click(
      [...h.lastModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Record reply")!,
    );
    await h.saveAll();
    expect(h.content(ACME)).toContain("status: next round\nreplied: 2026-03-12\n---");
    await h.click(
      [...h.lastModal().contentEl.querySelectorAll("button")].find(
        (b) => b.textContent === "Create the next interview note",
      )!,
    );
    const inputs = [...h.lastModal().contentEl.querySelectorAll("input")];
    expect(inputs.slice(0, 2).map((i) => i.value)).toEqual(["Acme", "Backend Engineer"]);
    await fill(h, ["Acme", "Backend Engineer", "final", "2026-03-19", "10:00"], "Create note");
    expect(h.app.workspace.getActiveFile()?.path).toBe("Interviews/2026-03-19 Acme - Backend Engineer (final).md");
  });
});

describe("every command on unusual notes", () => {
  const files = {
    "Jobs/Plain.md": "Notes from the call, no properties at all.\n",
    "Jobs/Broken.md": "---\ntype: interview\ncompany: [Oops\ninterview_date: 2026-03-10\n---\nBody.\n",
  };
  const commands = [
    "new-interview-debrief",
    "draft-thank-you-notes",
    "draft-follow-up",
    "record-reply",
    "log-interview",
    "open-follow-ups",
    "new-interview-note",
    "export-calendar",
    "open-statistics",
    "create-base",
    "import-spreadsheet",
    "export-csv",
    "open-board",
  ];

  it("covers every command the plugin registers", async () => {
    const h = await startPlugin(files);
    expect([...h.app.commands.keys()].map((k) => k.split(":")[1]).sort()).toEqual([...commands].sort());
  });

  it.each(commands)("%s: never touches the broken note, and works on the one without frontmatter", async (id) => {
    const h = await startPlugin(files, { data: { interviewFolders: ["Jobs"], myName: "Alex" } });
    await h.openNote("Jobs/Broken.md");
    await h.runCommand(id);
    await h.saveAll();
    expect(h.content("Jobs/Broken.md")).toBe(files["Jobs/Broken.md"]);
    await h.openNote("Jobs/Plain.md");
    await h.runCommand(id);
    await h.saveAll();
    // Found by its folder, the plain note is an interview note: its commands run on it directly.
    if (id === "new-interview-debrief") expect(h.content("Jobs/Plain.md")).toContain("## Debrief");
    if (id === "draft-thank-you-notes") expect(h.lastModal().titleEl.textContent).toBe("Thank-you notes: Plain");
    if (id === "export-calendar") expect(h.content("Job search follow-ups.ics")).toContain("BEGIN:VCALENDAR");
    // The broken note is reported, never exported; the plain one has nothing to say but its row.
    if (id === "export-csv") expect(h.content("Job search 2026-03-12.csv")).not.toContain("Broken");
    if (id === "import-spreadsheet")
      expect((h.lastSuggest() as unknown as { shownTexts(): string[] }).shownTexts()).toEqual([
        "Choose a file on this device…",
      ]);
    if (id === "log-interview") {
      // The form opens on the plain note; with no date given, nothing is written.
      expect(h.lastModal().titleEl.textContent).toBe("Log an interview at Plain");
      expect(h.content("Jobs/Plain.md")).toBe(files["Jobs/Plain.md"]);
    }
    if (id === "record-reply") {
      await h.click(
        [...h.lastModal().contentEl.querySelectorAll("button")].find((b) => b.textContent === "Record reply")!,
      );
      await h.saveAll();
      expect(h.content("Jobs/Plain.md")).toBe(
        "---\nreplied: 2026-03-12\n---\nNotes from the call, no properties at all.\n",
      );
    }
  });
});
