import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { build } from "esbuild";

/**
 * The CLI bundled as the build bundles it (js-yaml aliased the same way), in a temporary folder:
 * for tests that run it as a real process, without depending on a `npm run build` beforehand.
 */
export async function buildCliBundle(): Promise<string> {
  const bundle = join(mkdtempSync(join(tmpdir(), "jsj-cli-")), "cli.js");
  await build({
    entryPoints: ["src/cli/main.ts"], bundle: true, platform: "node", format: "cjs", outfile: bundle, logLevel: "silent",
    alias: { "js-yaml": resolve("node_modules/js-yaml/index.js") },
  });
  return bundle;
}
