import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { gzipSync } from "node:zlib";
import { parse as yamlParse } from "yaml";
import type * as O from "obsidian";
import { followUpReport, type FollowUpReport, type PeopleDirectory } from "../../src/core/follow-ups/engine";
import { findFrontmatter } from "../../src/core/notes/frontmatter-block";
import { KeyLookup, readInterviewNote } from "../../src/core/notes/schema";
import { defaultSettings } from "../../src/core/settings/settings";
import { parseWhen } from "../../src/core/lib/time";
import { buildViewModel } from "../../src/core/follow-ups/view-model";
import { readYaml } from "../../src/core/notes/read-yaml";
import { FollowUpModel } from "../../src/plugin/model";
import { VaultNotes } from "../../src/plugin/vault-notes";
import { renderFollowUps } from "../../src/plugin/view/render-follow-ups";
import { installDom } from "./dom-globals";
import { chromiumAvailable, launchChromium } from "../helpers/chromium";
import { App } from "../fakes/obsidian";
import { touchAll, touchKeys } from "./floors";
import { NO_OP_HANDLERS } from "./no-op-handlers";
import type { Rendered } from "./render-page";
import { realisticVaultOnDisk, generateRealisticVault } from "./realistic-vault";
import { generateVault, vaultOnDisk } from "./synthetic-vault";
import { median, paired, time as timeWith, timePair as timePairWith, type Paired, type Timing } from "./timing";
import { BUDGETS } from "./budgets";
import { clockOf } from "../../src/core/lib/clock";

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
  /** The floor's unit, when it is not milliseconds. */
  floorUnit?: "MB";
  /** The median of pair-by-pair ratios, when the row has a floor. */
  ratio?: number;
  budget?: string;
  ok?: boolean;
}
const rows: Row[] = [];

// Warm-up: at least this many runs and this long (timing.ts says why).
const WARMUP_RUNS = SMOKE ? 2 : 10;
const WARMUP_MS = SMOKE ? 0 : 400;
const timing = (runs = RUNS, warmupRuns = WARMUP_RUNS): Timing => ({ runs, warmupRuns, warmupMs: WARMUP_MS });
const time = (fn: () => void, runs = RUNS): number => timeWith(fn, timing(runs));
const timePair = (floor: () => void, subject: () => void, runs = RUNS): Paired =>
  timePairWith(floor, subject, timing(runs));

/** A row read against its floor: medians beside each other, the ratio taken pair by pair. */
function against(p: Paired, floorName: string): Pick<Row, "median" | "floor" | "floorName" | "ratio"> {
  return { median: p.subject, floor: p.floor, floorName, ratio: p.ratio };
}

/** A row's budget: at most so many times its floor, pair by pair. */
function within(p: Paired, max: number): Pick<Row, "budget" | "ok"> {
  return { budget: `≤ ${max}× floor`, ok: p.ratio <= max };
}

const FLOOR_NAME = "touch every key and list item";

function frontmatterOf(text: string): Record<string, unknown> {
  const block = findFrontmatter(text);
  return block ? ((readYaml(text.slice(block.yamlStart, block.yamlEnd)) ?? {}) as Record<string, unknown>) : {};
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
  for (const [path, text] of files)
    if (path.startsWith("People/")) emails.set(path.slice(7, -3), /email: (.*)/.exec(text)?.[1] ?? "");
  const people: PeopleDirectory = { emailOf: (t) => emails.get(t) };
  let sink = 0;
  const readAll = () => fms.map((fm, i) => readInterviewNote(interviewPaths[i] ?? "", fm, lookup));
  const dueList = () => {
    sink += followUpReport(readAll(), NOW_WALL, settings, people).items.length;
  };
  const engine = timePair(() => void (sink += touchAll(fms)), dueList, ENGINE_RUNS);
  rows.push({
    name: "engine: due list from parsed frontmatter",
    size: `${size} (${fms.length} interviews)`,
    unit: "ms",
    ...against(engine, FLOOR_NAME),
    ...within(engine, BUDGETS.engine),
  });
  const keys = timePair(() => void (sink += touchKeys(fms)), dueList, ENGINE_RUNS);
  rows.push({
    name: "  the same, against top-level keys only",
    size: `${fms.length} interviews`,
    unit: "ms",
    ...against(keys, "touch every key, not list items"),
  });
  // Where that time goes: reading the frontmatter (once per change in the plugin) and the rules (every minute).
  const notes = readAll();
  const reading = timePair(
    () => void (sink += touchAll(fms)),
    () => void (sink += readAll().length),
    ENGINE_RUNS,
  );
  const rules = timePair(
    () => void (sink += touchAll(fms)),
    () => void (sink += followUpReport(notes, NOW_WALL, settings, people).items.length),
    ENGINE_RUNS,
  );
  rows.push({
    name: "  of which: reading the schema",
    size: `${fms.length} interviews`,
    unit: "ms",
    ...against(reading, FLOOR_NAME),
  });
  rows.push({
    name: "  of which: rules, states and sorting",
    size: `${fms.length} interviews`,
    unit: "ms",
    ...against(rules, FLOOR_NAME),
  });
  if (sink < 0) console.log(sink);
}

