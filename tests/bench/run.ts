import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { Window as HappyWindow } from "happy-dom";
import { CORE_SCHEMA, load as jsYamlLoad } from "js-yaml";
import type * as O from "obsidian";
import { followUpReport, type FollowUpReport, type PeopleDirectory } from "../../src/core/engine";
import { findFrontmatter } from "../../src/core/frontmatter-block";
import { KeyLookup, readInterviewNote } from "../../src/core/schema";
import { defaultSettings } from "../../src/core/settings";
import { median as coreMedian } from "../../src/core/stats";
import { parseWhen } from "../../src/core/time";
import { buildViewModel } from "../../src/core/view-model";
import { parseYamlCore } from "../../src/core/yaml-core";
import { FollowUpModel } from "../../src/plugin/model";
import { VaultNotes } from "../../src/plugin/vault-notes";
import { renderFollowUps } from "../../src/plugin/view/render-follow-ups";
import manifest from "../../manifest.json";
import { installDomHelpers } from "../fakes/obsidian/dom";
import { chromiumAvailable, launchChromium } from "../helpers/chromium";
import { App } from "../fakes/obsidian";
import { generateVault, vaultOnDisk } from "./synthetic-vault";

/**
 * npm run bench [-- --check] [-- --smoke]
 * Every timing is the median of several runs, reported beside a floor measured in the same
 * run on the same machine, so the ratios mean something on a noisy machine.
 */

const args = new Set(process.argv.slice(2));
const SMOKE = args.has("--smoke");
const CHECK = args.has("--check");
const SIZES = SMOKE ? [1000] : [1000, 10000, 50000];
const MAIN_SIZE = SMOKE ? 1000 : 10000;
const BIG_SIZE = SMOKE ? 1000 : 50000;
const RUNS = SMOKE ? 2 : 15;
// The engine's runs are short (milliseconds): more of them steady the median.
const ENGINE_RUNS = SMOKE ? 2 : 60;
const NOW = new Date(2026, 2, 12, 9, 0);
const NOW_WALL = parseWhen("2026-03-12T09:00")?.at ?? 0;
const ROOT = process.env.JSJ_BENCH_DIR ?? join(tmpdir(), "jsj-bench");
const CLI = "dist/cli.js";

interface Row {
  name: string;
  size: string;
  median: number;
  unit: "ms" | "KB" | "MB";
  floor?: number;
  floorName?: string;
  budget?: string;
  ok?: boolean;
}
const rows: Row[] = [];

function median(values: number[]): number {
  return coreMedian(values) ?? 0;
}

// Warm-up: at least this many runs and this long, so that what is timed is the optimised code
// (V8 compiles hot functions in the background; on two busy cores a few runs are not enough,
// and the first engine figure came out 1.6 times the same work timed a moment later).
const WARMUP_RUNS = SMOKE ? 2 : 10;
const WARMUP_MS = SMOKE ? 0 : 400;

function warmUp(fn: () => void, runs: number): void {
  const t0 = performance.now();
  for (let i = 0; i < runs || performance.now() - t0 < WARMUP_MS; i++) fn();
}

function time(fn: () => void, runs = RUNS, warmup = WARMUP_RUNS): number {
  warmUp(fn, warmup);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/**
 * Runs two things alternately and returns both medians, so a machine whose speed drifts (as
 * shared ones do, by several times over minutes) affects both alike and their ratio holds.
 */
function timePair(a: () => void, b: () => void, runs = RUNS, warmup = WARMUP_RUNS): [number, number] {
  warmUp(() => {
    a();
    b();
  }, warmup);
  const sa: number[] = [];
  const sb: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    a();
    sa.push(performance.now() - t0);
    t0 = performance.now();
    b();
    sb.push(performance.now() - t0);
  }
  return [median(sa), median(sb)];
}

