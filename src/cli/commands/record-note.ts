import { existsSync } from "node:fs";
import { join } from "node:path";
import { actionProblem } from "../../core/editing/action-checks";
import { recordAction, settingsOf } from "../../core/editing/actions";
import type { RecordAction } from "../../core/follow-ups/items";
import { writeTarget } from "../../core/editing/write-target";
import { meetingsOn } from "../../core/notes/meetings";
import { readVault } from "../vault";
import { isTemplateFrontmatter, isTemplateText } from "../../core/notes/note-roles";
import { isInterviewNote, KeyLookup, readInterviewNote, type InterviewNote } from "../../core/notes/schema";
import { syncCopyRefusal } from "../../core/notes/sync-copies";
import type { Settings } from "../../core/settings/settings";
import { formatDate, formatWhen, parseWhen } from "../../core/lib/time";
import { notADate, vaultArg } from "../common";
import { type CommandInput, type OptionSpec } from "../command-spec";
import type { CliIo } from "../io";
import { terminalIo } from "../terminal";
import { realNotePath, resolveNoteArg } from "../note-arg";
import { readProperties } from "../../core/notes/read-properties";
import { readYaml } from "../../core/notes/read-yaml";
import {
  errorCode,
  NoteChangedError,
  NotUtf8Error,
  readNoteStable,
  writeNoteSafely,
  WriteRefusedError,
  type NoteRead,
} from "../safe-write";
import { settingsFor } from "../settings-file";
import { UsageError } from "../usage-error";

/** What every command that records a step in a note shares: reading it, checking the action, writing it safely. */

export interface Context {
  file: string;
  note: InterviewNote;
  settings: Settings;
  today: string;
}

export function dateArg(value: string | undefined, fallback: string, flag = "--date"): string {
  if (value === undefined) return fallback;
  const when = parseWhen(value);
  if (!when) throw new UsageError(`${flag} ${notADate(value)}`);
  return formatDate(when.at);
}

/** The note's text, read until it holds still; undefined (said on stderr) when it cannot be. */
function readNote(path: string, file: string, io: CliIo): NoteRead | undefined {
  try {
    return readNoteStable(path);
  } catch (error) {
    if (error instanceof NotUtf8Error || error instanceof NoteChangedError) {
      io.err(`job-journal: ${file} ${error.message}\n`);
      return undefined;
    }
    const code = errorCode(error);
    io.err(
      `job-journal: ${file}: cannot be read (${code === "EACCES" || code === "EPERM" ? "permission denied" : (error as Error).message})\n`,
    );
    return undefined;
  }
}

