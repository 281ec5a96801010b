/**
 * npm run lint's import graph check (dependency-cruiser): no import cycles anywhere in src/,
 * type-only imports included (a cycle of types still means the shared vocabulary has no home of
 * its own), and the core's folders in their dependency order (src/core/README.md).
 */
module.exports = {
  forbidden: [
    {
      name: "no-cycle",
      severity: "error",
      comment: "Two modules that need each other belong together, or their shared part belongs below both.",
      from: { path: "^src/" },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    exclude: { path: "node_modules" },
  },
};
