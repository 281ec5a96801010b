import { addDays, formatDate, parseWhen } from "../../core/lib/time";
import { CONFIG_OPTION, NOTE_ARG, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";
import { UsageError } from "../usage-error";

import { dateArg, run } from "./record-note";

/** `snooze`: a note's items hidden until a later day. */

export function snoozeCommand(input: CommandInput, io: CliIo): number {
  return run(input, io, (ctx, values) => {
    const until = values.until as string | undefined;
    const days = values.days as string | undefined;
    if ((until === undefined) === (days === undefined))
      throw new UsageError("snooze needs --until YYYY-MM-DD or --days N");
    if (until !== undefined) return { kind: "snooze", until: dateArg(until, ctx.today, "--until") };
    if (!/^\d{1,4}$/.test(days ?? "")) throw new UsageError(`--days must be a whole number of days, not ${days}`);
    const today = parseWhen(ctx.today);
    if (!today) throw new UsageError("bad clock");
    return { kind: "snooze", until: formatDate(addDays(today, Number(days)).at) };
  });
}

export const snoozeSpec: CommandSpec = {
  name: "snooze",
  summary: "hide a note's follow-ups until a later day",
  description:
    "Sets snooze_until: the note's items are not listed before that day. Give the day, or a number of days from today.",
  args: [VAULT_ARG, NOTE_ARG],
  options: [
    { flags: "--until <day>", description: "the first day to list the items again, YYYY-MM-DD", conflicts: ["days"] },
    { flags: "--days <n>", description: "as many days from today (a whole number)" },
    CONFIG_OPTION,
  ],
  examples: ["job-journal snooze ~/notes Acme --days 3", "job-journal snooze ~/notes Acme --until 2026-04-01"],
  run: snoozeCommand,
};
