import esbuild from "esbuild";
import { cliOptions, pluginOptions, vscodeOptions } from "./scripts/esbuild/options.mjs";

const production = process.argv[2] === "production";
const plugin = pluginOptions(production);
const cli = cliOptions(production);
const vscode = vscodeOptions(production);

if (production) {
  await Promise.all([esbuild.build(plugin), esbuild.build(cli), esbuild.build(vscode)]);
} else {
  const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(cli), esbuild.context(vscode)]);
  await Promise.all(contexts.map((c) => c.watch()));
}
