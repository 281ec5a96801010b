import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.mts";
import { SOAK_FILES } from "./tests/suites.mjs";

// npm run test:soak: real processes racing and being killed (tests/suites.mjs says why apart).
export default mergeConfig(base, defineConfig({ test: { include: SOAK_FILES, exclude: [] } }));
