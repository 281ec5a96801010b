import { styleText } from "node:util";

/** Styles for text on a terminal; every one is the identity when colour is off. */
export interface Paint {
  on: boolean;
  bold: (text: string) => string;
  dim: (text: string) => string;
  /** Overdue, errors. */
  alarm: (text: string) => string;
  /** Due today, warnings. */
  warn: (text: string) => string;
}

type Env = Record<string, string | undefined>;

/**
 * Colour only on a terminal that has it, and never against the user's word: NO_COLOR (any
 * value, no-color.org) and FORCE_COLOR=0 turn it off, FORCE_COLOR turns it on even in a pipe.
 * The same order as commander's, so help and output agree.
 */
export function colourWanted(env: Env, stream: { isTTY?: boolean; hasColors?: () => boolean }): boolean {
  if (env.NO_COLOR || env.FORCE_COLOR === "0" || env.FORCE_COLOR === "false") return false;
  if (env.FORCE_COLOR !== undefined || env.CLICOLOR_FORCE !== undefined) return true;
  return stream.isTTY === true && env.TERM !== "dumb" && (stream.hasColors?.() ?? true);
}

const same = (text: string): string => text;

// The decision is made above, from the environment and the stream: styleText must not make its own.
const style = (format: Parameters<typeof styleText>[0]) => (text: string) =>
  styleText(format, text, { validateStream: false });

export const NO_PAINT: Paint = { on: false, bold: same, dim: same, alarm: same, warn: same };
export const ANSI_PAINT: Paint = {
  on: true,
  bold: style("bold"),
  dim: style("dim"),
  alarm: style(["bold", "red"]),
  warn: style("yellow"),
};

export function paintFor(on: boolean | undefined): Paint {
  return on === true ? ANSI_PAINT : NO_PAINT;
}
