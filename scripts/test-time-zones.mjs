// Runs the unit suite once per time zone. The core reasons in wall-clock time and should not
// care; the edges (clock readings, the CLI's default --now) must agree in every zone, including
// New York in the week its clocks spring forward.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const zones = ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"];
const extra = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), "jsj-tz-"));
let passed = 0;
let failed = 0;
const failedZones = [];

/** Runs vitest once, adds its counts to the totals, and notes `label` when it fails. */
function runVitest(label, args, env) {
  const out = join(dir, `${label.replace(/\W/g, "_")}.json`);
  const run = spawnSync(
    process.execPath,
    ["node_modules/vitest/vitest.mjs", "run", "--reporter=json", `--outputFile.json=${out}`, ...args],
    {
      stdio: "inherit",
      env: { ...process.env, ...env },
    },
  );
  let result;
  try {
    result = JSON.parse(readFileSync(out, "utf8"));
  } catch {
    result = { numPassedTests: 0, numFailedTests: 1 };
  }
  passed += result.numPassedTests;
  failed += result.numFailedTests + (run.status === 0 || result.numFailedTests > 0 ? 0 : 1);
  if (run.status !== 0) failedZones.push(label);
}

for (const zone of zones) {
  console.log(`\n=== TZ=${zone} ===`);
  runVitest(zone, ["--reporter=dot", ...extra], { TZ: zone });
}

// The browser checks run once: Chromium and the preview page do not depend on the zone.
if (!extra.length) {
  console.log("\n=== browser (Chromium) ===");
  runVitest("browser", ["--config", "vitest.browser.config.mts", "--reporter=default"], {});
}

console.log(
  `\nTime zones: ${zones.join(", ")}, then the browser checks${failedZones.length ? `; failing: ${failedZones.join(", ")}` : ""}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && failedZones.length === 0 ? 0 : 1);
