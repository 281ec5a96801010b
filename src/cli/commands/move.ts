import { COLUMN_TITLES } from "../../core/follow-ups/board";
import { STATUS_CLASSES, type StatusClass } from "../../core/settings/settings";
import { CONFIG_OPTION, FORCE_OPTION, NOTE_ARG, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";
import { UsageError } from "../usage-error";
import { dateArg, DATE_OPTION, run } from "./record-note";

/** `move`: an application moved to another column of the board, in the vault's own word. */

/** A column as typed: its class or its title, in any case. */
export function columnArg(typed: string | undefined): StatusClass {
  const wanted = typed?.trim().toLowerCase() ?? "";
  const found = STATUS_CLASSES.find((c) => c === wanted || COLUMN_TITLES[c].toLowerCase() === wanted);
  if (found) return found;
  throw new UsageError(`move needs the column: ${STATUS_CLASSES.join(", ")}${typed ? `, not "${typed}"` : ""}`);
}

export function moveCommand(input: CommandInput, io: CliIo): number {
  return run(input, io, (ctx, values, extra) => ({
    kind: "move",
    to: columnArg(extra[0]),
    date: dateArg(values.date as string | undefined, ctx.today),
  }));
}

export const moveSpec: CommandSpec = {
  name: "move",
  summary: "move an application to another column of the board",
  description:
    "Sets the note's status to your vault's word for that column (the word its notes use most, or the settings' " +
    "writeStatuses), changing nothing else; to offer also dates replied when it is empty. A closed application moves " +
    "back only with --force.",
  args: [
    VAULT_ARG,
    NOTE_ARG,
    { name: "<column>", description: STATUS_CLASSES.join(", "), complete: [...STATUS_CLASSES] },
  ],
  options: [DATE_OPTION, FORCE_OPTION, CONFIG_OPTION],
  examples: ["job-journal move ~/notes Acme interviewing", "job-journal move ~/notes Interviews/Globex.md closed"],
  run: moveCommand,
};
