import { parseArgs } from "node:util";
import { followUpReport, reportToJson } from "../../core/engine";
import { formatDateTime } from "../../core/time";
import { nowArg, vaultArg } from "../common";
import type { CliIo } from "../io";
import { formatReport } from "../print-due";
import { settingsFor } from "../settings-file";
import { readVault } from "../vault";

export const dueUsage = "due <vault-folder> [--now YYYY-MM-DD|YYYY-MM-DDTHH:mm] [--json] [--config FILE]";

export function dueCommand(args: string[], io: CliIo): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { now: { type: "string" }, json: { type: "boolean" }, config: { type: "string" } },
  });
  const vault = vaultArg(positionals[0]);
  const settings = settingsFor(vault, values.config);
  const now = nowArg(values.now, io);
  const { entries, people } = readVault(vault, settings);
  const report = followUpReport(entries, now, settings, people);
  io.out(values.json ? `${JSON.stringify(reportToJson(report, formatDateTime), null, 2)}\n` : formatReport(report));
  return 0;
}
