// npm run package:vscode: builds the extension (esbuild, production) and packs vscode/ into a
// .vsix with @vscode/vsce: no dependencies (everything is in the bundle), no network.
import { copyFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import esbuild from "esbuild";
import { createVSIX } from "@vscode/vsce";
import { vscodeOptions } from "./esbuild/options.mjs";

const manifest = (await import("../vscode/package.json", { with: { type: "json" } })).default;
await esbuild.build({ ...vscodeOptions(true), logLevel: "warning" });
// The licence is the project's, copied in for the package (vsce asks for one beside the manifest).
copyFileSync("LICENSE", join("vscode", "LICENSE"));
mkdirSync("dist", { recursive: true });
const packagePath = resolve("dist", `${manifest.name}-${manifest.version}.vsix`);
await createVSIX({
  cwd: resolve("vscode"),
  packagePath,
  dependencies: false,
  allowMissingRepository: true,
  allowStarActivation: false,
});
console.log(packagePath);
