// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { exampleVaultFiles, startPlugin, type Harness } from "../helpers/plugin-harness";

const STATS = "job-search-journal-statistics";
const ACME = "Interviews/2026-03-11 Acme - Backend Engineer (onsite).md";

afterEach(() => {
  vi.useRealTimers();
});

async function openStats(h: Harness): Promise<HTMLElement> {
  await h.runCommand("open-statistics");
  const leaf = h.app.workspace.getLeavesOfType(STATS)[0];
  if (!leaf) throw new Error("the statistics view is not open");
  return (leaf.view as unknown as { contentEl: HTMLElement }).contentEl;
}

const texts = (el: Element, selector: string) => [...el.querySelectorAll(selector)].map((e) => e.textContent ?? "");

describe("Open job search statistics", () => {
  it("shows the numbers of the example vault, as the CLI counts them, in one view", async () => {
    const h = await startPlugin();
    const el = await openStats(h);
    await openStats(h);
    expect(h.app.workspace.getLeavesOfType(STATS)).toHaveLength(1);
    expect(texts(el, ".jsj-stats-summary")).toEqual(["12 interviews (10 held, 2 coming up)"]);
    expect(texts(el, ".jsj-stat dt")).toEqual([
      "Reply rate",
      "Days to a reply",
      "Thank-yous on time",
      "Follow-ups answered",
    ]);
    expect(texts(el, ".jsj-stat-value")).toEqual(["30%", "7", "67%", "1 of 3"]);
    expect(texts(el, ".jsj-stat-detail")).toEqual([
      "3 of 10 held interviews",
      "median, interview to reply",
      "6 of 9 past their window",
      "first follow-ups (33%); second: 0 of 1",
    ]);
  });

  it("draws the charts as SVG images whose label holds the same data in words", async () => {
    const h = await startPlugin();
    const el = await openStats(h);
    const weeks = el.querySelector("svg.jsj-chart-weeks");
    expect(weeks?.getAttribute("role")).toBe("img");
    // Twelve week slots on a baseline, ending with the last week that has an interview planned;
    // that coming week is drawn hollow and marked, this week is marked "now".
    expect(weeks?.querySelectorAll("rect.jsj-bar")).toHaveLength(6);
    expect(weeks?.querySelectorAll("rect.jsj-bar-coming")).toHaveLength(1);
    expect(weeks?.querySelectorAll("line.jsj-baseline")).toHaveLength(1);
    expect(texts(weeks!, ".jsj-bar-count")).toEqual(["0", "0", "0", "0", "0", "0", "2", "1", "1", "3", "4", "1"]);
    expect(texts(weeks!, ".jsj-bar-label")).toEqual([
      "29",
      "Dec",
      "5",
      "Jan",
      "12",
      "19",
      "26",
      "2",
      "Feb",
      "9",
      "16",
      "23",
      "2",
      "Mar",
      "9",
      "now",
      "16",
      "next",
    ]);
    expect(weeks?.getAttribute("aria-label")).toContain("week of 9 Mar (this week): 4, week of 16 Mar (coming): 1");
    const stages = el.querySelector("svg.jsj-chart-counts");
    expect(stages?.getAttribute("aria-label")).toBe(
      "Interviews by stage: onsite 7 · phone screen 2 · final 1 · technical 1 · video 1",
    );
    // The tallest bar has the full height; the others are in proportion.
    const heights = [...weeks!.querySelectorAll("rect")].map((r) => Number(r.getAttribute("height")));
    expect(heights).toEqual([40, 20, 20, 60, 80, 20]);
  });

  it("follows the notes: a reply recorded changes the numbers at once", async () => {
    const h = await startPlugin();
    const el = await openStats(h);
    await h.app.vault.modify(
      h.app.vault.getFileByPath(ACME)! as never,
      h.content(ACME).replace("status: waiting", "status: waiting\nreplied: 2026-03-12"),
    );
    expect(texts(el, ".jsj-stat-value")[0]).toBe("40%");
    expect(texts(el, ".jsj-stat-detail")[0]).toBe("4 of 10 held interviews");
  });

  it("note text stays text, and a long label is cut with the whole of it in a tooltip", async () => {
    const status = '<img src=x onerror="alert(1)"> waiting for the hiring committee';
    const h = await startPlugin({
      "A.md": `---\ntype: interview\ninterview_date: 2026-03-02\nstatus: '${status}'\n---\n`,
    });
    const el = await openStats(h);
    expect(el.querySelector("img")).toBeNull();
    const label = [...el.querySelectorAll("svg.jsj-chart-counts")][1]?.querySelector(".jsj-bar-label");
    expect(label?.firstChild?.textContent).toBe("<img src=x onerro…");
    expect(label?.querySelector("title")?.textContent).toBe(status.toLowerCase());
  });

  it("says what to expect when there is nothing to count, and while the notes are read", async () => {
    const h = await startPlugin({ "Note.md": "# Not an interview\n" });
    expect(texts(await openStats(h), ".jsj-empty")).toEqual([
      "No interview with a date yet. Numbers appear here as your interview notes do.",
    ]);
    const early = await startPlugin(exampleVaultFiles(), { layoutReady: false });
    expect(texts(await openStats(early), ".jsj-empty")).toEqual(["Reading your interview notes…"]);
  });
});
