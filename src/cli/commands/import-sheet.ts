import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { isWorkbook, knownApplications, openText, type OpenedSheet } from "../../core/exchange/begin-import";
import { chooseColumn, TARGET_NAMES } from "../../core/exchange/columns";
import { planImport, PREVIEW_NOTES, type ImportPlan } from "../../core/exchange/import-plan";
import { planLines } from "../../core/exchange/plan-text";
import type { DayOrder } from "../../core/exchange/sheet-dates";
import { plural } from "../../core/follow-ups/describe";
import { readYaml } from "../../core/notes/read-yaml";
import { normaliseStatus } from "../../core/settings/status-words";
import type { StatusClass } from "../../core/settings/settings";
import { classPair, repeated } from "../common";
import { CONFIG_OPTION, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";
import { readNoteStable, writeNoteSafely } from "../safe-write";
import { editFrontmatter } from "../../core/editing/frontmatter-edit";
import { terminalIo } from "../terminal";
import { UsageError } from "../usage-error";
import { readVaultCommand, type VaultCommand } from "../vault-command";

export const importSpec: CommandSpec = {
  name: "import",
  summary: "make an application note of each row of a spreadsheet (CSV, TSV, .xlsx, .ods)",
  description:
    "Reads a tracker as Sheets, Excel, Numbers, Huntr, Teal, Notion or LinkedIn export it (any delimiter, UTF-8, " +
    "UTF-16 or Excel's Latin-1), or a workbook (.xlsx, .xls, .ods: its first sheet, or the one --sheet names), proposes what each column is and which class each status is, and writes one note per row, named and " +
    "laid out as New interview note does, in your property names and status words. It never overwrites a note: a " +
    "row whose company and role have a note already is left out, so importing the same file again adds nothing. " +
    "Rows it cannot read are listed with why; the rest are imported. Read the plan with --dry-run first.",
  args: [
    VAULT_ARG,
    { name: "<file>", description: "the spreadsheet: .csv, .tsv, .xlsx, .xls or .ods", complete: "folder" },
  ],
  options: [
    { flags: "--dry-run", description: "print the plan and the first notes; write nothing" },
    {
      flags: "--folder <folder>",
      description: "where the notes go, inside the vault (default: the settings' new-note folder)",
    },
    { flags: "--sheet <name>", description: "the workbook's sheet to read (default: its first)" },
    {
      flags: "--dates <order>",
      description: "how 3/4/2026 reads when the file's dates do not say: day first or month first",
      choices: ["dmy", "mdy"],
    },
    {
      flags: "--column <what=header>",
      description:
        'what a column is, by its header: company, role, status, applied-on, interview-date, stage, interviewers, contact-email, decision-by, follow-up-on, replied, url, location, salary, notes, text (a line in the note) or ignore; repeatable: --column company=Name --column "ignore=Contact Email"',
      repeatable: true,
    },
    {
      flags: "--status <value=class,...>",
      description: 'the class of a status value the plan could not place (e.g. "Parked=considering")',
    },
    CONFIG_OPTION,
  ],
  examples: [
    "job-journal import ~/notes ~/Downloads/tracker.csv --dry-run",
    "job-journal import ~/notes huntr.csv --folder Applications --dates mdy",
    "job-journal import ~/notes notion.csv --column role=Name",
    'job-journal import ~/notes tracker.xlsx --sheet "2026"',
  ],
  run: importCommand,
};

function statusChoices(text: string | undefined): Record<string, StatusClass> {
  const out: Record<string, StatusClass> = {};
  for (const pair of (text ?? "").split(",").filter((p) => p.trim() !== "")) {
    const [value, cls] = classPair(pair, "--status");
    out[normaliseStatus(value)] = cls as StatusClass;
  }
  return out;
}

/** The spreadsheet's bytes; a usage error when it cannot be read. */
function bytesOf(file: string | undefined): Uint8Array {
  if (!file) throw new UsageError("import needs the spreadsheet: job-journal import <vault> <file.csv>");
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(`${file} cannot be read: ${(error as Error).message}`);
  }
}

/** Writes the planned notes, each created and never replaced; how many were written. */
function writeNotes(vault: string, plan: ImportPlan, io: CliIo, hooks: CliIo["writeHooks"]): number {
  let written = 0;
  for (const note of plan.notes) {
    const path = join(vault, note.path);
    mkdirSync(dirname(path), { recursive: true });
    try {
      // A note made meanwhile under the same name is left as it is.
      writeNoteSafely(path, undefined, note.text, hooks);
      written++;
    } catch (error) {
      io.err(`job-journal: ${note.path}: ${(error as Error).message}\n`);
    }
  }
  return written;
}

