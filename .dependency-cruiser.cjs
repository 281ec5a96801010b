/**
 * npm run lint's import graph check (dependency-cruiser): no import cycles anywhere in src/,
 * type-only imports included (a cycle of types still means the shared vocabulary has no home of
 * its own), and the core's folders in their dependency order (src/core/README.md).
 */
/** src/core's folders, each depending only on the ones before it. */
const LAYERS = ["lib", "settings", "notes", "follow-ups", "editing", "drafts", "stats", "mapping", "exchange"];
const later = (i) => LAYERS.slice(i + 1).join("|");

module.exports = {
  forbidden: [
    ...LAYERS.slice(0, -1).map((layer, i) => ({
      name: `core-${layer}-below-${LAYERS[i + 1]}`,
      severity: "error",
      comment: `src/core/${layer} comes before ${LAYERS.slice(i + 1).join(", ")} (src/core/README.md)`,
      from: { path: `^src/core/${layer}/` },
      to: { path: `^src/core/(${later(i)})/` },
    })),
    {
      name: "plugin-without-sheetjs",
      severity: "error",
      comment:
        "SheetJS (workbooks) is about 300 KB: Obsidian's main.js may not carry it (docs/exchange.md, Workbooks).",
      from: { path: "^src/plugin/" },
      to: { path: "^src/core/exchange/workbook\\.ts$", reachable: true },
    },
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
