import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
const manifest = JSON.parse(readFileSync("manifest.json", "utf8")) as {
  id: string;
  version: string;
  minAppVersion: string;
  isDesktopOnly: boolean;
};
const versions = JSON.parse(readFileSync("versions.json", "utf8")) as Record<string, string>;

describe("releasing", () => {
  it("package.json, manifest.json and versions.json agree", () => {
    expect(manifest.version).toBe(pkg.version);
    expect(versions[manifest.version]).toBe(manifest.minAppVersion);
    expect(manifest.id).toBe("job-search-journal");
    expect(manifest.isDesktopOnly).toBe(false);
  });

  it("the tag workflow tests, builds and attaches main.js, manifest.json and styles.css", () => {
    const workflow = parse(readFileSync(".github/workflows/release.yml", "utf8")) as {
      on: { push: { tags: string[] } };
      jobs: { release: { steps: { run?: string }[] } };
    };
    expect(workflow.on.push.tags).toEqual(["*"]);
    const runs = workflow.jobs.release.steps.map((s) => s.run ?? "").join("\n");
    expect(runs).toContain("npm test");
    expect(runs).toContain("npm run build");
    expect(runs).toContain("npm run package:vscode");
    expect(runs).toContain("npm pack --pack-destination dist");
    expect(runs).toMatch(/gh release create .* main\.js manifest\.json styles\.css dist\/\*\.vsix dist\/\*\.tgz/);
  });

  it("npm version tags the bare version, which is manifest.json's: the tag Obsidian installs", () => {
    const dir = mkdtempSync(join(tmpdir(), "jsj-release-"));
    execFileSync("cp", ["package.json", ".npmrc", "manifest.json", "versions.json", "version-bump.mjs", dir]);
    const git = {
      ...process.env,
      GIT_AUTHOR_NAME: "t",
      GIT_AUTHOR_EMAIL: "t@x",
      GIT_COMMITTER_NAME: "t",
      GIT_COMMITTER_EMAIL: "t@x",
    };
    const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { cwd: dir, env: git, encoding: "utf8" });
    run("git", ["init", "-q"]);
    run("git", ["add", "."]);
    run("git", ["commit", "-qm", "start"]);
    run("npm", ["version", "0.2.0"]);
    expect(run("git", ["tag"]).trim()).toBe("0.2.0");
    expect(JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"))).toMatchObject({ version: "0.2.0" });
    expect(run("git", ["show", "--stat", "--format=", "HEAD"])).toMatch(/manifest\.json[\s\S]*versions\.json/);
  });

  it("version-bump.mjs writes the new version into manifest.json and versions.json", () => {
    const dir = mkdtempSync(join(tmpdir(), "jsj-bump-"));
    execFileSync("cp", ["manifest.json", "versions.json", "version-bump.mjs", dir]);
    execFileSync(process.execPath, ["version-bump.mjs"], {
      cwd: dir,
      env: { ...process.env, npm_package_version: "0.2.0" },
    });
    expect(JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"))).toMatchObject({
      version: "0.2.0",
      minAppVersion: manifest.minAppVersion,
    });
    expect(JSON.parse(readFileSync(join(dir, "versions.json"), "utf8"))).toMatchObject({
      "0.1.0": "1.7.2",
      "0.2.0": manifest.minAppVersion,
    });
  });

  it("install-plugin copies a fresh build into a vault's plugin folder", () => {
    const vault = mkdtempSync(join(tmpdir(), "jsj-install-"));
    const run = spawnSync(process.execPath, ["scripts/install-plugin.mjs", vault], { encoding: "utf8" });
    expect(run.status).toBe(0);
    for (const f of ["main.js", "manifest.json", "styles.css"])
      expect(existsSync(join(vault, ".obsidian/plugins/job-search-journal", f))).toBe(true);
    expect(spawnSync(process.execPath, ["scripts/install-plugin.mjs", join(vault, "missing")]).status).toBe(2);
  });

  it("main.js is CommonJS with obsidian external and no Node built-ins (it runs on mobile)", () => {
    const main = readFileSync("main.js", "utf8");
    expect(main).toMatch(/require\("obsidian"\)/);
    for (const mod of ["fs", "path", "os", "child_process", "crypto", "electron", "node:"])
      expect(main).not.toContain(`require("${mod}`);
  });

  it("main.js gets yaml's CST parser only: any other export of the package is a build error", async () => {
    const { default: esbuild } = await import("esbuild");
    const { pluginOptions } = await import("../../scripts/esbuild/options.mjs");
    const build = (contents: string) =>
      esbuild.build({
        ...pluginOptions(true),
        entryPoints: undefined,
        stdin: { contents, resolveDir: "src/core", sourcefile: "src/core/x.ts", loader: "ts" },
        write: false,
        logLevel: "silent",
      });
    await expect(build('import { parse } from "yaml"; console.log(parse("a: 1"));')).rejects.toThrow(
      /No matching export/,
    );
    await expect(build('import { Parser } from "yaml"; console.log(new Parser());')).resolves.toBeDefined();
  });
});
