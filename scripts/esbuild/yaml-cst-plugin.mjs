import { dirname, resolve, sep } from "node:path";

// Plugin code (src/) gets the CST-only yaml of yaml-cst.mjs; the Obsidian fake that the preview
// bundles beside it keeps the whole package.
const shim = resolve("scripts/esbuild/yaml-cst.mjs");
const src = resolve("src") + sep;
const yamlDist = resolve("node_modules/yaml/browser/dist") + sep;

export const yamlCstOnly = {
  name: "yaml-cst-only",
  setup(build) {
    build.onResolve({ filter: /^yaml$/ }, (args) => (args.importer.startsWith(src) ? { path: shim } : undefined));
    // yaml's modules do nothing when loaded, but the package does not say so (no "sideEffects"
    // field): said here, the CST's unused scalar helpers and the document classes they pull in
    // (about 2.5 KB) are left out of the bundle.
    build.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.importer.startsWith(yamlDist) || args.importer === shim
        ? { path: resolve(dirname(args.importer), args.path), sideEffects: false }
        : undefined,
    );
  },
};

// main.js reads YAML with Obsidian's own parseYaml: js-yaml (the CLI's and VS Code's reader,
// src/core/notes/read-yaml.ts) reaching the plugin through any import is a build error.
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
