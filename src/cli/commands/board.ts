import { attachAll } from "../../core/follow-ups/attach";
import { buildBoard } from "../../core/follow-ups/board";
import { boardText, boardToJson } from "../../core/follow-ups/board-text";
import { followUpReport } from "../../core/follow-ups/engine";
import { formatWhen } from "../../core/lib/time";
import { CONFIG_OPTION, NOW_OPTION, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";
import { terminalIo } from "../terminal";
import { readVaultCommand } from "../vault-command";

/** `board`: where the search stands, one column per status class. */

export function boardCommand(input: CommandInput, rawIo: CliIo): number {
  const io = terminalIo(rawIo);
  const { entries, people, now, settings } = readVaultCommand(input, rawIo);
  const notes = attachAll(entries, settings).flatMap((e) => (e.note ? [e.note] : []));
  const board = buildBoard(notes, followUpReport(entries, now, settings, people).items, now);
  if (input.opts.json === true) {
    // JSON escapes what it quotes itself.
    const json = boardToJson(board, (at) => formatWhen({ at, hasTime: false }));
    rawIo.out(`${JSON.stringify(json, null, 2)}\n`);
    return 0;
  }
  // One line at a time: the terminal's escaping of what notes say keeps the line breaks between them.
  for (const line of boardText(board, input.opts.all === true)
    .split("\n")
    .slice(0, -1))
    io.out(`${line}\n`);
  return 0;
}

export const boardSpec: CommandSpec = {
  name: "board",
  summary: "every application by stage: considering, applied, interviewing, offer, closed",
  description:
    "Prints the pipeline board: one column per class of status, each with its count and its applications, what needs " +
    "attention first (! marks something overdue), with how long since the last event and the next follow-up. Closed " +
    "is folded unless --all. Move an application with `job-journal move`.",
  args: [VAULT_ARG],
  options: [
    { flags: "--all", description: "list the closed applications too" },
    { flags: "--json", description: "print the board as JSON" },
    NOW_OPTION,
    CONFIG_OPTION,
  ],
  examples: ["job-journal board ~/notes", "job-journal board ~/notes --json"],
  run: boardCommand,
};
