// @vitest-environment happy-dom
import type * as O from "obsidian";
import { describe, expect, it } from "vitest";
import { BasesView, Notice, TFile } from "../fakes/obsidian";
import { flush, startPlugin, type Harness } from "../helpers/plugin-harness";

/** The pipeline board in Obsidian: columns, keyboard and menu moves, undo, refusals, and the Bases view. */

const STARK = "Interviews/2026-02-25 Stark Industries - Frontend Engineer (onsite).md";
const WAYNE = "Interviews/2026-02-12 Wayne Enterprises - Backend Engineer (phone screen).md";

async function openBoard(h: Harness): Promise<HTMLElement> {
  await h.runCommand("open-board");
  const leaf = h.app.workspace.getLeavesOfType("job-search-journal-board")[0];
  if (!leaf) throw new Error("the board is not open");
  const el = (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
  el.ownerDocument.body.appendChild(el);
  return el;
}

const columns = (el: HTMLElement) =>
  [...el.querySelectorAll<HTMLElement>(".jsj-board-column")].map((c) => [
    c.dataset.column,
    [...c.querySelectorAll(".jsj-card-company")].map((e) => e.textContent),
  ]);
const card = (el: HTMLElement, file: string) => el.querySelector<HTMLElement>(`.jsj-card[data-file="${file}"]`)!;
const noticeButton = (label: string) =>
  [...((Notice.last?.message as DocumentFragment).querySelectorAll("button") ?? [])].find(
    (b) => b.textContent === label,
  );

describe("the pipeline board", () => {
  it("shows a column per class, each application once, closed folded, the most pressing first", async () => {
    const h = await startPlugin();
    const el = await openBoard(h);
    const cols = columns(el);
    expect(cols.map(([c]) => c)).toEqual(["considering", "applied", "interviewing", "offer", "closed"]);
    // Overdue first: every overdue card before every other.
    const overdue = [...el.querySelectorAll(".jsj-column-interviewing .jsj-card")].map((c) =>
      c.classList.contains("jsj-card-overdue"),
    );
    expect(overdue[0]).toBe(true);
    expect(overdue.indexOf(false)).toBeGreaterThan(0);
    expect(overdue.slice(overdue.indexOf(false))).not.toContain(true);
    expect(cols[2]?.[1]).toHaveLength(11);
    expect(cols[3]?.[1]).toEqual(["Stark Industries"]);
    expect(cols[4]?.[1]).toEqual([]);
    expect(el.querySelector(".jsj-column-closed .jsj-board-column-title")?.getAttribute("aria-expanded")).toBe("false");
    expect(card(el, STARK).getAttribute("aria-label")).toBe("Stark Industries, Frontend Engineer · onsite, in Offer");
  });

  it("moves a card a column with Shift+Left, writes the vault's word and nothing else, and undoes it", async () => {
    const h = await startPlugin();
    const el = await openBoard(h);
    const before = h.content(STARK);
    card(el, STARK).focus();
    card(el, STARK).dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowLeft", shiftKey: true, bubbles: true }));
    await flush();
    expect(h.content(STARK)).toBe(before.replace("status: offer", "status: interviewing"));
    expect(columns(el)[2]?.[1]).toContain("Stark Industries");
    expect(el.querySelector(".jsj-sr-only")?.textContent).toBe(
      "Moved Stark Industries · Frontend Engineer to Interviewing.",
    );
    // The keyboard stays on the card it moved.
    expect(document.activeElement?.getAttribute("data-file")).toBe(STARK);
    expect(noticeButton("Log an interview")).toBeDefined();
    noticeButton("Undo")?.click();
    await flush();
    expect(h.content(STARK)).toBe(before);
    expect(columns(el)[3]?.[1]).toEqual(["Stark Industries"]);
  });

  it("undoes nothing the user typed since: the note stays as it is and the notice says why", async () => {
    const h = await startPlugin();
    const el = await openBoard(h);
    card(el, STARK).dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", shiftKey: true, bubbles: true }));
    await flush();
    const undo = noticeButton("Undo");
    const file = h.app.vault.getFileByPath(STARK);
    if (!(file instanceof TFile)) throw new Error("no note");
    await h.app.vault.process(file as unknown as O.TFile, (t) => `${t}\nA line typed since.\n`);
    undo?.click();
    await flush();
    expect(h.content(STARK)).toContain("A line typed since.");
    expect(h.content(STARK)).not.toContain("status: offer");
    expect(h.notices().at(-1)).toBe("Could not undo the move of Stark Industries: the note has changed since.");
  });

  it("moves from the menu to a named column; a closed application says why it stays, and moves when told", async () => {
    const h = await startPlugin();
    const el = await openBoard(h);
    el.querySelector<HTMLElement>(".jsj-column-closed .jsj-board-column-title")?.click();
    await flush();
    const wayne = card(el, WAYNE);
    const before = h.content(WAYNE);
    wayne.querySelector<HTMLElement>(".jsj-card-more")?.click();
    expect(h.lastMenu().items.map((i) => i.title)).toEqual([
      "Move to Considering",
      "Move to Applied",
      "Move to Interviewing",
      "Move to Offer",
      "Open the note",
    ]);
    h.lastMenu().click("Move to Interviewing");
    await flush();
    expect(h.content(WAYNE)).toBe(before);
    expect(h.notices().at(-1)).toMatch(/^Wayne Enterprises stays in Closed: status is closed \(rejected\)/);
    noticeButton("Move anyway")?.click();
    await flush();
    expect(h.content(WAYNE)).toBe(before.replace("status: rejected", "status: interviewing"));
  });

  it("is a view of a base too, showing the base's notes only", async () => {
    const h = await startPlugin();
    const registration = h.app.basesViews.get("job-search-journal-board");
    expect(registration?.name).toBe("Pipeline board");
    const container = createDiv();
    const view = registration?.factory({} as O.QueryController, container) as unknown as BasesView;
    view.load();
    (view as unknown as { setFiles(f: unknown[]): void }).setFiles([h.app.vault.getFileByPath(STARK)]);
    expect(columns(container).flatMap(([, cards]) => cards)).toEqual(["Stark Industries"]);
  });
});

describe("with 500 applications", () => {
  it("draws 40 cards a column and the rest on demand", async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 500; i++)
      files[`Jobs/App ${i}.md`] =
        `---\ntype: interview\ncompany: Company ${i}\nstatus: applied\napplied_on: 2026-03-0${(i % 9) + 1}\n---\n`;
    const h = await startPlugin(files);
    const el = await openBoard(h);
    expect(el.querySelectorAll(".jsj-column-applied .jsj-card")).toHaveLength(40);
    const more = el.querySelector<HTMLElement>(".jsj-column-applied .jsj-board-more");
    expect(more?.textContent).toBe("Show 460 more");
    more?.click();
    expect(el.querySelectorAll(".jsj-column-applied .jsj-card")).toHaveLength(500);
  });
});
