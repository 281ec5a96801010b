// Run first by `npm test`: the tests need programs npm does not install. Debian's Chromium for
// the browser checks (playwright-core drives it and downloads no browser); zsh and fish, whose
// completion scripts are tried in the shells themselves; script(1) for a real terminal. Installs
// what is missing with apt-get when allowed (root), else says what to do. CHROMIUM_PATH points
// elsewhere if your Chromium lives elsewhere.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const has = (program) => spawnSync("sh", ["-c", `command -v ${program}`], { stdio: "ignore" }).status === 0;
/** What is missing, as Debian packages. */
const missing = [
  ...(existsSync(chromium) ? [] : ["chromium"]),
  ...["zsh", "fish"].filter((shell) => !has(shell)),
  ...(has("script") ? [] : ["bsdutils"]),
];
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
if (isRoot && has("apt-get")) {
  console.log(`Installing what the tests need from Debian (apt-get install -y ${missing.join(" ")})`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const update = spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
  const install =
    update.status === 0
      ? spawnSync("apt-get", ["install", "-y", "-qq", ...missing], { stdio: "inherit", env })
      : update;
  if (install.status === 0) process.exit(0);
}
console.error(
  `The tests need ${missing.join(", ")}: install them (Debian: sudo apt-get install -y ${missing.join(" ")})` +
    (missing.includes("chromium") ? `, or set CHROMIUM_PATH to your Chromium` : "") +
    ".",
);
process.exit(1);
