import type { CliIo } from "./io";

/**
 * Text from notes (company names, file names, values quoted in messages) is shown escaped when
 * it holds control characters: an escape sequence in a company name must not retitle or clear
 * the user's terminal, and a line break in a value must not break the table. JSON output is
 * exact and is never passed through here.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NAMED: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t", "\u001b": "\\e" };

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => NAMED[c] ?? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** One message, possibly ending with its line break: everything before that break is escaped. */
function messageLine(text: string): string {
  return text.endsWith("\n") ? `${escapeControls(text.slice(0, -1))}\n` : escapeControls(text);
}

/** The same io, for commands whose every write is one message line. */
export function terminalIo(io: CliIo): CliIo {
  return { ...io, out: (t) => io.out(messageLine(t)), err: (t) => io.err(messageLine(t)) };
}
