import type { RecordAction } from "../../core/follow-ups/items";
import {
  CLI_DONE_KINDS,
  isStepKind,
  KINDS,
  stepAction,
  type CliDoneKind,
  type StepKind,
} from "../../core/follow-ups/kinds";
import { parsePerson, samePerson } from "../../core/notes/people";
import { CONFIG_OPTION, FORCE_OPTION, NOTE_ARG, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";
import { UsageError } from "../usage-error";

import { dateArg, DATE_OPTION, run, type Context } from "./record-note";

/** `done`: a follow-up step recorded as done (a thank-you, the debrief, a follow-up, moving on…). */

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