let COLD = "";
let SAMPLE_PLUGIN = "";

/** One measurement by tests/bench/cold.ts in a fresh Node process, in milliseconds. */
function cold(args: string[]): number {
  const r = spawnSync(process.execPath, [COLD, ...args], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`cold ${args.join(" ")} failed: ${r.stderr}`);
  return Number(r.stdout.trim());
}

/** require() of a built plugin and its awaited onload, timed apart in one fresh process (cold.ts). */
function coldLoad(plugin: string): { require: number; onload: number } {
  const r = spawnSync(process.execPath, [COLD, "load", plugin], {
    encoding: "utf8",
    env: { ...process.env, JSJ_SPLIT: "1" },
  });
  const m = /require ([\d.]+) onload ([\d.]+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`cold load failed: ${r.stderr}`);
  return { require: Number(m[1]), onload: Number(m[2]) };
}

/** The first index of the realistic vault in a fresh process, as at every start of Obsidian, beside the first touch of the same caches. */
function measureColdIndex(): void {
  const floors: number[] = [];
  const firsts: number[] = [];
  for (let i = 0; i < (SMOKE ? 1 : 7); i++) {
    floors.push(cold(["floor", String(MAIN_SIZE), "realistic"]));
    firsts.push(cold(["index", String(MAIN_SIZE), "realistic"]));
  }
  const p = paired(floors, firsts);
  rows.push({
    name: "plugin: first index, cold (fresh process, realistic vault)",
    size: String(MAIN_SIZE),
    unit: "ms",
    ...against(p, "first touch of the same caches, cold"),
    ...within(p, BUDGETS.coldIndex),
  });
}

function pluginModel(app: App): FollowUpModel {
  const settings = defaultSettings();
  return new FollowUpModel(
    new VaultNotes(app as unknown as O.App, () => settings),
    () => settings,
    clockOf(() => NOW),
  );
}

function measurePlugin(): void {
  // The index, warm (after the warm-up, as after a settings change), on the realistic vault and the easy one.
  const main = generateRealisticVault(MAIN_SIZE);
  const app = fakeApp(main.files);
  for (const [label, a] of [
    ["realistic", app],
    ["easy", fakeApp(generateVault(MAIN_SIZE).files)],
  ] as const) {
    const caches = a.vault
      .getMarkdownFiles()
      .map((f) => (a.metadataCache.getFileCache(f as never)?.frontmatter ?? {}) as Record<string, unknown>);
    const index = timePair(
      () => void touchAll(caches),
      () => pluginModel(a).rebuild(),
      Math.max(5, Math.floor(RUNS / 2)),
    );
    const realistic = label === "realistic";
    rows.push({
      name: `plugin: index from the metadata cache, warm (${label} vault)`,
      size: String(MAIN_SIZE),
      unit: "ms",
      ...against(index, "touch every note's cached frontmatter and lists"),
      ...(realistic ? within(index, BUDGETS.warmIndex) : {}),
    });
  }
  measureColdIndex();

  measureIncremental(main, app);
  measureLoad();
  // The view drawing 500 items.
  const big = pluginModel(size500App());
  big.rebuild();
  const report = big.report as FollowUpReport;
  const items = Array.from({ length: 500 }, (_, i) => ({
    ...(report.items[i % report.items.length] ?? report.items[0]),
    id: `x${i}`,
  })) as FollowUpReport["items"];
  renderReport = { ...report, items };
}

