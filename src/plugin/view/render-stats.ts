import type { Count, JobSearchStats, Rate } from "../../core/stats/stats";
import {
  countsLine,
  followUpsLine,
  interviewsLine,
  percent,
  repliesLine,
  shortDay,
  thankYousLine,
  thankYousOnTime,
} from "../../core/stats/stats-text";

/**
 * Draws the statistics with Obsidian's DOM helpers (createEl, createSvg): numbers first, then
 * small SVG charts where a shape says more than a list. Like the follow-ups renderer it imports
 * nothing from Obsidian. Each chart is an image with its data in words (aria-label), and the
 * same numbers are written out beside it, so nothing depends on seeing the bars.
 */

/** Weeks shown in the chart; the CLI's --json has all of them. */
export const WEEKS_SHOWN = 12;

function tile(list: HTMLElement, label: string, value: string, detail: string): void {
  const item = list.createDiv({ cls: "jsj-stat" });
  item.createEl("dt", { text: label });
  item.createEl("dd", { cls: "jsj-stat-value", text: value });
  item.createEl("dd", { cls: "jsj-stat-detail", text: detail });
}

function ofWords(rate: Rate, what: string): string {
  return `${rate.count} of ${rate.of} ${what}`;
}

/** Drawn at this many pixels per unit of the viewBox, and never wider than the pane. */
const SCALE = 1.25;

function chart(parent: HTMLElement, cls: string, width: number, height: number, label: string): SVGSVGElement {
  return parent.createSvg("svg", {
    cls: `jsj-chart ${cls}`,
    attr: {
      viewBox: `0 0 ${width} ${height}`,
      width: width * SCALE,
      height: height * SCALE,
      role: "img",
      "aria-label": label,
    },
  });
}

/**
 * Vertical bars on a baseline, one per week, always WEEKS_SHOWN slots ending with this week (or
 * the last week with an interview planned), so the rhythm of the search shows and a short search
 * does not get giant bars; the count above each bar; below, the Monday's day of the month and
 * the month where it changes. Weeks still to come are drawn hollow and labelled so.
 */
function weekChart(parent: HTMLElement, stats: JobSearchStats): void {
  const slot = 30;
  const barWidth = 22;
  const height = 80;
  const top = 14;
  const bottom = 36;
  const counts = new Map(stats.perWeek.map((w) => [w.monday, w.count]));
  const last = Math.max(stats.thisWeek, ...stats.perWeek.map((w) => w.monday));
  const weeks = Array.from({ length: WEEKS_SHOWN }, (_, i) => {
    const monday = last - (WEEKS_SHOWN - 1 - i) * 7;
    return { monday, count: counts.get(monday) ?? 0, coming: monday > stats.thisWeek };
  });
  const max = Math.max(1, ...weeks.map((w) => w.count));
  const words = weeks
    .map(
      (w) =>
        `week of ${shortDay(w.monday)}${w.coming ? " (coming)" : w.monday === stats.thisWeek ? " (this week)" : ""}: ${w.count}`,
    )
    .join(", ");
  const width = WEEKS_SHOWN * slot;
  const svg = chart(parent, "jsj-chart-weeks", width, top + height + bottom, `Interviews per week, ${words}`);
  svg.createSvg("line", {
    cls: "jsj-baseline",
    attr: { x1: 0, x2: width, y1: top + height + 0.5, y2: top + height + 0.5 },
  });
  let month = "";
  weeks.forEach((w, i) => {
    const x = i * slot + (slot - barWidth) / 2;
    const mid = x + barWidth / 2;
    const h = (w.count / max) * height;
    const y = top + height - h;
    if (w.count > 0)
      svg.createSvg("rect", {
        cls: w.coming ? "jsj-bar jsj-bar-coming" : "jsj-bar",
        attr: { x, y, width: barWidth, height: h, rx: 2 },
      });
    svg
      .createSvg("text", { cls: "jsj-bar-count", attr: { x: mid, y: y - 3, "text-anchor": "middle" } })
      .setText(String(w.count));
    const [day, name = ""] = shortDay(w.monday).split(" ");
    svg
      .createSvg("text", { cls: "jsj-bar-label", attr: { x: mid, y: top + height + 11, "text-anchor": "middle" } })
      .setText(day ?? "");
    if (name !== month) {
      svg
        .createSvg("text", { cls: "jsj-bar-label", attr: { x: mid, y: top + height + 23, "text-anchor": "middle" } })
        .setText(name);
      month = name;
    }
    if (w.coming || w.monday === stats.thisWeek) {
      svg
        .createSvg("text", {
          cls: "jsj-bar-label jsj-bar-when",
          attr: { x: mid, y: top + height + 34, "text-anchor": "middle" },
        })
        .setText(w.coming ? "next" : "now");
    }
  });
}

