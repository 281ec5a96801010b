import { askInTerminal, type Choice } from "./ask";
import { colourWanted } from "./colour";
import type { WriteHooks } from "./safe-write";
import { clockOf, type Clock } from "../core/lib/clock";

/** What a command may touch besides the files it is given: output streams and the clock. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The clock; tests pass a fixed one. */
  clock: Clock;
  /** Test seams for the safe write. */
  writeHooks?: WriteHooks;
  /** The terminal's width; undefined when unknown or piped (80 is used then). */
  columns?: number;
  /** Whether standard output takes colour (colour.ts decides); off when absent. */
  colour?: boolean;
  /**
   * Asks the user to pick one of `choices` (its value is the answer). Only where standard input
   * and standard error are a terminal: a script, a pipe or CI is never asked.
   */
  ask?: (question: string, choices: readonly Choice[]) => Promise<string>;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  clock: clockOf(() => new Date()),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  colour: colourWanted(process.env, process.stdout),
  ask: process.stdin.isTTY && process.stderr.isTTY ? askInTerminal : undefined,
};
