import { Argument, Command, CommanderError, Option } from "commander";
import { exportSpec } from "./commands/export-csv";
import { importSpec } from "./commands/import-sheet";
import { version } from "../../package.json";
import { checkSpec } from "./commands/check";
import { completionSpecFor } from "./commands/completion";
import { dueSpec } from "./commands/due";
import { icsSpec } from "./commands/ics";
import { boardSpec } from "./commands/board";
import { closeSpec } from "./commands/close";
import { moveSpec } from "./commands/move";
import { doneSpec } from "./commands/done";
import { interviewSpec } from "./commands/interview";
import { nextRoundSpec } from "./commands/next-round";
import { replySpec } from "./commands/reply";
import { snoozeSpec } from "./commands/snooze";
import { statsSpec } from "./commands/stats";
import { suggestConfigSpec } from "./commands/suggest-config";
import type { CommandInput, CommandSpec } from "./command-spec";
import { paintFor } from "./colour";
import type { CliIo } from "./io";
import { DEFAULT_COLUMNS } from "./print-due";

/** Every command, in the order `--help` lists them: reading first, then recording, then the rest. */
export const COMMANDS: readonly CommandSpec[] = [
  dueSpec,
  doneSpec,
  replySpec,
  snoozeSpec,
  closeSpec,
  moveSpec,
  nextRoundSpec,
  interviewSpec,
  checkSpec,
  boardSpec,
  statsSpec,
  icsSpec,
  exportSpec,
  importSpec,
  suggestConfigSpec,
  completionSpecFor(() => COMMANDS),
];

export const EXIT_STATUSES = `Exit status:
  0    fine (for check: no problems in the notes it read)
  1    something to look at: check found problems (or no notes), a write failed
  2    a usage error: an unknown command or option, a missing or bad argument
  141  the reader of the output stopped early (| head), as for any Unix tool`;

const PROGRAM_DESCRIPTION =
  "Follow-ups after job interviews, computed from the YAML frontmatter of plain markdown notes: thank-you notes within " +
  "a day, a debrief, telling your references, two polite follow-ups after the decision date, then moving on. The same " +
  "rules and notes as the Obsidian plugin.";

const PROGRAM_EXAMPLES = [
  "job-journal due ~/notes",
  'job-journal done ~/notes "Acme onsite" thank-you --person "Tom Becker"',
  "job-journal check ~/notes",
];

/**
 * Commander's own error text, made one line in our voice:
 * `job-journal due: unknown option '--dayz' (Did you mean --days?)`.
 */
function errorLine(text: string, command: string): string {
  let message = text
    .replace(/^error: /, "")
    .trim()
    .split("\n")
    .join(" ");
  if (/^unknown command '[^']*'$/.test(message))
    message += `; the commands are ${COMMANDS.map((c) => c.name).join(", ")}`;
  return `job-journal${command ? ` ${command}` : ""}: ${message}\n(see \`job-journal ${command ? `${command} ` : ""}--help\`)\n`;
}

type Status = number | Promise<number>;

function addCommand(program: Command, spec: CommandSpec, result: { code: Status }, io: CliIo): void {
  const command = program.command(spec.name).summary(spec.summary).description(spec.description);
  for (const arg of spec.args) command.addArgument(new Argument(arg.name, arg.description));
  for (const o of spec.options) {
    const option = new Option(o.flags, o.description);
    if (o.choices) option.choices(o.choices);
    if (o.conflicts) option.conflicts(o.conflicts);
    if (o.repeatable) option.argParser((value: string, before: string[] = []) => [...before, value]);
    command.addOption(option);
  }
  command.addHelpText("after", `\nExamples:\n${spec.examples.map((e) => `  $ ${e}`).join("\n")}`);
  command.configureOutput({ outputError: (text, write) => write(errorLine(text, spec.name)) });
  command.action((...given: unknown[]) => {
    // Commander passes the arguments, then the options, then the command.
    const opts = command.opts<CommandInput["opts"]>();
    const args = given
      .slice(0, spec.args.length)
      .flatMap((a) => (Array.isArray(a) ? (a as string[]) : a === undefined ? [] : [a as string]));
    result.code = spec.run({ args, opts }, io);
  });
}

/** The command line as commander sees it: built anew for each run (commander keeps what it parsed). */
export function buildProgram(io: CliIo, result: { code: Status }): Command {
  const program = new Command("job-journal")
    .description(PROGRAM_DESCRIPTION)
    .version(version, "-V, --version", "print the version and stop")
    .helpOption("-h, --help", "print this help")
    .helpCommand("help [command]", "print the help of a command")
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (text) => io.out(text),
      writeErr: (text) => io.err(text),
      getOutHelpWidth: () => io.columns ?? DEFAULT_COLUMNS,
      getErrHelpWidth: () => io.columns ?? DEFAULT_COLUMNS,
      getOutHasColors: () => io.colour === true,
      getErrHasColors: () => false,
      outputError: (text, write) => write(errorLine(text, "")),
    })
    // The list of commands names them only (their arguments are in each one's help), so the
    // summaries fit 80 columns.
    .configureHelp({ styleTitle: (title) => paintFor(io.colour).bold(title), subcommandTerm: (c) => c.name() })
    .addHelpText(
      "after",
      `\nExamples:\n${PROGRAM_EXAMPLES.map((e) => `  $ ${e}`).join("\n")}\n\n${EXIT_STATUSES}\n\nEach command has its own help: job-journal <command> --help`,
    );
  for (const spec of COMMANDS) addCommand(program, spec, result, io);
  return program;
}

/**
 * Runs commander over the arguments; its exits become statuses (help and version 0, usage
 * errors 2). A promise only where a command asked the user something (io.ask).
 */
export function runProgram(argv: string[], io: CliIo): Status {
  const result: { code: Status } = { code: 0 };
  const program = buildProgram(io, result);
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return 2;
  }
  try {
    program.parse(argv, { from: "user" });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    return error.exitCode === 0 ? 0 : 2;
  }
  return result.code;
}
