import { checkCommand, checkUsage } from "./commands/check";
import { dueCommand, dueUsage } from "./commands/due";
import { icsCommand, icsUsage } from "./commands/ics";
import { statsCommand, statsUsage } from "./commands/stats";
import { suggestConfigCommand, suggestConfigUsage } from "./commands/suggest-config";
import { closeCommand, doneCommand, nextRoundCommand, recordUsages, replyCommand, snoozeCommand } from "./commands/record";
import { processIo, type CliIo } from "./io";
import { UsageError } from "./usage-error";

/** job-journal: the follow-up engine over a folder of markdown notes. */

/** Exit statuses (the README's table): 0 fine, 1 something to look at, 2 a usage error, 141 the reader closed the pipe. */
export const EXIT_CLOSED_PIPE = 141;

const COMMANDS: Record<string, { run: (args: string[], io: CliIo) => number; usage: string }> = {
  due: { run: dueCommand, usage: dueUsage },
  done: { run: doneCommand, usage: recordUsages.done },
  reply: { run: replyCommand, usage: recordUsages.reply },
  snooze: { run: snoozeCommand, usage: recordUsages.snooze },
  close: { run: closeCommand, usage: recordUsages.close },
  "next-round": { run: nextRoundCommand, usage: recordUsages["next-round"] },
  check: { run: checkCommand, usage: checkUsage },
  ics: { run: icsCommand, usage: icsUsage },
  stats: { run: statsCommand, usage: statsUsage },
  "suggest-config": { run: suggestConfigCommand, usage: suggestConfigUsage },
};

function usage(): string {
  return `usage: job-journal <command> ...\n${Object.values(COMMANDS)
    .map((c) => `  job-journal ${c.usage}`)
    .join("\n")}\n`;
}

export function runCli(argv: string[], io: CliIo = processIo): number {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    io.out(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`job-journal: unknown command "${name}" (try: ${Object.keys(COMMANDS).join(", ")})\n`);
    return 2;
  }
  try {
    return command.run(rest, io);
  } catch (error) {
    const e = error as Error & { code?: string };
    if (error instanceof UsageError || e.code?.startsWith("ERR_PARSE_ARGS")) {
      io.err(`job-journal ${name}: ${e.message.split("\n")[0] ?? ""}\n`);
      return 2;
    }
    throw error;
  }
}

// Run only when this bundle is the program, not when a test imports it.
if (require.main === module) {
  // A reader that stops early (`| head -1`) closes the pipe: end quietly, with the status a
  // program stopped by SIGPIPE has (128 + 13), as coreutils do, instead of a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: Error & { code?: string }) => {
      if (error.code === "EPIPE") process.exit(EXIT_CLOSED_PIPE);
      throw error;
    });
  }
  process.exitCode = runCli(process.argv.slice(2));
}
