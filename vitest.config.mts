import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The clock is never read by the core; the tests that exercise the edges pin it themselves.
    restoreMocks: true,
    testTimeout: 20000,
  },
});
