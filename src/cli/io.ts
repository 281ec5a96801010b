import { colourWanted } from "./colour";
import type { WriteHooks } from "./safe-write";

/** What a command may touch besides the files it is given: output streams and the clock. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** The current instant; tests pass a fixed one. */
  now(): Date;
  /** Test seams for the safe write. */
  writeHooks?: WriteHooks;
  /** The terminal's width; undefined when unknown or piped (80 is used then). */
  columns?: number;
  /** Whether standard output takes colour (colour.ts decides); off when absent. */
  colour?: boolean;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  now: () => new Date(),
  columns: process.stdout.isTTY ? process.stdout.columns : undefined,
  colour: colourWanted(process.env, process.stdout),
};
