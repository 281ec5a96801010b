import { existsSync } from "node:fs";
import { join } from "node:path";
import { actionProblem } from "../../core/editing/action-checks";
import { recordAction, settingsOf } from "../../core/editing/actions";
import type { RecordAction } from "../../core/follow-ups/items";
import { writeTarget } from "../../core/editing/write-target";
import { meetingsOn } from "../../core/notes/meetings";
import { readVault } from "../vault";
import {
  CLI_DONE_KINDS,
  isStepKind,
  KINDS,
  stepAction,
  type CliDoneKind,
  type StepKind,
} from "../../core/follow-ups/kinds";
import { parsePerson, samePerson } from "../../core/notes/people";
import { isTemplateFrontmatter, isTemplateText } from "../../core/notes/note-roles";
import { isInterviewNote, KeyLookup, readInterviewNote, type InterviewNote } from "../../core/notes/schema";
import { syncCopyRefusal } from "../../core/notes/sync-copies";
import type { Settings } from "../../core/settings/settings";
import { addDays, formatDate, formatWhen, parseWhen } from "../../core/lib/time";
import { notADate, vaultArg } from "../common";
import {
  CONFIG_OPTION,
  FORCE_OPTION,
  NOTE_ARG,
  VAULT_ARG,
  type CommandInput,
  type CommandSpec,
  type OptionSpec,
} from "../command-spec";
import type { CliIo } from "../io";
import { terminalIo } from "../terminal";
import { realNotePath, resolveNoteArg } from "../note-arg";
import { loggedInterview } from "../../core/editing/interview-log";
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

/** done, reply, snooze, close: record what happened in a note's frontmatter, safely. */

interface Context {
  file: string;
  note: InterviewNote;
  settings: Settings;
  today: string;
}

