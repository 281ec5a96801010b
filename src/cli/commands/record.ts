import { parseArgs, type ParseArgsConfig } from "node:util";
import { actionProblem } from "../../core/action-checks";
import { recordAction, type RecordAction } from "../../core/actions";
import { parsePerson, samePerson } from "../../core/people";
import { isInterviewNote, KeyLookup, readInterviewNote, type InterviewNote } from "../../core/schema";
import type { Settings } from "../../core/settings";
import { addDays, formatDate, formatWhen, parseWhen, wallClockOf } from "../../core/time";
import { notADate, vaultArg } from "../common";
import type { CliIo } from "../io";
import { terminalIo } from "../terminal";
import { realNotePath, resolveNoteArg } from "../note-arg";
import { parseYamlCli, readFrontmatter } from "../read-frontmatter";
import { errorCode, NoteChangedError, NotUtf8Error, readNoteStable, writeNoteSafely, WriteRefusedError, type NoteRead } from "../safe-write";
import { settingsFor } from "../settings-file";
import { UsageError } from "../usage-error";

/** done, reply, snooze, close: record what happened in a note's frontmatter, safely. */

export const recordUsages = {
  done: "done <vault-folder> <note> <thank-you|debrief|inform-references|follow-up|move-on> [--person NAME] [--attempt 1|2] [--date YYYY-MM-DD] [--force]",
  reply: "reply <vault-folder> <note> [--date YYYY-MM-DD] [--status STATUS] [--force]",
  snooze: "snooze <vault-folder> <note> (--until YYYY-MM-DD | --days N)",
  close: "close <vault-folder> <note> [--force]",
  "next-round": "next-round <vault-folder> <note> --date YYYY-MM-DD[THH:mm] [--stage STAGE] [--status STATUS] [--force]",
} as const;

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