function installDom(): void {
  const win = new HappyWindow() as unknown as Window & typeof globalThis;
  const g = globalThis as unknown as Record<string, unknown>;
  for (const name of ["window", "document", "HTMLElement", "HTMLInputElement", "HTMLTextAreaElement", "DocumentFragment", "Event", "KeyboardEvent", "MouseEvent", "navigator"]) {
    if (name === "navigator") continue;
    g[name] = name === "window" ? win : (win as unknown as Record<string, unknown>)[name];
  }
  installDomHelpers(win);
  for (const name of ["activeDocument", "activeWindow", "createEl", "createDiv", "createFragment"]) g[name] = (win as unknown as Record<string, unknown>)[name];
}

const FLOOR_NAME = "touch every key and list item";

/**
 * The floor of the engine's and the index's rows, as the issue puts it: a bare loop touching
 * the same objects. The reader looks at every property of a note's frontmatter and into the
 * lists among them (interviewers, thanked, references), so the loop does too.
 */
function touchAll(objects: Record<string, unknown>[]): number {
  let n = 0;
  for (const o of objects) {
    for (const k in o) {
      const v = o[k];
      if (v === undefined) continue;
      n += k.length;
      if (Array.isArray(v)) for (const x of v) if (x !== undefined) n++;
    }
  }
  return n;
}

/** Top-level properties only, not the lists' items: the floor before 2026-11-22, still shown. */
function touchKeys(objects: Record<string, unknown>[]): number {
  let n = 0;
  for (const o of objects) for (const k in o) if (o[k] !== undefined) n += k.length;
  return n;
}

function frontmatterOf(text: string): Record<string, unknown> {
  const block = findFrontmatter(text);
  return block ? ((parseYamlCore(text.slice(block.yamlStart, block.yamlEnd)) ?? {}) as Record<string, unknown>) : {};
}

function fakeApp(files: Map<string, string>): App {
  const app = new App();
  for (const [path, content] of files) app.vault.seed(path, content);
  return app;
}

function measureEngine(size: number): void {
  const { files, interviewPaths } = generateVault(size);
  const settings = defaultSettings();
  const lookup = new KeyLookup(settings);
  const fms = interviewPaths.map((p) => frontmatterOf(files.get(p) ?? ""));
  const emails = new Map<string, string>();
  for (const [path, text] of files) if (path.startsWith("People/")) emails.set(path.slice(7, -3), /email: (.*)/.exec(text)?.[1] ?? "");
  const people: PeopleDirectory = { emailOf: (t) => emails.get(t) };
  let sink = 0;
  const readAll = () => fms.map((fm, i) => readInterviewNote(interviewPaths[i] ?? "", fm, lookup));
  const dueList = () => {
    sink += followUpReport(readAll(), NOW_WALL, settings, people).items.length;
  };
  const [floor, engine] = timePair(() => void (sink += touchAll(fms)), dueList, ENGINE_RUNS);
  rows.push({ name: "engine: due list from parsed frontmatter", size: `${size} (${fms.length} interviews)`, median: engine, unit: "ms", floor, floorName: FLOOR_NAME, budget: "≤ 3 ms and ≤ 20× floor", ok: engine <= 3 && engine <= 20 * floor });
  const [keysFloor, engineAgain] = timePair(() => void (sink += touchKeys(fms)), dueList, ENGINE_RUNS);
  rows.push({ name: "  the same, against top-level keys only", size: `${fms.length} interviews`, median: engineAgain, unit: "ms", floor: keysFloor, floorName: "touch every key, not list items" });
  // Where that time goes: reading the frontmatter (once per change in the plugin) and the rules (every minute).
  const notes = readAll();
  const [floor2, reading] = timePair(() => void (sink += touchAll(fms)), () => void (sink += readAll().length), ENGINE_RUNS);
  const [floor3, rules] = timePair(() => void (sink += touchAll(fms)), () => void (sink += followUpReport(notes, NOW_WALL, settings, people).items.length), ENGINE_RUNS);
  rows.push({ name: "  of which: reading the schema", size: `${fms.length} interviews`, median: reading, unit: "ms", floor: floor2, floorName: FLOOR_NAME });
  rows.push({ name: "  of which: rules, states and sorting", size: `${fms.length} interviews`, median: rules, unit: "ms", floor: floor3, floorName: FLOOR_NAME });
  if (sink < 0) console.log(sink);
}