/**
 * One note changes: Obsidian parses it (the fake's metadata cache, as the real one does before
 * the plugin hears), then the plugin updates its index and view model. Each pair times a batch
 * of notes, parse then update, so a sub-millisecond figure is many notes' worth, and the sizes
 * take turns so that they see the same machine.
 */
function measureIncremental(main: ReturnType<typeof generateRealisticVault>, app: App): void {
  const BATCH = 10;
  const prepared = [...new Set([MAIN_SIZE, BIG_SIZE])].map((size) => {
    const vault = size === MAIN_SIZE ? main : generateRealisticVault(size);
    const a = size === MAIN_SIZE ? app : fakeApp(vault.files);
    const model = pluginModel(a);
    model.rebuild();
    return { size, vault, app: a, model, parses: [] as number[], updates: [] as number[] };
  });
  for (let round = 0; round < (SMOKE ? 2 : 40); round++)
    for (const p of prepared) {
      const edits = Array.from({ length: BATCH }, (_, i) => {
        const path = p.vault.interviewPaths[(round * BATCH + i) % p.vault.interviewPaths.length] ?? "";
        const status = (round + i) % 2 ? "status: waiting" : "status: next round";
        return {
          file: p.app.vault.getFileByPath(path),
          text: p.app.vault.contentOf(path).replace(/^status: .*$/m, status),
        };
      });
      let t0 = performance.now();
      for (const e of edits) if (e.file) p.app.metadataCache.index(e.file, e.text, false);
      p.parses.push((performance.now() - t0) / BATCH);
      t0 = performance.now();
      for (const e of edits) if (e.file) p.model.update(e.file as unknown as O.TFile);
      p.updates.push((performance.now() - t0) / BATCH);
    }
  const perNote: Record<number, number> = {};
  for (const p of prepared) {
    // The first rounds are V8's warm-up.
    const skip = SMOKE ? 0 : 5;
    const pairs = paired(p.parses.slice(skip), p.updates.slice(skip));
    perNote[p.size] = pairs.subject;
    rows.push({
      name: "plugin: one note changes → index and view model",
      size: String(p.size),
      unit: "ms",
      ...against(pairs, "Obsidian's own parse of the changed note"),
      ...within(pairs, BUDGETS.incremental),
    });
  }
  const flat = (perNote[BIG_SIZE] ?? 0) / Math.max(perNote[MAIN_SIZE] ?? 0, 1e-6);
  rows.push({
    name: `plugin: incremental update, ${BIG_SIZE} vs ${MAIN_SIZE} notes`,
    size: "ratio",
    median: flat,
    unit: "ms",
    budget: `flat (≤ ${BUDGETS.flat}×)`,
    ok: SMOKE || flat <= BUDGETS.flat,
  });
}

/**
 * Loading main.js, then the plugin's own start (onload, awaited), in a fresh process each time,
 * beside the official sample plugin loaded the same way.
 */
