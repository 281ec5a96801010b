// Which test files run where (scripts/test-time-zones.mjs, the vitest configs, tests/suites.test.ts).

/** The zones the zone-dependent files run in: New York in the week its clocks spring forward, India's half hour, Auckland across the date line. */
export const ZONES = ["UTC", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"];

/**
 * The files whose tests pass a time through the local zone: the conversion itself, the core that
 * is handed local Dates, the hosts' own clocks, and the CLI commands that default --now to the
 * clock. They run in every zone of ZONES; every other file runs once. tests/suites.test.ts keeps
 * this list honest: a file that reads the clock, makes a Date from an instant (a timestamp, an
 * ISO text, Date.UTC) or formats one for a zone must be listed. A Date made from local parts
 * (`new Date(2026, 2, 12, 9, 0)`, the CLI helper's fixed clock) is the same wall time in every
 * zone, so a file that only uses one runs once. That holds for a host too: the harnesses start
 * the plugin and VS Code on a clock set from local parts (DEMO_NOW or a test's `now`), so a host
 * reads the same wall time in every zone. The host files listed are the ones that prove the
 * clock itself (time passing in the view, the calendar file's times, VS Code's clock).
 */
export const ZONE_FILES = [
  "tests/plugin/startup-and-view.test.ts",
  "tests/plugin/calendar.test.ts",
  "tests/vscode/extension.test.ts",
  "tests/core/exchange/sheet-dates.test.ts",
  "tests/core/lib/time.test.ts",
  "tests/core/follow-ups/engine.test.ts",
  "tests/core/notes/schema.test.ts",
  "tests/core/exchange/ics.test.ts",
  "tests/core/exchange/ics-writer.test.ts",
];

/**
 * Real processes racing and being killed: minutes of wall clock for what they prove, so
 * `npm test` leaves them to `npm run test:soak`, which CI runs after it. Their `now` is a fixed
 * local time that the same zone reads back: they prove writes, not time, and run in one zone.
 */
export const SOAK_FILES = ["tests/cli/concurrent-saves.test.ts", "tests/cli/killed-runs.test.ts"];
