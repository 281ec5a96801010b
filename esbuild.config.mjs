import esbuild from "esbuild";
import { cliOptions, pluginOptions } from "./scripts/esbuild/options.mjs";

const production = process.argv[2] === "production";
const plugin = pluginOptions(production);
const cli = cliOptions(production);

if (production) {
  await Promise.all([esbuild.build(plugin), esbuild.build(cli)]);
} else {
  const contexts = await Promise.all([esbuild.context(plugin), esbuild.context(cli)]);
  await Promise.all(contexts.map((c) => c.watch()));
}
