import { builtinModules } from "node:module";
import { noYamlReaderInMain, yamlCstOnly } from "./yaml-cst-plugin.mjs";

/**
 * The two bundles' esbuild options, in one place: the build uses them, and the tests that run
 * the command line as a process build dist/cli.js with exactly these (into a folder of their own).
 */

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

// The plugin runs on Obsidian mobile too: platform "browser" makes any Node import a build error.
export function pluginOptions(production) {
  return {
    entryPoints: ["src/plugin/main.ts"],
    bundle: true,
    format: "cjs",
    platform: "browser",
    target: "es2022",
    external: ["obsidian", "electron", "@codemirror/*", "@lezer/*"],
    outfile: "main.js",
    plugins: [yamlCstOnly, noYamlReaderInMain],
    minify: production,
    // Obsidian loads main.js as UTF-8: non-ASCII text stays as is instead of \uXXXX escapes.
    charset: "utf8",
    legalComments: production ? "none" : "inline",
    sourcemap: production ? false : "inline",
    treeShaking: true,
    logLevel: "info",
    metafile: true,
  };
}

export function cliOptions(production) {
  return {
    entryPoints: ["src/cli/main.ts"],
    bundle: true,
    format: "cjs",
    platform: "node",
    target: "node20",
    external: nodeBuiltins,
    outfile: "dist/cli.js",
    banner: { js: "#!/usr/bin/env node" },
    // The editor's CST parser only: the CLI reads YAML with js-yaml, so not yaml's document model.
    plugins: [yamlCstOnly],
    minify: production,
    // Help text and messages keep their characters (…, ·) as written.
    charset: "utf8",
    logLevel: "info",
  };
}

/**
 * The VS Code extension: one file that runs in the desktop extension host and in VS Code for
 * the web (a worker), so it is built for the browser (a Node import fails the build) as CommonJS,
 * with `vscode` provided by the host.
 */
export function vscodeOptions(production) {
  return {
    entryPoints: ["src/vscode/extension.ts"],
    bundle: true,
    format: "cjs",
    platform: "browser",
    target: "es2022",
    external: ["vscode"],
    outfile: "vscode/dist/extension.js",
    // As the CLI: js-yaml reads, the editor's CST parser edits.
    plugins: [yamlCstOnly],
    minify: production,
    charset: "utf8",
    sourcemap: production ? false : "inline",
    logLevel: "info",
  };
}
