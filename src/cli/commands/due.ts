import { followUpReport, reportToJson } from "../../core/engine";
import { formatDateTime } from "../../core/time";
import type { CliIo } from "../io";
import { formatReport } from "../print-due";
import { readVaultCommand } from "../vault-command";

export const dueUsage = "due <vault-folder> [--now YYYY-MM-DD|YYYY-MM-DDTHH:mm] [--json] [--config FILE]";

export function dueCommand(args: string[], io: CliIo): number {
  const { values, entries, people, now, settings } = readVaultCommand(args, io, { json: { type: "boolean" } });
  const report = followUpReport(entries, now, settings, people);
  io.out(values.json === true ? `${JSON.stringify(reportToJson(report, formatDateTime), null, 2)}\n` : formatReport(report));
  return 0;
}
