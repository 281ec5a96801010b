import { jobSearchStats } from "../../core/stats/stats";
import { formatStats, statsToJson } from "../../core/stats/stats-text";
import { formatDateTime } from "../../core/lib/time";
import { CONFIG_OPTION, NOW_OPTION, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";
import { escapeControls } from "../terminal";
import { readVaultCommand } from "../vault-command";

export const statsSpec: CommandSpec = {
  name: "stats",
  summary: "count interviews, replies, follow-ups and thank-yous",
  description:
    "Counts the interviews by stage and status, how many got a reply and how soon, the follow-ups and thank-yous sent, " +
    "and the interviews of the last twelve weeks. Notes that could not be read are counted apart.",
  args: [VAULT_ARG],
  options: [NOW_OPTION, { flags: "--json", description: "print the statistics as JSON" }, CONFIG_OPTION],
  examples: ["job-journal stats ~/notes", "job-journal stats ~/notes --json"],
  run: statsCommand,
};

export function statsCommand(input: CommandInput, io: CliIo): number {
  const values = input.opts;
  const { entries, now, settings } = readVaultCommand(input, io);
  const notes = entries.flatMap((e) => (e.note ? [e.note] : []));
  const stats = jobSearchStats(notes, now, settings);
  // Notes that could not be read count nowhere: say how many, so the numbers are not taken as all.
  const unread = entries.length - notes.length;
  if (values.json === true) {
    io.out(
      `${JSON.stringify({ ...(statsToJson(stats, formatDateTime(now)) as object), unreadNotes: unread }, null, 2)}\n`,
    );
    return 0;
  }
  io.out(formatStats(stats, formatDateTime(now), escapeControls));
  if (unread > 0)
    io.out(
      `\n${unread} interview ${unread === 1 ? "note" : "notes"} could not be read and ${unread === 1 ? "is" : "are"} not counted: \`job-journal check\` says why.\n`,
    );
  return 0;
}
