import { execFileSync } from "node:child_process";

/** The preview page, built once before the browser files run side by side (each reads it). */
export default function setup(): void {
  execFileSync(process.execPath, ["scripts/preview.mjs"], { stdio: "ignore" });
}