function dateArg(value: string | undefined, fallback: string, flag = "--date"): string {
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

function run(
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

function pickPerson(ctx: Context, typed: string | undefined, date: string): RecordAction {
  const { note } = ctx;
  // What the user typed, without the spaces a shell or a copy-paste added around it.
  const person = typed?.trim() || undefined;
  if (person !== undefined) {
    // Write the interviewer's name as the note lists it, however the user typed it.
    const wanted = parsePerson(person);
    const listed = note.interviewers.find((p) => samePerson(p, wanted));
    return { kind: "thank-you", date, person: listed?.name ?? person };
  }
  const open = note.interviewers.filter((p) => !note.thanked.some((t) => samePerson(t, p)));
  if (note.interviewers.length === 0) return { kind: "thank-you", date, company: note.company };
  if (open.length === 1 && open[0]) return { kind: "thank-you", date, person: open[0].name };
  if (open.length === 0) throw new UsageError(`everyone in ${ctx.file} is already thanked`);
  throw new UsageError(`say who with --person: ${open.map((p) => p.name).join(", ")}`);
}

/**
 * How `done <what>` becomes what it records, for the kinds that record more than a date (a kind
 * whose Done dates one step needs nothing here: `stepAction` builds it).
 */
type DoneBuilder = (ctx: Context, values: CommandInput["opts"], date: string) => RecordAction;
export const DONE_BUILDERS = {
  "thank-you": (ctx, values, date) => pickPerson(ctx, values.person as string | undefined, date),
  "follow-up": (ctx, values, date) => {
    const a = values.attempt as string | undefined;
    // Commander allows 1 and 2 only: there is never a third follow-up.
    const attempt = a === undefined ? (ctx.note.followUp1 ? 2 : 1) : a === "1" ? 1 : 2;
    return { kind: "follow-up", attempt, date };
  },
  "move-on": () => ({ kind: "move-on" }),
} satisfies Record<Exclude<CliDoneKind, StepKind>, DoneBuilder>;

/** The words `done` takes, as core/follow-ups/kinds.ts names them. */
export const DONE_KINDS = CLI_DONE_KINDS.map((k) => KINDS[k].cli);

export function doneCommand(input: CommandInput, io: CliIo): number {
  return run(input, io, (ctx, values, extra) => {
    const typed = extra[0];
    const kind = CLI_DONE_KINDS.find((k) => KINDS[k].cli === typed);
    if (kind === undefined)
      throw new UsageError(`done needs what was done: ${DONE_KINDS.join(", ")}${typed ? `, not "${typed}"` : ""}`);
    const date = dateArg(values.date as string | undefined, ctx.today);
    if (isStepKind(kind)) return stepAction(kind, date);
    const build: DoneBuilder = DONE_BUILDERS[kind];
    return build(ctx, values, date);
  });
}

export function replyCommand(input: CommandInput, io: CliIo): number {
  let nextRound: { file: string } | undefined;
  const code = run(input, io, (ctx, values) => {
    const action: RecordAction = { kind: "reply", date: dateArg(values.date as string | undefined, ctx.today) };
    const status = values.status as string | undefined;
    if (status?.trim().toLowerCase() === "next round") nextRound = { file: ctx.file };
    return status === undefined ? action : { ...action, status };
  });
  // Both ways of keeping rounds (README, "One note per round, or one per application").
  if (code === 0 && nextRound) {
    terminalIo(io).out(
      `Next round: keep this note for it with \`job-journal next-round <vault> "${nextRound.file}" --date YYYY-MM-DD\`, or start a new note for it.\n`,
    );
  }
  return code;
}

export function snoozeCommand(input: CommandInput, io: CliIo): number {
  return run(input, io, (ctx, values) => {
    const until = values.until as string | undefined;
    const days = values.days as string | undefined;
    if ((until === undefined) === (days === undefined))
      throw new UsageError("snooze needs --until YYYY-MM-DD or --days N");
    if (until !== undefined) return { kind: "snooze", until: dateArg(until, ctx.today, "--until") };
    if (!/^\d{1,4}$/.test(days ?? "")) throw new UsageError(`--days must be a whole number of days, not ${days}`);
    const today = parseWhen(ctx.today);
    if (!today) throw new UsageError("bad clock");
    return { kind: "snooze", until: formatDate(addDays(today, Number(days)).at) };
  });
}

export function closeCommand(input: CommandInput, io: CliIo): number {
  return run(input, io, () => ({ kind: "move-on" }));
}

/** An interview's required --date, as written back (`2026-03-20T14:00`). */
function interviewWhen(values: CommandInput["opts"], needs: string): string {
  const date = values.date as string | undefined;
  if (date === undefined) throw new UsageError(`${needs} --date YYYY-MM-DD (or YYYY-MM-DDTHH:mm)`);
  const when = parseWhen(date);
  if (!when) throw new UsageError(`--date ${notADate(date)}`);
  return formatWhen(when);
}

export function nextRoundCommand(input: CommandInput, io: CliIo): number {
  return run(input, io, (_ctx, values) => {
    const next: { interview: string; stage?: string; status?: string } = {
      interview: interviewWhen(values, "next-round needs the next interview's"),
    };
    if (typeof values.stage === "string") next.stage = values.stage;
    if (typeof values.status === "string") next.status = values.status;
    return { kind: "next-round", next };
  });
}

export function interviewCommand(input: CommandInput, io: CliIo): number {
  return run(input, io, (_ctx, values) => {
    const interview = interviewWhen(values, "interview needs its");
    const people = typeof values.with === "string" ? values.with : "";
    return loggedInterview(interview, people, typeof values.stage === "string" ? values.stage : "");
  });
}

const DATE_OPTION: OptionSpec = {
  flags: "--date <day>",
  description: "the day it happened, YYYY-MM-DD (default: today)",
};

export const doneSpec: CommandSpec = {
  name: "done",
  summary: "record a follow-up step as done in a note",
  description:
    "Records in the note's frontmatter that a step is done: a thank-you to one interviewer (--person, else the only one " +
    "not yet thanked), the debrief, telling your references, a follow-up (the first or the second; there is never a " +
    "third), or moving on. Only the lines that change are written; another program's save is never overwritten.",
  args: [VAULT_ARG, NOTE_ARG, { name: "<what>", description: DONE_KINDS.join(", "), complete: DONE_KINDS }],
  options: [
    { flags: "--person <name>", description: "the interviewer a thank-you went to" },
    { flags: "--attempt <n>", description: "which follow-up (default: the next one)", choices: ["1", "2"] },
    DATE_OPTION,
    FORCE_OPTION,
    CONFIG_OPTION,
  ],
  examples: [
    'job-journal done ~/notes "Acme onsite" thank-you --person "Tom Becker"',
    "job-journal done ~/notes Interviews/Globex.md follow-up",
    "job-journal done ~/notes -- -draft-interview.md debrief",
  ],
  run: doneCommand,
};

export const replySpec: CommandSpec = {
  name: "reply",
  summary: "record that the employer replied, and their answer",
  description:
    "Records the day the employer replied (the replied property) and, with --status, what they said (offer, rejected, " +
    "next round…). A reply stops the follow-ups of that interview.",
  args: [VAULT_ARG, NOTE_ARG],
  options: [
    DATE_OPTION,
    { flags: "--status <status>", description: "the note's new status, one your settings know" },
    FORCE_OPTION,
    CONFIG_OPTION,
  ],
  examples: [
    'job-journal reply ~/notes Acme --status "next round"',
    "job-journal reply ~/notes Acme --date 2026-03-14 --status rejected",
  ],
  run: replyCommand,
};

export const snoozeSpec: CommandSpec = {
  name: "snooze",
  summary: "hide a note's follow-ups until a later day",
  description:
    "Sets snooze_until: the note's items are not listed before that day. Give the day, or a number of days from today.",
  args: [VAULT_ARG, NOTE_ARG],
  options: [
    { flags: "--until <day>", description: "the first day to list the items again, YYYY-MM-DD", conflicts: ["days"] },
    { flags: "--days <n>", description: "as many days from today (a whole number)" },
    CONFIG_OPTION,
  ],
  examples: ["job-journal snooze ~/notes Acme --days 3", "job-journal snooze ~/notes Acme --until 2026-04-01"],
  run: snoozeCommand,
};

export const closeSpec: CommandSpec = {
  name: "close",
  summary: "move on from an application: no more follow-ups for it",
  description:
    "Records that you have moved on by setting the note's status to closed: the note raises no more items. The same as " +
    "`done <vault-folder> <note> move-on`.",
  args: [VAULT_ARG, NOTE_ARG],
  options: [FORCE_OPTION, CONFIG_OPTION],
  examples: ["job-journal close ~/notes Acme"],
  run: closeCommand,
};

export const nextRoundSpec: CommandSpec = {
  name: "next-round",
  summary: "start the next interview round in the same note",
  description:
    "For one note per application: moves this round's dates, people and steps into the note's rounds list (one line) " +
    "and sets the next interview's date, so the follow-ups start again for the new round.",
  args: [VAULT_ARG, NOTE_ARG],
  options: [
    { flags: "--date <when>", description: "the next interview, YYYY-MM-DD or YYYY-MM-DDTHH:mm (required)" },
    { flags: "--stage <stage>", description: "the next round's stage (onsite, final…)" },
    { flags: "--status <status>", description: "the note's status for the new round" },
    FORCE_OPTION,
    CONFIG_OPTION,
  ],
  examples: ["job-journal next-round ~/notes Acme --date 2026-03-20T14:00 --stage onsite"],
  run: nextRoundCommand,
};

export const interviewSpec: CommandSpec = {
  name: "interview",
  summary: "log an interview in an application's note: date, people, stage",
  description:
    "For notes that keep interviews in their text or nowhere: writes the interview's date, the people you met " +
    "(added to the interviewers, each once) and its stage into the note's properties, under the names the settings " +
    "map, and moves a status that says you have not interviewed yet to your interviewing word. A note with an " +
    "interview on another day goes on to the next round, the earlier one kept in its rounds list.",
  args: [VAULT_ARG, NOTE_ARG],
  options: [
    { flags: "--date <when>", description: "when it was (or will be), YYYY-MM-DD or YYYY-MM-DDTHH:mm (required)" },
    { flags: "--with <people>", description: 'who you met, separated by ";" ("Jane Doe <jane@x.com>; Tom Becker")' },
    { flags: "--stage <stage>", description: "the round (phone screen, onsite, final…)" },
    FORCE_OPTION,
    CONFIG_OPTION,
  ],
  examples: [
    "job-journal interview ~/notes Acme --date 2026-03-10T14:00 --stage onsite",
    'job-journal interview ~/notes Acme --date 2026-03-10 --with "Ann; Tom Lee"',
  ],
  run: interviewCommand,
};
