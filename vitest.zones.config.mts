import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import base from "./vitest.config.mts";
import { ZONE_FILES, ZONES } from "./tests/suites.mjs";

/**
 * npm test's one vitest run (scripts/test-time-zones.mjs): every file in the first zone, and
 * the files that read the local zone again in each other zone, as projects of one run so they
 * share its start-up and both cores. Node reads TZ anew when the environment sets it.
 */
const [first = "UTC", ...others] = ZONES;
const project = (zone: string, include: string[]): TestProjectInlineConfiguration => ({
  // Not `extends: true`: vitest would add the base's include to this one instead of replacing it.
  resolve: base.resolve,
  test: { ...base.test, name: zone, env: { TZ: zone }, include },
});

export default defineConfig({
  test: {
    projects: [project(first, base.test?.include ?? []), ...others.map((zone) => project(zone, ZONE_FILES))],
  },
});
