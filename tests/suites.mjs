// Which test files run where (scripts/test-time-zones.mjs, the vitest configs, tests/suites.test.ts).

/** The zones the zone-dependent files run in: New York in the week its clocks spring forward, India's half hour, Auckland across the date line. */
export const ZONES = ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"];

/**
 * The files whose tests pass a time through the local zone: the hosts (the plugin and VS Code
 * read the clock and convert it with wallClockOf), the conversion itself, the core that is
 * handed local Dates, and the CLI commands that default --now to the clock. They run in every
 * zone of ZONES; every other file runs once. tests/suites.test.ts keeps this list honest: a file
 * that makes a Date from local parts, reads the clock or starts a host must be listed. The CLI
 * helper's fixed clock (tests/helpers/cli.ts, 09:00 local) is the same wall time in every zone,
 * so the files that only use it run once; those that test the conversion are listed.
 */
export const ZONE_FILES = [
  "tests/plugin/**/*.test.ts",
  "tests/vscode/extension.test.ts",
  "tests/core/time.test.ts",
  "tests/core/engine.test.ts",
  "tests/core/schema.test.ts",
  "tests/core/stats.test.ts",
  "tests/core/calendar.test.ts",
  "tests/core/ical-writer.test.ts",
  "tests/cli/due.test.ts",
  "tests/cli/ics.test.ts",
  "tests/cli/record.test.ts",
  "tests/cli/manners.test.ts",
  "tests/cli/stats.test.ts",
  "tests/cli/check.test.ts",
  "tests/cli/journals.test.ts",
];

/**
 * Real processes racing and being killed: minutes of wall clock for what they prove, so
 * `npm test` leaves them to `npm run test:soak`, which CI runs after it. Their `now` is a fixed
 * local time that the same zone reads back: they prove writes, not time, and run in one zone.
 */
export const SOAK_FILES = ["tests/cli/concurrent-saves.test.ts", "tests/cli/killed-runs.test.ts"];
