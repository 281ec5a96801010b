import { resolve, sep } from "node:path";

// Plugin code (src/) gets the CST-only yaml of yaml-cst.mjs; the Obsidian fake that the preview
// bundles beside it keeps the whole package.
const shim = resolve("scripts/esbuild/yaml-cst.mjs");
const src = resolve("src") + sep;

export const yamlCstOnly = {
  name: "yaml-cst-only",
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (args) => (args.importer.startsWith(src) ? { path: shim } : undefined));
  },
};
