import { defineConfig } from "vitest/config";
import base from "./vitest.config.mts";
import { SOAK_FILES } from "./tests/suites.mjs";

// npm run test:soak: real processes racing and being killed (tests/suites.mjs says why apart).
// Not mergeConfig: it would add the base's include and exclude (which leaves these files out) to these.
export default defineConfig({
  resolve: base.resolve,
  test: { ...base.test, include: SOAK_FILES, exclude: ["node_modules/**"] },
});
