import { CONFIG_OPTION, FORCE_OPTION, NOTE_ARG, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";
import { loggedInterview } from "../../core/editing/interview-log";

import { interviewWhen, run } from "./record-note";

/** `interview`: an interview logged in an application's note. */

export function interviewCommand(input: CommandInput, io: CliIo): number {
  return run(input, io, (_ctx, values) => {
    const interview = interviewWhen(values, "interview needs its");
    const people = typeof values.with === "string" ? values.with : "";
    return loggedInterview(interview, people, typeof values.stage === "string" ? values.stage : "");
  });
}

export const interviewSpec: CommandSpec = {
  name: "interview",
  summary: "log an interview in an application's note: date, people, stage",
  description:
    "For notes that keep interviews in their text or nowhere: writes the interview's date, the people you met " +
    "(added to the interviewers, each once) and its stage into the note's properties, under the names the settings " +
    "map, and moves a status that says you have not interviewed yet to your interviewing word. A note with an " +
    "interview on another day goes on to the next round, the earlier one kept in its rounds list.",
  args: [VAULT_ARG, NOTE_ARG],
  options: [
    { flags: "--date <when>", description: "when it was (or will be), YYYY-MM-DD or YYYY-MM-DDTHH:mm (required)" },
    { flags: "--with <people>", description: 'who you met, separated by ";" ("Jane Doe <jane@x.com>; Tom Becker")' },
    { flags: "--stage <stage>", description: "the round (phone screen, onsite, final…)" },
    FORCE_OPTION,
    CONFIG_OPTION,
  ],
  examples: [
    "job-journal interview ~/notes Acme --date 2026-03-10T14:00 --stage onsite",
    'job-journal interview ~/notes Acme --date 2026-03-10 --with "Ann; Tom Lee"',
  ],
  run: interviewCommand,
};
