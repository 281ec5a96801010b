import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { SOAK_FILES } from "./tests/suites.mjs";

export default defineConfig({
  // The plugin imports "obsidian", which has no runtime code outside Obsidian: tests get the fake.
  // The same for "vscode", which only the extension host provides.
  resolve: {
    alias: {
      obsidian: fileURLToPath(new URL("./tests/fakes/obsidian/index.ts", import.meta.url)),
      vscode: fileURLToPath(new URL("./tests/fakes/vscode/index.ts", import.meta.url)),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    // The browser checks and the soak run have configs of their own (vitest.browser.config.mts, vitest.soak.config.mts).
    exclude: ["tests/browser/**", "node_modules/**", ...SOAK_FILES],
    // The clock is never read by the core; the tests that exercise the edges pin it themselves.
    restoreMocks: true,
    testTimeout: 20000,
  },
});
