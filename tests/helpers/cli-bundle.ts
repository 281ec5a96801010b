import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { cliOptions } from "../../scripts/esbuild/options.mjs";

/**
 * dist/cli.js as `npm run build` makes it (the same esbuild options, minified), written to a
 * temporary folder: tests run the real program as a process, without depending on a build
 * beforehand or racing one.
 */
export async function buildCliBundle(): Promise<string> {
  const bundle = join(mkdtempSync(join(tmpdir(), "jsj-cli-")), "cli.js");
  await build({ ...cliOptions(true), outfile: bundle, logLevel: "silent" });
  return bundle;
}

export interface ProcessRun {
  code: number | null;
  out: string;
  err: string;
}

/** Runs the bundle as a process with exactly `env` added (colour and width are decided from it). */
export function runBundle(bundle: string, argv: string[], env: Record<string, string> = {}, cwd?: string): ProcessRun {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !["NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "COLUMNS"].includes(k)),
  );
  const run = spawnSync(process.execPath, [bundle, ...argv], { encoding: "utf8", env: { ...base, ...env }, cwd });
  return { code: run.status, out: run.stdout, err: run.stderr };
}
