import { CONFIG_OPTION, FORCE_OPTION, NOTE_ARG, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";

import { run } from "./record-note";

/** `close`: moving on from an application. */

export function closeCommand(input: CommandInput, io: CliIo): number {
  return run(input, io, () => ({ kind: "move-on" }));
}

export const closeSpec: CommandSpec = {
  name: "close",
  summary: "move on from an application: no more follow-ups for it",
  description:
    "Records that you have moved on by setting the note's status to closed: the note raises no more items. The same as " +
    "`done <vault-folder> <note> move-on`.",
  args: [VAULT_ARG, NOTE_ARG],
  options: [FORCE_OPTION, CONFIG_OPTION],
  examples: ["job-journal close ~/notes Acme"],
  run: closeCommand,
};
