import { resolve, sep } from "node:path";

// main.js finds where frontmatter keys are written with src/core/frontmatter-layout.ts and reads
// values with Obsidian's parseYaml: the `yaml` package (27 KB of the bundle when its CST parser was
// used) stays out of it. A new import of it from the plugin's code is a build error, not a
// silent size jump. The Obsidian fake that the preview bundles beside the plugin may use it.
const src = resolve("src") + sep;

export const noYamlInMain = {
  name: "no-yaml-in-main",
  setup(build) {
    build.onResolve({ filter: /^yaml(\/|$)/ }, (args) =>
      args.importer.startsWith(src)
        ? {
            errors: [
              {
                text: `${args.importer.slice(src.length - 4)} imports "yaml" into main.js: use Obsidian's parseYaml (passed in as ParseYaml) and core/frontmatter-layout.ts instead`,
              },
            ],
          }
        : undefined,
    );
  },
};