/** Fills in what existing notes lack, each edit byte-safe on the note as it is now; how many were completed. */
function completeNotes(vault: string, plan: ImportPlan, io: CliIo, hooks: CliIo["writeHooks"]): number {
  let done = 0;
  for (const c of plan.completes) {
    const path = join(vault, c.path);
    try {
      const stable = readNoteStable(path);
      const outcome = editFrontmatter(stable.text, c.edits, readYaml);
      if (outcome.status === "refused") io.err(`job-journal: ${c.path}: ${outcome.message}; not completed\n`);
      else {
        if (outcome.status === "changed") writeNoteSafely(path, stable, outcome.text, hooks);
        done++;
      }
    } catch (error) {
      io.err(`job-journal: ${c.path}: ${(error as Error).message}; not completed\n`);
    }
  }
  return done;
}

/** The file read as a workbook or as text, its columns proposed; a usage error when it is neither. */
/**
 * The spreadsheet opened: text at once, a workbook once SheetJS is loaded, which happens only
 * for a workbook (loading it costs every other start of the command line about 45 ms).
 */
function openSheet(file: string, sheetName: string | undefined, folder: string): OpenedSheet | Promise<OpenedSheet> {
  const bytes = bytesOf(file);
  if (!isWorkbook(bytes)) return openText(bytes, file, TextDecoder, folder, sheetName);
  return import("../../core/exchange/workbook").then((w) =>
    w.openSpreadsheet(bytes, file, TextDecoder, folder, sheetName),
  );
}

export function importCommand(input: CommandInput, rawIo: CliIo): number | Promise<number> {
  const read = readVaultCommand(input, rawIo);
  const folder = (input.opts.folder as string | undefined) ?? read.settings.newNoteFolder;
  const opened = openSheet(input.args[1] ?? "", input.opts.sheet as string | undefined, folder);
  return opened instanceof Promise
    ? opened.then((o) => importOpened(input, rawIo, read, o))
    : importOpened(input, rawIo, read, opened);
}

function importOpened(input: CommandInput, rawIo: CliIo, read: VaultCommand, opened: OpenedSheet): number {
  if ("error" in opened) throw new UsageError(opened.error);
  const io = terminalIo(rawIo);
  const { vault, settings, entries } = read;
  const file = input.args[1] ?? "";
  const { sheet, choices } = opened;
  if (sheet.header.length === 0) throw new UsageError(`${file} has no rows`);
  for (const pair of repeated(input.opts.column)) {
    const at = pair.indexOf("=");
    const target = TARGET_NAMES[pair.slice(0, at).trim().toLowerCase()];
    if (at < 1 || !target)
      throw new UsageError(
        `--column wants what=header, what one of ${Object.keys(TARGET_NAMES).join(", ")}: not "${pair}"`,
      );
    const error = chooseColumn(choices.columns, pair.slice(at + 1), target);
    if (error) throw new UsageError(`--column: ${error}`);
  }
  choices.dayOrder = input.opts.dates as DayOrder | undefined;
  choices.statusClasses = statusChoices(input.opts.status as string | undefined);
  const known = knownApplications(entries.flatMap((e) => (e.note ? [e.note] : [])));
  const plan = planImport(sheet.rows, choices, known, (p) => existsSync(join(vault, p)), settings, readYaml);
  if (plan.needsDayOrder)
    throw new UsageError(
      `${file}: its dates could be day/month or month/day (3/4/2026); say which for the whole file with --dates dmy or --dates mdy`,
    );
  // Line by line: every line is one message, its cells escaped (see terminal.ts).
  const say = (lines: string[]) => lines.forEach((l) => io.out(`${l}\n`));
  say(planLines(sheet, choices, plan, settings, file));
  if (input.opts.dryRun === true) {
    for (const note of plan.notes.slice(0, PREVIEW_NOTES))
      say([
        "",
        `Row ${note.line} as it would be written, ${note.path}:`,
        "",
        ...note.text.replace(/\n$/, "").split("\n"),
      ]);
    say(["", "A dry run: nothing was written."]);
    return plan.skipped.length > 0 ? 1 : 0;
  }
  const written = writeNotes(vault, plan, io, rawIo.writeHooks);
  const completed = completeNotes(vault, plan, io, rawIo.writeHooks);
  const already = plan.existing.length > 0 ? `; ${plan.existing.length} already in the vault` : "";
  const filled = plan.completes.length > 0 ? `; ${plural(completed, "note")} completed` : "";
  say(["", `Imported ${plural(written, "note")}${filled}${already}.`]);
  return plan.skipped.length > 0 || written < plan.notes.length || completed < plan.completes.length ? 1 : 0;
}