function measureLoad(): void {
  const n = SMOKE ? 1 : 9;
  const loads: { require: number; onload: number }[] = [];
  const samples: { require: number; onload: number }[] = [];
  for (let i = 0; i < n; i++) {
    samples.push(coldLoad(SAMPLE_PLUGIN));
    loads.push(coldLoad("main.js"));
  }
  const kb = statSync("main.js").size / 1024;
  const requireMs = median(loads.map((l) => l.require));
  rows.push({
    name: "plugin: require(main.js), cold (compiling it; reported, not budgeted)",
    size: `${kb.toFixed(1)} KB`,
    median: requireMs,
    unit: "ms",
  });
  rows.push({
    name: `  per 100 KB of main.js (at this rate Tasks' 718 KB: ${((requireMs / kb) * 718).toFixed(0)} ms)`,
    size: "-",
    median: (requireMs / kb) * 100,
    unit: "ms",
  });
  const onload = paired(
    samples.map((l) => l.onload),
    loads.map((l) => l.onload),
  );
  rows.push({
    name: "plugin: onload's own work, awaited, cold (everything after require)",
    size: "-",
    unit: "ms",
    ...against(onload, "the sample plugin's onload, cold"),
    ...within(onload, BUDGETS.onload),
  });
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
      await page.setContent(
        `<!doctype html><html><head><style>${readFileSync("styles.css", "utf8")}</style></head><body class="theme-light"></body></html>`,
      );
      await page.addScriptTag({ path: renderScript });
      // JSJ_PROFILE_RENDER=out.cpuprofile: a CPU profile of the page while it draws (Chrome's DevTools reads it).
      const profile = process.env.JSJ_PROFILE_RENDER;
      const cdp = profile ? await page.context().newCDPSession(page) : undefined;
      if (cdp) {
        await cdp.send("Profiler.enable");
        await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
        await cdp.send("Profiler.start");
      }
      const r = await page.evaluate(
        ([m, runs]) => (window as unknown as { benchRender: (m: unknown, r: number) => Rendered }).benchRender(m, runs),
        [report, Math.max(RUNS, 5)] as const,
      );
      if (cdp && profile) writeFileSync(profile, JSON.stringify((await cdp.send("Profiler.stop")).profile));
      const shown: Paired = { subject: r.shown, floor: r.shownFloor, ratio: r.shownRatio };
      rows.push({
        name: "view: view model + render 500 items, as shown (25 per section)",
        size: "500",
        unit: "ms",
        ...against(shown, `${r.shownElements} bare elements laid out`),
        ...within(shown, BUDGETS.view),
      });
      rows.push({
        name: "view: render all 500 items at once (Chromium)",
        size: "500",
        median: r.all,
        unit: "ms",
        floor: r.floor,
        floorName: `${r.elements} bare elements laid out`,
      });
    } finally {
      await browser.close();
    }
    return;
  }
  const container = (globalThis as unknown as { document: Document }).document.createElement("div");
  const handlers = NO_OP_HANDLERS;
  const ms = time(() => renderFollowUps(container, buildViewModel(report), handlers), RUNS);
  rows.push({
    name: "view: view model + render 500 items (happy-dom: no Chromium here, not a browser figure)",
    size: "500",
    median: ms,
    unit: "ms",
    budget: "≤ 20 ms in a browser",
  });
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

/** `due` on a vault on disk, each run a fresh process, beside a process that only reads every note, pair by pair. */
function cliAgainstFloor(dir: string): { due: Paired; naive: number } {
  const due = [CLI, "due", dir, "--json", "--now", "2026-03-12T09:00"];
  const floorRuns: number[] = [];
  const cliRuns: number[] = [];
  const naiveRuns: number[] = [];
  run(["tests/bench/read-all.mjs", dir]);
  run(due);
  const n = SMOKE ? 1 : 9;
  for (let i = 0; i < n; i++) {
    floorRuns.push(run(["tests/bench/read-all.mjs", dir]).ms);
    cliRuns.push(run(due).ms);
    if (i < Math.min(n, 3)) naiveRuns.push(run([BUNDLED_NAIVE, dir]).ms);
  }
  return { due: paired(floorRuns, cliRuns), naive: median(naiveRuns) };
}

function measureCli(): void {
  mkdirSync(ROOT, { recursive: true });
  const floorName = "node reading every .md";
  for (const shape of ["realistic", "dense"] as const)
    for (const size of [...new Set([MAIN_SIZE, BIG_SIZE])]) {
      const { due, naive } = cliAgainstFloor(realisticVaultOnDisk(ROOT, size, undefined, shape));
      rows.push({
        name: `CLI due, whole process (${shape === "dense" ? "dense vault: 9% job notes, 5 KB notes" : "realistic vault"})`,
        size: String(size),
        unit: "ms",
        ...against(due, floorName),
        ...within(due, shape === "dense" ? BUDGETS.cliDense : BUDGETS.cli),
      });
      if (size === MAIN_SIZE && shape === "realistic")
        rows.push({
          name: "without this tool: gray-matter defaults on every note",
          size: String(size),
          unit: "ms",
          median: naive,
          floor: due.floor,
          floorName,
          ratio: naive / due.floor,
        });
    }
  const easy = cliAgainstFloor(vaultOnDisk(ROOT, MAIN_SIZE));
  rows.push({
    name: "CLI due, whole process (easy vault: 10% interviews)",
    size: String(MAIN_SIZE),
    unit: "ms",
    ...against(easy.due, floorName),
  });

  measurePeakMemory(realisticVaultOnDisk(ROOT, BIG_SIZE));
}

