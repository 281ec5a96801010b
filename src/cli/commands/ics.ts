import { existsSync, mkdirSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { calendarEventsFor, calendarUpdate, toICalendar, type NoteLink } from "../../core/exchange/ics";
import { plural } from "../../core/follow-ups/describe";
import { CONFIG_OPTION, NOW_OPTION, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";
import { NoteChangedError, readNoteStable, writeNoteSafely, type NoteRead } from "../safe-write";
import { UsageError } from "../usage-error";
import { readVaultCommand } from "../vault-command";

export const icsSpec: CommandSpec = {
  name: "ics",
  summary: "export the follow-ups as an iCalendar (.ics) file",
  description:
    "Writes one all-day event per follow-up, to stdout or to --out. --out is rewritten only when an event changed, and " +
    "never over a file job-journal did not write, so a calendar can subscribe to it. Each event links to its note: " +
    "obsidian:// links by default, file:// links with --link file.",
  args: [VAULT_ARG],
  options: [
    NOW_OPTION,
    { flags: "--out <file>", description: "write the calendar to this file instead of stdout", completeFile: true },
    { flags: "--link <kind>", description: "how events link to their note", choices: ["obsidian", "file"] },
    {
      flags: "--vault-name <name>",
      description: "the vault's name in Obsidian, for obsidian:// links (default: the folder's name)",
    },
    CONFIG_OPTION,
  ],
  examples: [
    "job-journal ics ~/notes --out ~/Calendars/job-search.ics",
    "job-journal ics ~/notes --link file > follow-ups.ics",
  ],
  run: icsCommand,
};

/**
 * The follow-ups as an iCalendar file, on stdout or into --out. --out is rewritten only when
 * an event changed (a calendar that watches the file then sees a change only when there is one),
 * and never over a file this tool did not write.
 */
export function icsCommand(input: CommandInput, io: CliIo): number {
  const values = input.opts;
  const { vault, settings, now, entries, people } = readVaultCommand(input, io);
  // Obsidian names a vault after its folder; obsidian://open links need that name.
  const linkKind = (values.link as string | undefined) ?? "obsidian";
  // Obsidian names a vault after its folder; a file:// link opens the note in whatever opens .md files.
  const link: NoteLink =
    linkKind === "file"
      ? (file) => pathToFileURL(resolve(vault, file)).href
      : ((values.vaultName as string | undefined) ?? basename(resolve(vault)));
  const events = calendarEventsFor(entries, now, settings, people, link);
  // DTSTAMP is when the file is written, which --now (the time the rules are evaluated at) is not.
  const text = toICalendar(events, io.clock.instant());
  const out = values.out as string | undefined;
  if (out === undefined) {
    io.out(text);
    return 0;
  }
  let old: NoteRead | undefined;
  try {
    old = existsSync(out) ? readNoteStable(out) : undefined;
  } catch (error) {
    io.err(`job-journal ics: could not read ${out}: it ${(error as Error).message}\n`);
    return 1;
  }
  const update = calendarUpdate(old?.text, text);
  if (update === "foreign")
    throw new UsageError(`${out} exists and is not a calendar written by job-journal; it is left as it is`);
  if (update === "unchanged") {
    io.err(`${out} is up to date (${plural(events.length, "follow-up")}).\n`);
    return 0;
  }
  // Temporary file and rename, as for notes: a calendar app reading meanwhile sees the old file
  // or the new one, and a file changed meanwhile is left alone.
  try {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeNoteSafely(out, old, text, io.writeHooks);
  } catch (error) {
    const message = (error as Error).message;
    io.err(
      `job-journal ics: could not write ${out}: ${error instanceof NoteChangedError ? `it ${message}` : message}\n`,
    );
    return 1;
  }
  io.err(`Wrote ${plural(events.length, "follow-up")} to ${out}.\n`);
  return 0;
}
