import { processIo, type CliIo } from "./io";
import { runProgram } from "./program";
import { UsageError } from "./usage-error";

/** job-journal: the follow-up engine over a folder of markdown notes. */

/**
 * Exit statuses (the README's table and `--help`): 0 fine, 1 something to look at, 2 a usage
 * error, 141 the reader closed the pipe.
 */
export const EXIT_CLOSED_PIPE = 141;

export function runCli(argv: string[], io: CliIo = processIo): number {
  const status = runCliAsking(argv, io);
  // Only a command that asked the user something (io.ask, a terminal's) or read a workbook answers later.
  if (typeof status !== "number") throw new Error("this command answers later: run it with runCliAsking");
  return status;
}

/** As runCli, for a terminal: a command may ask the user (io.ask) and answer with a promise. */
export function runCliAsking(argv: string[], io: CliIo = processIo): number | Promise<number> {
  // A bad folder, date or config found once the arguments were parsed: one line, as commander's own.
  const usage = (error: unknown): number => {
    if (!(error instanceof UsageError)) throw error;
    const name = argv.find((a) => !a.startsWith("-")) ?? "";
    io.err(`job-journal ${name}: ${error.message.split("\n")[0] ?? ""}\n`);
    return 2;
  };
  try {
    const status = runProgram(argv, io);
    return status instanceof Promise ? status.catch(usage) : status;
  } catch (error) {
    return usage(error);
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
  void Promise.resolve(runCliAsking(process.argv.slice(2))).then((status) => {
    process.exitCode = status;
  });
}
