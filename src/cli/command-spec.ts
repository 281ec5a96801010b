import type { CliIo } from "./io";

/**
 * One command of `job-journal`, as data: `program.ts` turns it into a commander command (help,
 * errors, `--`), `completion.ts` into shell completion. The command's own code sees only the
 * parsed arguments.
 */
export interface CommandSpec {
  name: string;
  /** One line, for the list of commands. */
  summary: string;
  /** What `<command> --help` says beneath the usage line. */
  description: string;
  args: ArgSpec[];
  options: OptionSpec[];
  /** Shown under "Examples:" in `<command> --help`, each a whole command line. */
  examples: string[];
  /** The exit status; a promise only where the command asked the user something (io.ask). */
  run(input: CommandInput, io: CliIo): number | Promise<number>;
}

export interface ArgSpec {
  /** As commander writes it: `<vault-folder>`, `[rest...]`. */
  name: string;
  description: string;
  /** Completion: a folder, a markdown note, or one of these words. */
  complete: "folder" | "note" | readonly string[];
}

export interface OptionSpec {
  /** As commander writes it: `--now <when>`, `--json`. */
  flags: string;
  description: string;
  choices?: readonly string[];
  /** Completion of the value: a file, or nothing to offer (a date, a name). */
  completeFile?: boolean;
  /** Options that cannot be given with this one. */
  conflicts?: string[];
  /** Given more than once, each value is kept (a list of strings). */
  repeatable?: boolean;
}

export interface CommandInput {
  args: string[];
  opts: Record<string, string | string[] | boolean | undefined>;
}

/** The options every command that reads a vault takes. */
export const NOW_OPTION: OptionSpec = {
  flags: "--now <when>",
  description: "evaluate the rules at this time instead of now (YYYY-MM-DD or YYYY-MM-DDTHH:mm)",
};
export const CONFIG_OPTION: OptionSpec = {
  flags: "--config <file>",
  description: "settings JSON to use instead of the vault's saved plugin settings",
  completeFile: true,
};
export const FORCE_OPTION: OptionSpec = {
  flags: "--force",
  description: "write even what the note's status or dates say is a mistake (check will report it)",
};
export const VAULT_ARG: ArgSpec = {
  name: "<vault-folder>",
  description: "the folder that holds your notes",
  complete: "folder",
};
export const NOTE_ARG: ArgSpec = {
  name: "<note>",
  description: "a note inside the vault: its path, its name without .md, or a path relative to the vault",
  complete: "note",
};