/** Writes the recorded text in place of what was read; the exit code. */
function writeRecorded(path: string, file: string, stable: NoteRead, text: string, io: CliIo): number {
  try {
    writeNoteSafely(path, stable, text, io.writeHooks);
    return 0;
  } catch (error) {
    if (error instanceof NoteChangedError) {
      io.err(`job-journal: ${file} ${error.message}\n`);
      return 1;
    }
    if (error instanceof WriteRefusedError) {
      io.err(`job-journal: ${file}: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

/**
 * Whether to go on with a write `check` would report: never into a template, with --force
 * otherwise (then with a warning); false when it was refused, said on stderr.
 */
function mayWrite(problem: string | undefined, isTemplate: boolean, force: boolean, file: string, io: CliIo): boolean {
  if (!problem) return true;
  // A template stays a template, --force or not.
  if (isTemplate) io.err(`job-journal: ${file}: ${problem}; nothing was written\n`);
  else if (!force) io.err(`job-journal: ${file}: ${problem}; nothing was written (--force writes it anyway)\n`);
  else io.err(`job-journal: warning: ${file}: ${problem}; \`job-journal check\` will report it\n`);
  return force && !isTemplate;
}

/** A note about to be written, read as the write will read it. */
interface Target {
  file: string;
  path: string;
  stable: NoteRead;
  note: InterviewNote;
  /** The settings it is written with: an interview's own note has its own names (notes/meetings.ts). */
  settings: Settings;
  isJobNote: boolean;
  isTemplate: boolean;
}

function readTarget(vault: string, file: string, settings: Settings, io: CliIo): Target | undefined {
  // A note that is a link is read and written where it really is: the link stays a link.
  const path = realNotePath(vault, file);
  const copy = syncCopyRefusal(file, (p) => existsSync(join(vault, p)));
  if (copy) {
    io.err(`job-journal: ${file}: ${copy}; nothing was written\n`);
    return undefined;
  }
  const stable = readNote(path, file, io);
  if (!stable) return undefined;
  const own = settingsOf(file, stable.text, settings, readYaml);
  const read = readProperties(file, stable.text, readYaml);
  const data = read.kind === "ok" ? read.data : undefined;
  const lookup = new KeyLookup(own);
  const note = readInterviewNote(file, data, lookup).note;
  // Invalid YAML is not judged here: the edit refuses it below, with its line.
  const isJobNote = read.kind === "error" || own !== settings || isInterviewNote(file, data, lookup);
  const isTemplate = isTemplateText(stable.text) || (data !== undefined && isTemplateFrontmatter(data));
  return { file, path, stable, note, settings: own, isJobNote, isTemplate };
}

/** The application as every view reads it: with its interviews' own notes, where the vault keeps them. */
function applicationOf(vault: string, target: Target, settings: Settings): InterviewNote {
  if (!meetingsOn(settings) || target.settings !== settings) return target.note;
  return readVault(vault, settings).entries.find((e) => e.note?.file === target.file)?.note ?? target.note;
}

/** Reads the note, builds the action, checks it as `check` would, and writes it safely: every recording command. */
export function run(
  { args: positionals, opts: values }: CommandInput,
  rawIo: CliIo,
  build: (ctx: Context, values: CommandInput["opts"], extra: string[]) => RecordAction,
): number {
  // Every line this prints is one message, and may quote a note's name or values.
  const io = terminalIo(rawIo);
  const vault = vaultArg(positionals[0]);
  const settings = settingsFor(vault, values.config as string | undefined);
  const named = readTarget(vault, resolveNoteArg(vault, positionals[1]), settings, io);
  if (!named) return 1;
  const note = applicationOf(vault, named, settings);
  const today = io.clock.today();
  const action = build({ file: named.file, note, settings: named.settings, today }, values, positionals.slice(2));
  const file = writeTarget(note, named.file, action);
  const target = file === named.file ? named : readTarget(vault, file, settings, io);
  if (!target) return 1;
  const problem = actionProblem(target.note, action, target.settings, target.isJobNote, target.isTemplate);
  if (!mayWrite(problem, target.isTemplate, values.force === true, file, io)) return 1;
  const outcome = recordAction(target.stable.text, action, settings, readYaml, file);
  if (outcome.status === "refused") {
    io.err(`job-journal: ${file}${outcome.line ? `:${outcome.line}` : ""}: ${outcome.message}; nothing was written\n`);
    return 1;
  }
  if (outcome.status === "unchanged") {
    io.out(`Nothing to change in ${file}: ${outcome.reason}\n`);
    return 0;
  }
  const code = writeRecorded(target.path, file, target.stable, outcome.text, io);
  if (code === 0) io.out(`Recorded in ${file}: ${outcome.summary}\n`);
  return code;
}

/** An interview's required --date, as written back (`2026-03-20T14:00`). */
export function interviewWhen(values: CommandInput["opts"], needs: string): string {
  const date = values.date as string | undefined;
  if (date === undefined) throw new UsageError(`${needs} --date YYYY-MM-DD (or YYYY-MM-DDTHH:mm)`);
  const when = parseWhen(date);
  if (!when) throw new UsageError(`--date ${notADate(date)}`);
  return formatWhen(when);
}

export const DATE_OPTION: OptionSpec = {
  flags: "--date <day>",
  description: "the day it happened, YYYY-MM-DD (default: today)",
};