/** Peak resident memory of `due` beside that of the process that only reads every note, pair by pair. */
function measurePeakMemory(dir: string): void {
  const peakMb = (cmd: string[]): number => {
    const r = run(cmd, ["--require", `${process.cwd()}/tests/bench/peak-rss.cjs`]);
    return Number(/PEAK_RSS_KB=(\d+)/.exec(r.stderr)?.[1] ?? "0") / 1024;
  };
  const floors: number[] = [];
  const peaks: number[] = [];
  for (let i = 0; i < (SMOKE ? 1 : 3); i++) {
    floors.push(peakMb(["tests/bench/read-all.mjs", dir]));
    peaks.push(peakMb([CLI, "due", dir, "--json", "--now", "2026-03-12T09:00"]));
  }
  const p = paired(floors, peaks);
  rows.push({
    name: "CLI due, peak memory (realistic vault)",
    size: String(BIG_SIZE),
    median: p.subject,
    unit: "MB",
    floor: p.floor,
    floorUnit: "MB",
    floorName: "node reading every .md",
    ratio: p.ratio,
    ...within(p, BUDGETS.memory),
  });
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
  // The yaml package as the editor would have read with it; js-yaml as every host but Obsidian reads.
  const yamlPkg = time(() => {
    for (const b of blocks) yamlParse(b, { schema: "core", uniqueKeys: false }) as unknown;
  });
  const jsYaml = time(() => blocks.forEach((b) => readYaml(b)));
  rows.push({
    name: "YAML engine: yaml (core schema)",
    size: `${blocks.length} notes`,
    median: yamlPkg,
    unit: "ms",
    floor,
    floorName: "read every character",
  });
  rows.push({
    name: "YAML engine: js-yaml (core schema), read-yaml.ts: the CLI and VS Code",
    size: `${blocks.length} notes`,
    median: jsYaml,
    unit: "ms",
    floor,
    floorName: "read every character",
  });
  if (sink < 0) console.log(sink);
}

function measureBundle(): void {
  const kb = statSync("main.js").size / 1024;
  rows.push({
    name: "main.js, minified",
    size: "-",
    median: kb,
    unit: "KB",
    budget: `≤ ${BUDGETS.mainJsKb} KB`,
    ok: kb <= BUDGETS.mainJsKb,
  });
  rows.push({
    name: "main.js, gzip",
    size: "-",
    median: gzipSync(readFileSync("main.js"), { level: 9 }).length / 1024,
    unit: "KB",
  });
}

function fmt(n: number, unit: string): string {
  // Sizes keep a decimal: a budget like 150 KB is decided by it.
  if (unit === "KB") return `${n.toFixed(1)} ${unit}`;
  return `${n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : n.toFixed(0)} ${unit}`;
}

function print(): void {
  const header = ["measurement", "notes", "median", "floor", "× floor", "budget", ""];
  const table = rows.map((r) => [
    r.name,
    r.size,
    r.size === "ratio" ? `${r.median.toFixed(2)}×` : fmt(r.median, r.unit),
    r.floor === undefined ? "" : `${fmt(r.floor, r.floorUnit ?? "ms")} (${r.floorName ?? ""})`,
    r.floor === undefined ? "" : `${(r.ratio ?? r.median / r.floor).toFixed(1)}×`,
    r.budget ?? "",
    r.ok === undefined ? "" : SMOKE ? "(smoke)" : r.ok ? "ok" : "MISSED",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(" | ")} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of table) console.log(line(r));
}

let BUNDLED_NAIVE = "";

export async function main(
  naivePath: string,
  renderScript: string,
  coldScript: string,
  samplePlugin: string,
): Promise<number> {
  BUNDLED_NAIVE = naivePath;
  COLD = coldScript;
  SAMPLE_PLUGIN = samplePlugin;
  installDom();
  console.log(
    `Job Search Journal benchmark${SMOKE ? " (smoke: smallest size, budgets not enforced)" : ""}: node ${process.version}, ${process.platform}/${process.arch}, sizes ${SIZES.join(", ")}`,
  );
  measureEngine(MAIN_SIZE);
  measurePlugin();
  await measureRender(renderScript);
  measureYamlEngines();
  measureCli();
  measureBundle();
  print();
  const missed = rows.filter((r) => r.ok === false);
  if (missed.length > 0 && !SMOKE)
    console.log(`\n${missed.length} budget(s) missed: ${missed.map((r) => `${r.name} (${r.size})`).join("; ")}`);
  return CHECK && !SMOKE && missed.length > 0 ? 1 : 0;
}
