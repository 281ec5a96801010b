import { CONFIG_OPTION, FORCE_OPTION, NOTE_ARG, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";

import { interviewWhen, run } from "./record-note";

/** `next-round`: the next interview round, in the same note. */

export function nextRoundCommand(input: CommandInput, io: CliIo): number {
  return run(input, io, (_ctx, values) => {
    const next: { interview: string; stage?: string; status?: string } = {
      interview: interviewWhen(values, "next-round needs the next interview's"),
    };
    if (typeof values.stage === "string") next.stage = values.stage;
    if (typeof values.status === "string") next.status = values.status;
    return { kind: "next-round", next };
  });
}

export const nextRoundSpec: CommandSpec = {
  name: "next-round",
  summary: "start the next interview round in the same note",
  description:
    "For one note per application: moves this round's dates, people and steps into the note's rounds list (one line) " +
    "and sets the next interview's date, so the follow-ups start again for the new round.",
  args: [VAULT_ARG, NOTE_ARG],
  options: [
    { flags: "--date <when>", description: "the next interview, YYYY-MM-DD or YYYY-MM-DDTHH:mm (required)" },
    { flags: "--stage <stage>", description: "the next round's stage (onsite, final…)" },
    { flags: "--status <status>", description: "the note's status for the new round" },
    FORCE_OPTION,
    CONFIG_OPTION,
  ],
  examples: ["job-journal next-round ~/notes Acme --date 2026-03-20T14:00 --stage onsite"],
  run: nextRoundCommand,
};
