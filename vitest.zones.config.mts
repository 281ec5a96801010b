import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import base from "./vitest.config.mts";
import { ZONE_FILES, ZONES } from "./tests/suites.mjs";

/**
 * npm test's one vitest run (scripts/test-time-zones.mjs): every file in the first zone, and
 * the files that read the local zone again in each other zone, as projects of one run so they
 * share its start-up and both cores. Node reads TZ anew when the environment sets it.
 */
const [first = "UTC", ...others] = ZONES;

/**
 * The core's, the CLI's and the docs' tests share no state between files (no mocks, no fake
 * timers, no DOM): scripts/test-time-zones.mjs runs their project without a fresh module graph
 * per file (`--no-isolate`, which a project's own settings do not reach), which halves their
 * time. The hosts' tests (a fake Obsidian or VS Code per file, fake timers) keep their isolation.
 */
const HOSTS = ["tests/plugin/**/*.test.ts", "tests/vscode/**/*.test.ts"];

const project = (name: string, zone: string, include: string[], exclude: string[]): TestProjectInlineConfiguration => ({
  // Not `extends: true`: vitest would add the base's include to this one instead of replacing it.
  resolve: base.resolve,
  test: {
    ...base.test,
    name,
    env: { TZ: zone },
    include,
    exclude: [...(base.test?.exclude ?? []), ...exclude],
  },
});

export default defineConfig({
  test: {
    projects: [
      project(first, first, base.test?.include ?? [], HOSTS),
      project(`${first} (hosts)`, first, HOSTS, []),
      ...others.map((zone) => project(zone, zone, ZONE_FILES, [])),
    ],
  },
});