function run(
  args: string[],
  rawIo: CliIo,
  options: NonNullable<ParseArgsConfig["options"]>,
  build: (ctx: Context, values: Record<string, unknown>, extra: string[]) => RecordAction,
): number {
  // Every line this prints is one message, and may quote a note's name or values.
  const io = terminalIo(rawIo);
  const parsed = parseArgs({ args, allowPositionals: true, options: { config: { type: "string" }, force: { type: "boolean" }, ...options } });
  const values = parsed.values as Record<string, unknown>;
  const positionals = parsed.positionals;
  const vault = vaultArg(positionals[0]);
  const settings = settingsFor(vault, values.config as string | undefined);
  const file = resolveNoteArg(vault, positionals[1]);
  // A note that is a link is read and written where it really is: the link stays a link.
  const path = realNotePath(vault, file);
  let stable: NoteRead;
  try {
    stable = readNoteStable(path);
  } catch (error) {
    if (error instanceof NotUtf8Error || error instanceof NoteChangedError) {
      io.err(`job-journal: ${file} ${error.message}\n`);
      return 1;
    }
    const code = errorCode(error);
    io.err(`job-journal: ${file}: cannot be read (${code === "EACCES" || code === "EPERM" ? "permission denied" : (error as Error).message})\n`);
    return 1;
  }
  const text = stable.text;
  const read = readFrontmatter(file, text);
  const data = read.kind === "ok" ? read.data : undefined;
  const lookup = new KeyLookup(settings);
  const note = readInterviewNote(file, data, lookup).note;
  const today = formatDate(wallClockOf(io.now()));
  const action = build({ file, note, settings, today }, values, positionals.slice(2));
  // Invalid YAML is not judged here: the edit refuses it below, with its line.
  const isJobNote = read.kind === "error" || isInterviewNote(file, data, lookup);
  const problem = actionProblem(note, action, settings, isJobNote);
  if (problem && values.force !== true) {
    io.err(`job-journal: ${file}: ${problem}; nothing was written (--force writes it anyway)\n`);
    return 1;
  }
  if (problem) io.err(`job-journal: warning: ${file}: ${problem}; \`job-journal check\` will report it\n`);
  const outcome = recordAction(text, action, settings, parseYamlCli);
  if (outcome.status === "refused") {
    io.err(`job-journal: ${file}${outcome.line ? `:${outcome.line}` : ""}: ${outcome.message}; nothing was written\n`);
    return 1;
  }
  if (outcome.status === "unchanged") {
    io.out(`Nothing to change in ${file}: ${outcome.reason}\n`);
    return 0;
  }
  try {
    writeNoteSafely(path, stable, outcome.text, io.writeHooks);
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
  io.out(`Recorded in ${file}: ${outcome.summary}\n`);
  return 0;
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

export function doneCommand(args: string[], io: CliIo): number {
  return run(args, io, { person: { type: "string" }, attempt: { type: "string" }, date: { type: "string" } }, (ctx, values, extra) => {
    const kind = extra[0];
    const date = dateArg(values.date as string | undefined, ctx.today);
    switch (kind) {
      case "thank-you":
        return pickPerson(ctx, values.person as string | undefined, date);
      case "debrief":
        return { kind: "debrief", date };
      case "inform-references":
      case "references":
        return { kind: "inform-references", date };
      case "follow-up": {
        const a = values.attempt as string | undefined;
        if (a !== undefined && a !== "1" && a !== "2") throw new UsageError(`--attempt must be 1 or 2 (there is never a third follow-up), not ${a}`);
        const attempt = a === undefined ? (ctx.note.followUp1 ? 2 : 1) : a === "1" ? 1 : 2;
        return { kind: "follow-up", attempt, date };
      }
      case "move-on":
        return { kind: "move-on" };
      default:
        throw new UsageError(`done needs what was done: thank-you, debrief, inform-references, follow-up or move-on${kind ? `, not "${kind}"` : ""}`);
    }
  });
}

export function replyCommand(args: string[], io: CliIo): number {
  let nextRound: { file: string } | undefined;
  const code = run(args, io, { date: { type: "string" }, status: { type: "string" } }, (ctx, values) => {
    const action: RecordAction = { kind: "reply", date: dateArg(values.date as string | undefined, ctx.today) };
    const status = values.status as string | undefined;
    if (status?.trim().toLowerCase() === "next round") nextRound = { file: ctx.file };
    return status === undefined ? action : { ...action, status };
  });
  // Both ways of keeping rounds (README, "One note per round, or one per application").
  if (code === 0 && nextRound) {
    terminalIo(io).out(`Next round: keep this note for it with \`job-journal next-round <vault> "${nextRound.file}" --date YYYY-MM-DD\`, or start a new note for it.\n`);
  }
  return code;
}

export function snoozeCommand(args: string[], io: CliIo): number {
  return run(args, io, { until: { type: "string" }, days: { type: "string" } }, (ctx, values) => {
    const until = values.until as string | undefined;
    const days = values.days as string | undefined;
    if ((until === undefined) === (days === undefined)) throw new UsageError("snooze needs --until YYYY-MM-DD or --days N");
    if (until !== undefined) return { kind: "snooze", until: dateArg(until, ctx.today, "--until") };
    if (!/^\d{1,4}$/.test(days ?? "")) throw new UsageError(`--days must be a whole number of days, not ${days}`);
    const today = parseWhen(ctx.today);
    if (!today) throw new UsageError("bad clock");
    return { kind: "snooze", until: formatDate(addDays(today, Number(days)).at) };
  });
}

export function closeCommand(args: string[], io: CliIo): number {
  return run(args, io, {}, () => ({ kind: "move-on" }));
}

export function nextRoundCommand(args: string[], io: CliIo): number {
  return run(args, io, { date: { type: "string" }, stage: { type: "string" }, status: { type: "string" } }, (_ctx, values) => {
    const date = values.date as string | undefined;
    if (date === undefined) throw new UsageError("next-round needs the next interview's --date YYYY-MM-DD (or YYYY-MM-DDTHH:mm)");
    const when = parseWhen(date);
    if (!when) throw new UsageError(`--date ${notADate(date)}`);
    const next: { interview: string; stage?: string; status?: string } = { interview: formatWhen(when) };
    if (typeof values.stage === "string") next.stage = values.stage;
    if (typeof values.status === "string") next.status = values.status;
    return { kind: "next-round", next };
  });
}
