import { defineConfig, mergeConfig, type TestProjectInlineConfiguration } from "vitest/config";
import base from "./vitest.config.mts";
import { ZONE_FILES, ZONES } from "./tests/suites.mjs";

/**
 * npm test's one vitest run (scripts/test-time-zones.mjs): every file in the first zone, and
 * the files that read the local zone again in each other zone, as projects of one run so they
 * share its start-up and both cores. Node reads TZ anew when the environment sets it.
 */
const [first = "UTC", ...others] = ZONES;
const project = (zone: string, include?: string[]): TestProjectInlineConfiguration => ({
  extends: true,
  test: { name: zone, env: { TZ: zone }, ...(include ? { include } : {}) },
});

export default mergeConfig(
  base,
  defineConfig({
    test: { projects: [project(first), ...others.map((zone) => project(zone, ZONE_FILES))] },
  }),
);
