import { defineConfig } from "vitest/config";

// The browser checks: the preview page in Debian's Chromium. Run once, not per time zone.
export default defineConfig({
  test: {
    include: ["tests/browser/**/*.test.ts"],
    globalSetup: ["tests/browser/global-setup.ts"],
    testTimeout: 60000,
    hookTimeout: 120000,
  },
});
