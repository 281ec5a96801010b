import type { BuildOptions } from "esbuild";

export function pluginOptions(production: boolean): BuildOptions;
export function cliOptions(production: boolean): BuildOptions;
export function vscodeOptions(production: boolean): BuildOptions;
