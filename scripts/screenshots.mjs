// npm run screenshots: the README's pictures (docs/screenshots/), taken by the browser checks
// from the real view code. npm test takes them too, into a scratch folder, so that it never
// changes a tracked file; regenerate them here, on purpose, when the view changes.
import { spawnSync } from "node:child_process";

const result = spawnSync("npx", ["vitest", "run", "--config", "vitest.browser.config.mts", ...process.argv.slice(2)], {
  stdio: "inherit",
  env: { ...process.env, JSJ_SCREENSHOTS: "1" },
  shell: process.platform === "win32",
});
process.exit(result.status ?? 1);
