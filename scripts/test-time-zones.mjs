// npm test's test run: the whole unit suite once (in UTC), then the files that read the local
// zone (tests/suites.mjs) in each other zone, then the browser checks. The core reasons in
// wall-clock time and should not care; the edges (clock readings, the CLI's default --now)
// must agree in every zone, including New York in the week its clocks spring forward.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { ZONES } from "../tests/suites.mjs";

const [first, ...others] = ZONES;
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

// The projects of vitest.zones.config.mts (every file in the first zone, the zone files in the
// others), on both cores: the files that share no state first, without isolation, then the
// hosts' files and the other zones. Arguments narrow it, as with vitest itself.
const zones = ["--config", "vitest.zones.config.mts", "--reporter=dot", "--maxWorkers=2"];
if (extra.length) runVitest("unit", [...zones, ...extra], {});
else {
  console.log(`\n=== every file but the hosts', in ${first}, without isolation ===`);
  runVitest(first, [...zones, "--project", first, "--no-isolate"], {});
  console.log(`\n=== the hosts' files in ${first}; the files that read the zone in ${others.join(", ")} ===`);
  runVitest("hosts and zones", [...zones, ...[`${first} (hosts)`, ...others].flatMap((p) => ["--project", p])], {});
}

// The browser checks run once: Chromium and the preview page do not depend on the zone.
if (!extra.length) {
  console.log("\n=== browser (Chromium) ===");
  runVitest("browser", ["--config", "vitest.browser.config.mts", "--reporter=default", "--maxWorkers=2"], {});
}

console.log(
  `\nEvery file in ${first}, the zone files in ${others.join(", ")}, then the browser checks${failedZones.length ? `; failing: ${failedZones.join(", ")}` : ""}`,
);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && failedZones.length === 0 ? 0 : 1);