function pluginModel(app: App): FollowUpModel {
  const settings = defaultSettings();
  return new FollowUpModel(new VaultNotes(app as unknown as O.App, settings), () => settings, () => NOW);
}

function measurePlugin(): void {
  const main = generateVault(MAIN_SIZE);
  const app = fakeApp(main.files);
  const caches = app.vault.getMarkdownFiles().map((f) => (app.metadataCache.getFileCache(f as never)?.frontmatter ?? {}) as Record<string, unknown>);
  const [floor, index] = timePair(() => void touchAll(caches), () => pluginModel(app).rebuild(), Math.max(5, Math.floor(RUNS / 2)));
  rows.push({ name: "plugin: initial index from the metadata cache", size: String(MAIN_SIZE), median: index, unit: "ms", floor, floorName: "touch every note's cached frontmatter and lists", budget: "≤ 15 ms", ok: index <= 15 });

  const incremental: Record<number, number> = {};
  const prepared = [...new Set([MAIN_SIZE, BIG_SIZE])].map((size) => {
    const vault = size === MAIN_SIZE ? main : generateVault(size);
    const a = size === MAIN_SIZE ? app : fakeApp(vault.files);
    const model = pluginModel(a);
    model.rebuild();
    return { size, vault, app: a, model, samples: [] as number[] };
  });
  // The sizes take turns, note by note, so they see the same machine.
  for (let i = 0; i < 60; i++) {
    for (const p of prepared) {
      const path = p.vault.interviewPaths[i];
      const file = path === undefined ? null : p.app.vault.getFileByPath(path);
      if (!file || path === undefined) continue;
      const edited = p.app.vault.contentOf(path).replace(/^status: .*$/m, i % 2 ? "status: waiting" : "status: next round");
      // Obsidian's own parse of the changed note happens before the plugin hears of it.
      p.app.metadataCache.index(file, edited, false);
      const t0 = performance.now();
      p.model.update(file as unknown as O.TFile);
      p.samples.push(performance.now() - t0);
    }
  }
  for (const p of prepared) {
    incremental[p.size] = median(p.samples.slice(5));
    rows.push({ name: "plugin: one note changes → index and view model", size: String(p.size), median: incremental[p.size] ?? 0, unit: "ms", budget: "≤ 1 ms", ok: (incremental[p.size] ?? 0) <= 1 });
  }
  const flat = (incremental[BIG_SIZE] ?? 0) / Math.max(incremental[MAIN_SIZE] ?? 0, 0.001);
  rows.push({ name: `plugin: incremental update, ${BIG_SIZE} vs ${MAIN_SIZE} notes`, size: "ratio", median: flat, unit: "ms", budget: "flat (≤ 2×)", ok: SMOKE || flat <= 2 });

  // onload: registration only, before layout-ready.
  const loads: number[] = [];
  for (let i = 0; i < RUNS + 2; i++) {
    const fresh = new App();
    const t0 = performance.now();
    const plugin = new PluginClass(fresh as unknown as O.App, manifest);
    plugin.load();
    loads.push(performance.now() - t0);
    plugin.unload();
  }
  const onload = median(loads.slice(2));
  rows.push({ name: "plugin: onload (registration only)", size: "-", median: onload, unit: "ms", budget: "≤ 2 ms", ok: onload <= 2 });

  // The view drawing 500 items.
  const big = pluginModel(size500App());
  big.rebuild();
  const report = big.report as FollowUpReport;
  const items = Array.from({ length: 500 }, (_, i) => ({ ...(report.items[i % report.items.length] ?? report.items[0]), id: `x${i}` })) as FollowUpReport["items"];
  renderReport = { ...report, items };
}

