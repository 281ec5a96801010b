import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/** npm run package:vscode: a .vsix made offline with @vscode/vsce, holding the bundle and the manifest only. */
describe("the .vsix", () => {
  it("is made from vscode/ with the bundle, the manifest, the readme, the changelog and the licence", () => {
    const out = execFileSync(process.execPath, ["scripts/package-vscode.mjs"], { encoding: "utf8" });
    const path = out.trim().split("\n").at(-1) ?? "";
    expect(path).toMatch(/job-search-journal-vscode-\d+\.\d+\.\d+\.vsix$/);
    // A zip's central directory names its files in plain text.
    const names = readFileSync(path).toString("latin1");
    for (const file of [
      "extension/dist/extension.js",
      "extension/package.json",
      "extension/readme.md",
      "extension/changelog.md",
      "extension/LICENSE.txt",
    ]) {
      expect(names, file).toContain(file);
    }
    expect(names).not.toContain("extension/src/");
  }, 60_000);
});
