import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SOAK_FILES, ZONE_FILES } from "./suites.mjs";

/** What makes a test file depend on the local time zone (tests/suites.mjs says why a Date from local parts does not). */
const ZONE_SIGNALS = [
  /new Date\(\)|Date\.now\(\)/,
  /new Date\(\s*["'`]|new Date\(\s*\d+\s*\)|Date\.UTC|toISOString/,
  /wallClockOf/,
  /setSystemTime|useFakeTimers/,
  /process\.env\.TZ/,
  /getTimezoneOffset|toLocale[A-Z]|Intl\./,
];

/** The helpers that start a host for a test: their clocks must come from local parts (see tests/suites.mjs). */
const HOST_HARNESSES = ["tests/helpers/plugin-harness.ts"];

const testFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith(".test.ts") ? [join(dir, e.name)] : [],
  );

/** A glob of ZONE_FILES as a test: `**` any folders, `*` any name. */
const matches = (glob: string, file: string): boolean =>
  new RegExp(
    `^${glob
      .replace(/[.]/g, "\\.")
      .replace(/\*\*\//g, "(.*/)?")
      .replace(/\*/g, "[^/]*")}$`,
  ).test(file);

describe("which files run in every time zone", () => {
  // The browser checks run once (Chromium and the preview page do not depend on the zone).
  const files = testFiles("tests").filter((f) => !f.startsWith("tests/browser/") && f !== "tests/suites.test.ts");

  it.each(files.filter((f) => !SOAK_FILES.includes(f) && ZONE_SIGNALS.some((s) => s.test(readFileSync(f, "utf8")))))(
    "%s reads the local zone, so it runs in every zone",
    (file) => {
      expect(ZONE_FILES.some((g) => matches(g, file))).toBe(true);
    },
  );

  it.each(HOST_HARNESSES)(
    "%s starts its host on a clock set from local parts, the same wall time in every zone",
    (file) => {
      const text = readFileSync(file, "utf8");
      expect(text).toMatch(/now: options\.now \?\? DEMO_NOW/);
      expect(text).toMatch(/DEMO_NOW = new Date\(\d+, \d+, \d+, \d+, \d+\)/);
      for (const signal of ZONE_SIGNALS.slice(0, 2)) expect(text).not.toMatch(signal);
    },
  );

  it("every listed file exists", () => {
    for (const glob of [...ZONE_FILES, ...SOAK_FILES])
      expect(
        files.some((f) => matches(glob, f)),
        glob,
      ).toBe(true);
  });
});
