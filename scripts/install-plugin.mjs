// npm run install-plugin -- <vault>: a fresh build, copied into the vault's plugin folder,
// for trying the plugin in a real Obsidian. Reload Obsidian and enable it afterwards.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

const vault = process.argv[2];
if (!vault || !existsSync(vault) || !statSync(vault).isDirectory()) {
  console.error("usage: npm run install-plugin -- <path to your vault>");
  process.exit(2);
}
const { id } = JSON.parse(readFileSync("manifest.json", "utf8"));
const configDir = process.env.OBSIDIAN_CONFIG_DIR ?? ".obsidian";
execFileSync(process.execPath, ["esbuild.config.mjs", "production"], { stdio: "inherit" });
const target = join(vault, configDir, "plugins", id);
mkdirSync(target, { recursive: true });
for (const file of ["main.js", "manifest.json", "styles.css"]) copyFileSync(file, join(target, file));
console.log(`Installed into ${target}. Reload Obsidian, then turn on "Job Search Journal" under Community plugins.`);