let renderReport: FollowUpReport | undefined;

/** Drawing 500 items, in Chromium when it is installed (a real engine), else in happy-dom. */
async function measureRender(renderScript: string): Promise<void> {
  const report = renderReport;
  if (!report) return;
  if (chromiumAvailable()) {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(`<!doctype html><html><head><style>${readFileSync("styles.css", "utf8")}</style></head><body class="theme-light"></body></html>`);
      await page.addScriptTag({ path: renderScript });
      type Result = { shown: number; all: number; floor: number; elements: number };
      const r = await page.evaluate(([m, runs]) => (window as unknown as { benchRender: (m: unknown, r: number) => Result }).benchRender(m, runs), [report, Math.max(RUNS, 5)] as const);
      rows.push({ name: "view: render 500 items, as shown (25 per section)", size: "500", median: r.shown, unit: "ms", budget: "≤ 30 ms", ok: r.shown <= 30 });
      rows.push({ name: "view: render all 500 items at once (Chromium)", size: "500", median: r.all, unit: "ms", floor: r.floor, floorName: `${r.elements} bare elements laid out` });
    } finally {
      await browser.close();
    }
    return;
  }
  const container = (globalThis as unknown as { document: Document }).document.createElement("div");
  const handlers = { openNote: () => undefined, act: () => undefined, menu: () => undefined, icon: () => undefined, groupBy: () => undefined, toggleSection: () => undefined };
  const model = buildViewModel(report);
  const ms = time(() => renderFollowUps(container, model, handlers), RUNS);
  rows.push({ name: "view: render 500 items (happy-dom: no Chromium here, not a browser figure)", size: "500", median: ms, unit: "ms", budget: "≤ 30 ms in a browser" });
}

let cachedApp: App | undefined;
function size500App(): App {
  cachedApp ??= fakeApp(generateVault(Math.min(MAIN_SIZE, 5000)).files);
  return cachedApp;
}

