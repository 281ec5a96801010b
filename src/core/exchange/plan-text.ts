import { TARGET_LABELS, type ImportTarget } from "./columns";
import { type ImportChoices, type ImportPlan } from "./import-plan";
import type { Sheet } from "./sheet";
import { plural } from "../follow-ups/describe";
import type { KeyField } from "../settings/fields";
import type { Settings } from "../settings/settings";

/** An import's plan in lines of text, as the CLI prints it and VS Code shows it before asking. */

const KEY_OF: Partial<Record<ImportTarget, KeyField>> = {
  company: "company",
  role: "role",
  status: "status",
  appliedOn: "appliedOn",
  interviewDate: "interviewDate",
  stage: "stage",
  interviewers: "interviewers",
  contactEmail: "interviewers",
  decisionBy: "decisionBy",
  followUpOn: "followUpOn",
  replied: "replied",
  postingUrl: "postingUrl",
  location: "location",
  salary: "salary",
};

/** How the file was read: its encoding and delimiter, or a workbook's sheet among its sheets. */
function sourceText(sheet: Sheet): string {
  if (sheet.workbook) {
    const { sheet: name, sheets } = sheet.workbook;
    return sheets.length > 1
      ? `the sheet "${name}" (of ${sheets.map((s) => `"${s}"`).join(", ")})`
      : `the sheet "${name}"`;
  }
  const delimiter = { ",": "comma", ";": "semicolon", "\t": "tab", "|": "bar" }[sheet.delimiter] ?? sheet.delimiter;
  return `${sheet.encoding}, ${delimiter}-separated`;
}

export function planLines(
  sheet: Sheet,
  choices: ImportChoices,
  plan: ImportPlan,
  settings: Settings,
  file: string,
): string[] {
  const lines = [
    `${file}: ${sourceText(sheet)}, ${plural(sheet.rows.length, "row")}` +
      (sheet.aboveHeader.length > 0 ? ` (the header on row ${sheet.headerLine}; title rows left out)` : ""),
    "",
    "Columns:",
    ...choices.columns.map((c) => {
      const key = KEY_OF[c.target];
      const where = key ? `${TARGET_LABELS[c.target]} (${settings.keys[key]})` : TARGET_LABELS[c.target];
      return `  ${(c.header || `column ${c.index + 1}`).padEnd(22)} → ${where}${c.why ? `: ${c.why}` : ""}`;
    }),
  ];
  if (plan.statusValues.length > 0) {
    lines.push("", "Statuses:");
    for (const s of plan.statusValues)
      lines.push(
        `  ${`${s.value} (${s.rows})`.padEnd(22)} → ${s.class ? `${s.class}, written as "${s.written ?? ""}"` : s.unsure ? "waiting or closed? say which with --status" : "in no class: say one with --status"}`,
      );
  }
  const folder = choices.folder === "" ? "the vault's top folder" : `${choices.folder}/`;
  lines.push(
    "",
    `New notes (${plan.notes.length}), in ${folder}:`,
    ...plan.notes.map((n) => `  row ${n.line}  ${n.path}`),
  );
  const section = (title: string, items: string[]): void => {
    if (items.length > 0) lines.push("", `${title} (${items.length}):`, ...items);
  };
  section(
    "Already in the vault",
    plan.existing.map((e) => `  row ${e.line}  ${e.path}`),
  );
  section(
    "Notes completed, nothing overwritten",
    plan.completes.map((c) => `  row ${c.line}  ${c.path}: ${c.summary}`),
  );
  section(
    "To look at after the import",
    plan.warnings.map((w) => `  row ${w.line}  ${w.path}: ${w.why}`),
  );
  section(
    "Total and summary rows, left out",
    plan.totals.map((t) => `  row ${t.line}  ${t.text}`),
  );
  section(
    "Not imported",
    plan.skipped.map((s) => `  row ${s.line}  ${s.why}`),
  );
  return lines;
}
