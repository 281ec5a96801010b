import type { RecordAction } from "../../core/follow-ups/items";
import { CONFIG_OPTION, FORCE_OPTION, NOTE_ARG, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";
import { terminalIo } from "../terminal";

import { dateArg, DATE_OPTION, run } from "./record-note";

/** `reply`: the employer replied, and what they said. */

export function replyCommand(input: CommandInput, io: CliIo): number {
  let nextRound: { file: string } | undefined;
  const code = run(input, io, (ctx, values) => {
    const action: RecordAction = { kind: "reply", date: dateArg(values.date as string | undefined, ctx.today) };
    const status = values.status as string | undefined;
    if (status?.trim().toLowerCase() === "next round") nextRound = { file: ctx.file };
    return status === undefined ? action : { ...action, status };
  });
  // Both ways of keeping rounds (README, "One note per round, or one per application").
  if (code === 0 && nextRound) {
    terminalIo(io).out(
      `Next round: keep this note for it with \`job-journal next-round <vault> "${nextRound.file}" --date YYYY-MM-DD\`, or start a new note for it.\n`,
    );
  }
  return code;
}

export const replySpec: CommandSpec = {
  name: "reply",
  summary: "record that the employer replied, and their answer",
  description:
    "Records the day the employer replied (the replied property) and, with --status, what they said (offer, rejected, " +
    "next round…). A reply stops the follow-ups of that interview.",
  args: [VAULT_ARG, NOTE_ARG],
  options: [
    DATE_OPTION,
    { flags: "--status <status>", description: "the note's new status, one your settings know" },
    FORCE_OPTION,
    CONFIG_OPTION,
  ],
  examples: [
    'job-journal reply ~/notes Acme --status "next round"',
    "job-journal reply ~/notes Acme --date 2026-03-14 --status rejected",
  ],
  run: replyCommand,
};
