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

// main.js reads YAML with Obsidian's own parseYaml: js-yaml (the CLI's and VS Code's reader,
// src/core/read-yaml.ts) reaching the plugin through any import is a build error.
export const noYamlReaderInMain = {
  name: "no-yaml-reader-in-main",
  setup(build) {
    build.onResolve({ filter: /^js-yaml$/ }, (args) => ({
      errors: [
        { text: `js-yaml is not for main.js (imported by ${args.importer}); the plugin passes Obsidian's parseYaml` },
      ],
    }));
  },
};
