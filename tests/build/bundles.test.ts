import esbuild from "esbuild";
import { describe, expect, it } from "vitest";
import { cliOptions, pluginOptions, vscodeOptions } from "../../scripts/esbuild/options.mjs";

/** The source files that put bytes into a bundle. */
async function filesIn(options: esbuild.BuildOptions): Promise<string[]> {
  const r = await esbuild.build({ ...options, write: false, metafile: true, logLevel: "error" });
  const output = Object.values(r.metafile.outputs)[0];
  return Object.entries(output?.inputs ?? {})
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
}

/** The packages in a bundle, each with the distinct folders it came from (two = two copies or versions). */
function packagesIn(files: string[]): Map<string, Set<string>> {
  const packages = new Map<string, Set<string>>();
  for (const path of files) {
    const m = /^(.*node_modules\/((?:@[^/]+\/)?[^/]+))\//.exec(path);
    if (!m?.[1] || !m[2]) continue;
    const roots = packages.get(m[2]) ?? new Set<string>();
    roots.add(m[1]);
    packages.set(m[2], roots);
  }
  return packages;
}

const yamlModules = (files: string[]): string[] =>
  files
    .filter((p) => p.includes("node_modules/yaml/"))
    .map((p) => p.replace(/.*\/dist\//, ""))
    .sort();

describe("each surface bundles one YAML reader and yaml's CST, each library once", () => {
  it.each([
    ["the plugin (main.js)", pluginOptions(true), []],
    ["the CLI", cliOptions(true), ["js-yaml"]],
    ["VS Code", vscodeOptions(true), ["js-yaml"]],
  ] as const)("%s", async (_, options, readers) => {
    const files = await filesIn(options);
    const packages = packagesIn(files);
    for (const [name, roots] of packages) expect([name, roots.size]).toEqual([name, 1]);
    // Reading: Obsidian's parseYaml in the plugin, js-yaml elsewhere; never gray-matter.
    expect(["js-yaml", "gray-matter"].filter((p) => packages.has(p))).toEqual(readers);
    // Workbooks: SheetJS where there is room, never in Obsidian's main.js (docs/exchange.md).
    expect(packages.has("@e965/xlsx")).toBe(readers.length > 0);
    // Editing: yaml's lexer and parser, nothing of its document model.
    expect(yamlModules(files)).toEqual(["parse/cst-stringify.js", "parse/cst.js", "parse/lexer.js", "parse/parser.js"]);
  });
});
