// npm run bench [-- --check | --smoke]: bundles the benchmark (with the fake Obsidian in place
// of "obsidian") and the parse-everything baseline, builds the plugin and the CLI, then runs it.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import esbuild from "esbuild";

// Inside the project so the bundles resolve node_modules. playwright-core and esbuild stay
// external: esbuild's synchronous API starts a worker from its own file, which a bundle is not.
const out = "dist/bench";
mkdirSync(out, { recursive: true });
execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "ignore" });
const common = { bundle: true, platform: "node", format: "cjs", target: "node20", logLevel: "error" };
await esbuild.build({
  ...common,
  entryPoints: ["tests/bench/entry.ts"],
  outfile: join(out, "bench.cjs"),
  alias: { obsidian: "./tests/fakes/obsidian/index.ts" },
  external: ["playwright-core", "esbuild"],
});
await esbuild.build({ ...common, entryPoints: ["tests/bench/parse-everything.ts"], outfile: join(out, "naive.cjs") });
// The cold rows' fresh processes: the fake Obsidian is bundled in, main.js is required as built.
await esbuild.build({
  ...common,
  entryPoints: ["tests/bench/cold.ts"],
  outfile: join(out, "cold.cjs"),
  alias: { obsidian: "./tests/fakes/obsidian/index.ts" },
});
// The onload row's floor, bundled and loaded as main.js is.
await esbuild.build({
  ...common,
  platform: "browser",
  minify: true,
  entryPoints: ["tests/bench/sample-plugin.ts"],
  outfile: join(out, "sample-plugin.js"),
  external: ["obsidian"],
});
await esbuild.build({
  ...common,
  platform: "browser",
  format: "iife",
  entryPoints: ["tests/bench/render-page.ts"],
  outfile: join(out, "render.js"),
});
const run = spawnSync(
  process.execPath,
  [
    "--expose-gc",
    join(out, "bench.cjs"),
    join(out, "naive.cjs"),
    join(out, "render.js"),
    join(out, "cold.cjs"),
    join(out, "sample-plugin.js"),
    ...process.argv.slice(2),
  ],
  { stdio: "inherit" },
);
process.exit(run.status ?? 1);
