import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import Module from "node:module";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import type * as O from "obsidian";
import { defaultSettings } from "../../src/core/settings/settings";
import { FollowUpModel } from "../../src/plugin/model";
import { VaultNotes } from "../../src/plugin/vault-notes";
import manifest from "../../manifest.json";
import * as fake from "../fakes/obsidian";
import { installDom } from "./dom-globals";
import { generateVault } from "./synthetic-vault";
import { generateRealisticVault } from "./realistic-vault";
import { touchAll } from "./floors";
import { clockOf } from "../../src/core/lib/clock";

/**
 * One cold measurement in a fresh process, as Obsidian meets the plugin once per start:
 *   index <size> <realistic|easy>   the first index of the vault (the model's first rebuild)
 *   floor <size> <realistic|easy>   the first walk over every note's cached frontmatter
 *   load [plugin.js]                require() of a built plugin (main.js) plus its awaited onload
 * Everything before the timed part (making the vault, the fake app, the DOM) is not timed.
 * Prints the milliseconds.
 */

const NOW = new Date(2026, 2, 12, 9, 0);
const [mode = "", sizeArg = "10000", kind = "realistic"] = process.argv.slice(2);
// In load mode the second argument is the plugin to load: main.js, or the sample plugin (the floor).
const pluginPath = resolve(mode === "load" && process.argv[3] ? process.argv[3] : "main.js");

function fakeApp(): fake.App {
  const size = Number(sizeArg);
  const files = kind === "easy" ? generateVault(size).files : generateRealisticVault(size).files;
  const app = new fake.App();
  for (const [path, content] of files) app.vault.seed(path, content);
  return app;
}

async function main(): Promise<number> {
  installDom();
  if (mode === "load") {
    // main.js asks for "obsidian", which Obsidian provides already loaded: the fake, loaded before the timer.
    const original = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
    (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load = (request, ...rest) =>
      request === "obsidian" ? fake : original(request, ...rest);
    const app = new fake.App();
    warmFakeDom();
    return profiled(async () => {
      const t0 = performance.now();
      const Plugin = (
        Module.createRequire(pluginPath)(pluginPath) as {
          default: new (app: O.App, m: typeof manifest) => O.Plugin & { loading?: Promise<void> };
        }
      ).default;
      const t1 = performance.now();
      const plugin = new Plugin(app as unknown as O.App, manifest);
      plugin.load();
      await plugin.loading;
      const t2 = performance.now();
      // JSJ_SPLIT=1: the two parts on stderr, require(main.js) and the awaited onload.
      if (process.env.JSJ_SPLIT)
        process.stderr.write(`require ${(t1 - t0).toFixed(2)} onload ${(t2 - t1).toFixed(2)}\n`);
      return t2 - t0;
    });
  }
  const app = fakeApp();
  if (mode === "floor") {
    const caches = app.vault
      .getMarkdownFiles()
      .map((f) => (app.metadataCache.getFileCache(f as never)?.frontmatter ?? {}) as Record<string, unknown>);
    const t0 = performance.now();
    touchAll(caches);
    return performance.now() - t0;
  }
  if (mode === "index") {
    const settings = defaultSettings();
    // Obsidian's own link index is built before the layout is ready; the fake builds its own on first use.
    app.metadataCache.getFirstLinkpathDest("", "");
    // Obsidian's vault and cache methods have run many times by then (the fake's are JavaScript
    // compiled on first use): called once each before the timer, so the row times the plugin.
    for (const file of app.vault.getMarkdownFiles().slice(0, 50)) app.metadataCache.getFileCache(file as never);
    return profiled(() => {
      const t0 = performance.now();
      const model = new FollowUpModel(
        new VaultNotes(app as unknown as O.App, () => settings),
        () => settings,
        clockOf(() => NOW),
      );
      model.rebuild();
      return performance.now() - t0;
    });
  }
  throw new Error(`unknown mode ${mode}`);
}

/**
 * The fake's DOM is JavaScript (happy-dom) that V8 compiles on first use; Obsidian's is native.
 * One element of each kind onload makes, made before the timer, so the onload row times the
 * plugin's work and not the first compile of the fake's element classes.
 */
function warmFakeDom(): void {
  for (const tag of ["div", "span", "button", "a"]) {
    const el = createEl(tag as "div", { cls: "warm", text: "x", attr: { "aria-label": "x" } });
    el.toggleClass("warm", false);
    el.setText("y");
    el.addEventListener("click", () => undefined);
  }
}

/**
 * JSJ_PROFILE=file.cpuprofile: a CPU profile of the timed part only (open it in Chrome's
 * DevTools), started after the untimed set-up.
 */
async function profiled(run: () => number | Promise<number>): Promise<number> {
  const out = process.env.JSJ_PROFILE;
  if (!out) return run();
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 50 });
  session.post("Profiler.start");
  const result = await run();
  session.post("Profiler.stop", (error, { profile }) => {
    if (!error) writeFileSync(out, JSON.stringify(profile));
  });
  return result;
}

// The sample plugin's interval would keep the process alive: it ends once the figure is out.
void main().then((ms) => process.stdout.write(`${ms}\n`, () => process.exit(0)));