const LABEL_CHARS = 18;

/** Horizontal bars: a label, a bar, the count. Long labels are cut, whole in their tooltip. */
function countChart(parent: HTMLElement, title: string, counts: readonly Count[]): void {
  const rowHeight = 20;
  const labelWidth = 120;
  const barSpace = 160;
  const max = Math.max(1, ...counts.map((c) => c.count));
  const svg = chart(
    parent,
    "jsj-chart-counts",
    labelWidth + barSpace + 30,
    counts.length * rowHeight,
    `${title}: ${countsLine(counts)}`,
  );
  counts.forEach((c, i) => {
    const y = i * rowHeight;
    const label = c.label.length > LABEL_CHARS ? `${c.label.slice(0, LABEL_CHARS - 1)}…` : c.label;
    const text = svg.createSvg("text", {
      cls: "jsj-bar-label",
      attr: { x: labelWidth - 6, y: y + 14, "text-anchor": "end" },
    });
    text.setText(label);
    if (label !== c.label) text.createSvg("title").setText(c.label);
    const w = (c.count / max) * barSpace;
    svg.createSvg("rect", {
      cls: "jsj-bar",
      attr: { x: labelWidth, y: y + 4, width: w, height: rowHeight - 8, rx: 2 },
    });
    svg
      .createSvg("text", { cls: "jsj-bar-count", attr: { x: labelWidth + w + 4, y: y + 14 } })
      .setText(String(c.count));
  });
}

function section(el: HTMLElement, title: string): HTMLElement {
  const s = el.createDiv({ cls: "jsj-stats-section" });
  s.createEl("h3", { cls: "jsj-section-title", text: title });
  return s;
}

export function renderStats(el: HTMLElement, stats: JobSearchStats | undefined): void {
  el.empty();
  el.addClass("jsj-stats");
  el.createEl("h2", { cls: "jsj-stats-title", text: "Job search statistics" });
  if (!stats) {
    el.createEl("p", { cls: "jsj-empty", text: "Reading your interview notes…" });
    return;
  }
  el.createEl("p", { cls: "jsj-stats-summary", text: interviewsLine(stats) });
  if (stats.interviews.total === 0) {
    el.createEl("p", {
      cls: "jsj-empty",
      text: "No interview with a date yet. Numbers appear here as your interview notes do.",
    });
    return;
  }
  const pastWindow = thankYousOnTime(stats);
  const tiles = el.createEl("dl", { cls: "jsj-stat-tiles" });
  tile(tiles, "Reply rate", percent(stats.replies), ofWords(stats.replies, "held interviews"));
  tile(
    tiles,
    "Days to a reply",
    stats.medianDaysToReply === undefined ? "–" : String(stats.medianDaysToReply),
    "median, interview to reply",
  );
  tile(tiles, "Thank-yous on time", percent(pastWindow), ofWords(pastWindow, "past their window"));
  const { first, second } = stats.followUps;
  tile(
    tiles,
    "Follow-ups answered",
    `${first.count} of ${first.of}`,
    `first follow-ups (${percent(first)}); second: ${second.count} of ${second.of}`,
  );

  weekChart(section(el, "Interviews per week"), stats);
  countChart(section(el, "By stage"), "Interviews by stage", stats.byStage);
  countChart(section(el, "By status"), "Interviews by status", stats.byStatus);

  const words = section(el, "In words");
  const list = words.createEl("ul", { cls: "jsj-stats-words" });
  for (const line of [
    `Replies: ${repliesLine(stats)}.`,
    `Follow-ups: ${followUpsLine(stats)}.`,
    `Thank-yous: ${thankYousLine(stats)}.`,
  ]) {
    list.createEl("li", { text: line });
  }
}
