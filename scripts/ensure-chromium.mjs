// Run first by `npm test`: the browser checks need Debian's Chromium (playwright-core drives it
// and downloads no browser). Installs it with apt-get when missing and allowed (root), else
// says what to do. CHROMIUM_PATH points elsewhere if your Chromium lives elsewhere.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = spawnSync("sh", ["-c", "command -v apt-get"], { stdio: "ignore" }).status === 0;
if (isRoot && hasApt) {
  console.log("Installing Debian's chromium for the browser checks (apt-get install -y chromium)");
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const install = update.status === 0 ? spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env }) : update;
  if (install.status === 0 && existsSync(path)) process.exit(0);
}
console.error(`The browser checks need Chromium at ${path}: install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
process.exit(1);
