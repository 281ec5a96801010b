import { describeItem, dueInWords, itemContext, plural, STATE_TITLES } from "../core/describe";
import type { DueItem, FollowUpReport } from "../core/engine";
import { formatDateTime } from "../core/time";
import { escapeControls } from "./terminal";

/** The due list as a readable table, grouped Overdue / Today / Upcoming, problems last. */


function what(item: DueItem): string {
  const sentence = describeItem(item);
  if (item.kind === "ask-contacts") return item.missing?.length ? `${sentence} (no email for ${item.missing.join(", ")})` : `${sentence} (no interviewers listed)`;
  if (item.kind !== "thank-you") return sentence;
  return item.email ? `${sentence} <${item.email}>` : `${sentence} (no email on file)`;
}

function table(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? "").length))) ?? [];
  return rows.map((r) => `  ${r.map((cell, col) => (col === r.length - 1 ? cell : cell.padEnd(widths[col] ?? 0))).join("   ")}`.trimEnd());
}

export function formatReport(report: FollowUpReport): string {
  const s = report.summary;
  const lines: string[] = [];
  lines.push(`Follow-ups due at ${formatDateTime(report.now).replace("T", " ")}`);
  lines.push(
    `Pipeline: ${plural(s.active, "active application")}, ${s.awaitingReply} awaiting reply, ${plural(s.offers, "offer")}`,
  );
  if (s.keepApplying) {
    lines.push(`Keep applying: fewer than ${s.keepApplyingThreshold} applications are active, and one good interview is no reason to stop.`);
  }
  if (report.items.length === 0) lines.push("", "Nothing is due in the next days.");
  for (const [state, title] of STATE_TITLES) {
    const items = report.items.filter((i) => i.state === state);
    if (items.length === 0) continue;
    lines.push("", `${title} (${items.length})`);
    lines.push(...table(items.map((i) => [dueInWords(i, report.now), what(i), itemContext(i), i.file].map(escapeControls))));
  }
  if (report.problems.length > 0) {
    lines.push("", `Needs attention (${report.problems.length})`);
    for (const p of report.problems) lines.push(`  ${escapeControls(`${p.file}${p.line ? `:${p.line}` : ""}: ${p.message}`)}`);
  }
  return `${lines.join("\n")}\n`;
}
