import { describeItem, dueInWords, itemContext, plural, STATE_TITLES } from "../core/follow-ups/describe";
import type { FollowUpReport } from "../core/follow-ups/engine";
import type { DueItem } from "../core/follow-ups/items";
import { formatDateTime } from "../core/lib/time";
import { NO_PAINT, type Paint } from "./colour";
import { escapeControls } from "./terminal";

/** The due list as a readable table, grouped Overdue / Today / Upcoming, problems last. */

function what(item: DueItem): string {
  const sentence = describeItem(item);
  if (item.kind === "ask-contacts")
    return item.missing?.length
      ? `${sentence} (no email for ${item.missing.join(", ")})`
      : `${sentence} (no interviewers listed)`;
  if (item.kind !== "thank-you") return sentence;
  return item.email ? `${sentence} <${item.email}>` : `${sentence} (no email on file)`;
}

/** The width used when the terminal's is unknown or the output is piped. */
export const DEFAULT_COLUMNS = 80;

/** Cut to `width` characters, with an ellipsis where it was cut. */
function fit(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join("")}…`;
}

/** Words wrapped to `width`, keeping the text's own indent; the lines after the first indented by `indent`. */
function wrap(text: string, width: number, indent: string): string[] {
  const lead = /^\s*/.exec(text)?.[0] ?? "";
  const lines: string[] = [];
  let line = lead;
  for (const word of text.slice(lead.length).split(" ")) {
    if (line.trim() !== "" && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = `${indent}${word}`;
    } else line = line.trim() === "" ? `${line}${word}` : `${line} ${word}`;
  }
  if (line.trim() !== "") lines.push(line);
  return lines.map((l) => fit(l, width));
}

/**
 * The items as a table when it fits the terminal; else two lines an item (when and what, then
 * where), each cut at the terminal's width: a wrapped 200-character row is unreadable. The
 * first column is painted after the widths are measured, so colour never counts as width.
 */
function table(rows: string[][], width: number, paintWhen: (text: string) => string): string[] {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => [...(r[col] ?? "")].length))) ?? [];
  const due = widths[0] ?? 0;
  const painted = (line: string): string => {
    const chars = [...line];
    const when = chars.slice(2, 2 + due).join("");
    return `${chars.slice(0, 2).join("")}${paintWhen(when.trimEnd())}${when.slice(when.trimEnd().length)}${chars.slice(2 + due).join("")}`;
  };
  const wide = rows.map((r) =>
    `  ${r.map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd(widths[col] ?? 0))).join("   ")}`.trimEnd(),
  );
  if (wide.every((l) => [...l].length <= width)) return wide.map(painted);
  const pad = " ".repeat(2 + due + 3);
  return rows.flatMap(([when = "", what = "", context = "", file = ""]) => [
    painted(fit(`  ${when.padEnd(due)}   ${what}`, width)),
    fit(`${pad}${[context, file].filter((x) => x !== "").join(" · ")}`, width),
  ]);
}

export function formatReport(report: FollowUpReport, width = DEFAULT_COLUMNS, paint: Paint = NO_PAINT): string {
  const s = report.summary;
  const lines: string[] = [];
  // Sentences wrap at the width, as the problems do; the tables fit it already.
  const say = (text: string): void => {
    lines.push(...wrap(text, width, "  "));
  };
  say(`Follow-ups due at ${formatDateTime(report.now).replace("T", " ")}`);
  say(
    s.notes === 0
      ? "Pipeline: no application notes found."
      : `Pipeline: ${plural(s.active, "active application")}, ${s.awaitingReply} awaiting reply, ${plural(s.offers, "offer")}`,
  );
  if (s.keepApplying) {
    say(
      `Keep applying: fewer than ${s.keepApplyingThreshold} applications are active, and one good interview is no reason to stop.`,
    );
  }
  if (report.items.length === 0) lines.push("", "Nothing is due in the next days.");
  for (const [state, title] of STATE_TITLES) {
    const items = report.items.filter((i) => i.state === state);
    if (items.length === 0) continue;
    const paintWhen = state === "overdue" ? paint.alarm : state === "due" ? paint.warn : (text: string) => text;
    lines.push("", paint.bold(fit(`${title} (${items.length})`, width)));
    lines.push(
      ...table(
        items.map((i) => [dueInWords(i, report.now), what(i), itemContext(i), i.file].map(escapeControls)),
        width,
        paintWhen,
      ),
    );
  }
  if (report.problems.length > 0) {
    lines.push("", paint.bold(fit(`Needs attention (${report.problems.length})`, width)));
    for (const p of report.problems)
      lines.push(...wrap(`  ${escapeControls(`${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`)}`, width, "    "));
  }
  return `${lines.join("\n")}\n`;
}