function run(cmd: string[], extra: string[] = []): { ms: number; stderr: string; stdout: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [...extra, ...cmd], { encoding: "utf8", maxBuffer: 1 << 28 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${cmd.join(" ")} failed: ${r.stderr}`);
  return { ms, stderr: r.stderr, stdout: r.stdout };
}

function measureCli(): void {
  mkdirSync(ROOT, { recursive: true });
  const dir = vaultOnDisk(ROOT, MAIN_SIZE);
  const due = [CLI, "due", dir, "--json", "--now", "2026-03-12T09:00"];
  const floorRuns: number[] = [];
  const cliRuns: number[] = [];
  const naiveRuns: number[] = [];
  run(["tests/bench/read-all.mjs", dir]);
  run(due);
  const n = SMOKE ? 1 : 7;
  for (let i = 0; i < n; i++) {
    floorRuns.push(run(["tests/bench/read-all.mjs", dir]).ms);
    cliRuns.push(run(due).ms);
    if (i < Math.min(n, 3)) naiveRuns.push(run([BUNDLED_NAIVE, dir]).ms);
  }
  const floor = median(floorRuns);
  const cli = median(cliRuns);
  const naive = median(naiveRuns);
  rows.push({ name: "CLI due, whole process", size: String(MAIN_SIZE), median: cli, unit: "ms", floor, floorName: "node reading every .md", budget: "≤ 2× floor", ok: cli <= 2 * floor });
  rows.push({ name: "without this tool: gray-matter defaults on every note", size: String(MAIN_SIZE), median: naive, unit: "ms", floor, floorName: "node reading every .md" });

  const big = vaultOnDisk(ROOT, BIG_SIZE);
  const mem = run([CLI, "due", big, "--json", "--now", "2026-03-12T09:00"], ["--require", `${process.cwd()}/tests/bench/peak-rss.cjs`]);
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(mem.stderr)?.[1] ?? "0");
  rows.push({ name: "CLI due, peak memory", size: String(BIG_SIZE), median: kb / 1024, unit: "MB", budget: "≤ 200 MB", ok: kb / 1024 <= 200 });
}

function measureYamlEngines(): void {
  const { files, interviewPaths } = generateVault(MAIN_SIZE);
  const blocks = interviewPaths.map((p) => {
    const text = files.get(p) ?? "";
    const b = findFrontmatter(text);
    return b ? text.slice(b.yamlStart, b.yamlEnd) : "";
  });
  // What any parser must do at least: look at every character.
  let sink = 0;
  const floor = time(() => {
    let n = 0;
    for (const b of blocks) for (let i = 0; i < b.length; i++) n += b.charCodeAt(i);
    sink += n;
  }, RUNS * 4);
  const yamlPkg = time(() => blocks.forEach((b) => parseYamlCore(b)));
  const jsYaml = time(() => blocks.forEach((b) => jsYamlLoad(b, { schema: CORE_SCHEMA, json: true })));
  rows.push({ name: "YAML engine: yaml (core schema)", size: `${blocks.length} notes`, median: yamlPkg, unit: "ms", floor, floorName: "read every character" });
  rows.push({ name: "YAML engine: js-yaml (core schema), used by the CLI", size: `${blocks.length} notes`, median: jsYaml, unit: "ms", floor, floorName: "read every character" });
  if (sink < 0) console.log(sink);
}

function measureBundle(): void {
  const bytes = statSync("main.js").size;
  rows.push({ name: "main.js, minified", size: "-", median: bytes / 1024, unit: "KB", budget: "≤ 150 KB", ok: bytes / 1024 <= 150 });
  rows.push({ name: "main.js, gzip", size: "-", median: gzipSync(readFileSync("main.js"), { level: 9 }).length / 1024, unit: "KB" });
}

function fmt(n: number, unit: string): string {
  // Sizes keep a decimal: a budget like 150 KB is decided by it.
  if (unit === "KB") return `${n.toFixed(1)} ${unit}`;
  return `${n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0)} ${unit}`;
}

function print(): void {
  const header = ["measurement", "notes", "median", "floor", "× floor", "budget", ""];
  const table = rows.map((r) => [
    r.name, r.size, r.size === "ratio" ? `${r.median.toFixed(2)}×` : fmt(r.median, r.unit),
    r.floor === undefined ? "" : `${fmt(r.floor, "ms")} (${r.floorName ?? ""})`,
    r.floor === undefined ? "" : `${(r.median / r.floor).toFixed(1)}×`,
    r.budget ?? "", r.ok === undefined ? "" : SMOKE ? "(smoke)" : r.ok ? "ok" : "MISSED",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of table) console.log(line(r));
}

let PluginClass: new (app: O.App, m: typeof manifest) => O.Plugin;
let BUNDLED_NAIVE = "";

export async function main(naivePath: string, renderScript: string): Promise<number> {
  BUNDLED_NAIVE = naivePath;
  installDom();
  const { default: Plugin } = await import("../../src/plugin/main");
  PluginClass = Plugin;
  console.log(`Job Search Journal benchmark${SMOKE ? " (smoke: smallest size, budgets not enforced)" : ""}: node ${process.version}, ${process.platform}/${process.arch}, sizes ${SIZES.join(", ")}`);
  measureEngine(MAIN_SIZE);
  measurePlugin();
  await measureRender(renderScript);
  measureYamlEngines();
  measureCli();
  measureBundle();
  print();
  const missed = rows.filter((r) => r.ok === false);
  if (missed.length > 0 && !SMOKE) console.log(`\n${missed.length} budget(s) missed: ${missed.map((r) => `${r.name} (${r.size})`).join("; ")}`);
  return CHECK && !SMOKE && missed.length > 0 ? 1 : 0;
}
