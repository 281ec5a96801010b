/**
 * The approved clips in tests/fixtures/postings/clips/ are what the Obsidian Web Clipper itself
 * makes of each saved posting page with our template: its own code (Defuddle, its variables, its
 * template engine), from a local copy of github.com/obsidianmd/obsidian-clipper, run as its own
 * template-integration test runs it and bundled as its scripts/build-cli.mjs bundles its CLI. The Clipper is not on npm, so the tests
 * cannot run it; they compare against what this script wrote. Run it after changing the template
 * or a page, with a checkout whose dependencies are installed (npm install --omit=dev):
 *
 *   node scripts/clip-postings.mjs ~/src/obsidian-clipper
 *
 * The clock is pinned to the day the tests clip on, so `{{date}}` is the same on every run, and
 * file names are made as on Windows, whose rules are the strictest.
 */
import esbuild from "esbuild";
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const TODAY = "2026-03-12T09:00:00";
const PAGES = resolve("tests/fixtures/postings");
const CLIPS = join(PAGES, "clips");

const clipper = resolve(process.argv[2] ?? process.env.OBSIDIAN_CLIPPER ?? "");
if (!existsSync(join(clipper, "src/api.ts")) || !existsSync(join(clipper, "node_modules/defuddle")))
  throw new Error("usage: node scripts/clip-postings.mjs <obsidian-clipper checkout, its dependencies installed>");

const out = mkdtempSync(join(tmpdir(), "clip-postings-"));
const defuddle = join(clipper, "node_modules/defuddle/dist");
// As the Clipper's scripts/build-cli.mjs: a DOM (linkedom) before any module runs, Turndown needs it.
const dom = `;(function(){var l=require(${JSON.stringify(join(clipper, "node_modules/linkedom"))});
var P=function(){};P.prototype.parseFromString=function(h){return l.parseHTML(h).document;};
if(typeof globalThis.window==="undefined")globalThis.window=globalThis;
if(!globalThis.DOMParser)globalThis.DOMParser=P;if(!globalThis.window.DOMParser)globalThis.window.DOMParser=P;
if(typeof globalThis.navigator==="undefined")globalThis.navigator={platform:"Win32",userAgent:""};
if(typeof globalThis.document==="undefined")globalThis.document=l.parseHTML("<!DOCTYPE html><html><head></head><body></body></html>").document;})();`;
// The page clipped as the Clipper's own template-integration test clips it, with its own modules:
// Defuddle given the document (as the extension's content script gives it), its markdown, its
// variables, its template compiler, its front matter and its file-name rule.
const src = (path) => JSON.stringify(join(clipper, "src", path));
const entry = `
import { parseHTML } from "linkedom";
import DefuddleClass from "defuddle";
import { createMarkdownContent } from "defuddle/full";
import { buildVariables, generateFrontmatter, formatPropertyValue } from ${src("utils/shared")};
import { compileTemplate } from ${src("utils/template-compiler")};
import { sanitizeFileName } from ${src("utils/string-utils")};
import { createAsyncResolver, createSelectorProcessor, matchTemplate } from ${src("api")};
export async function clipPage(html, url, template) {
  const { document } = parseHTML(html);
  const found = new DefuddleClass(document, { url }).parse();
  const variables = buildVariables({
    title: found.title, author: found.author, content: createMarkdownContent(found.content, url),
    contentHtml: found.content, url, fullHtml: html, description: found.description,
    favicon: found.favicon, image: found.image, published: found.published, site: found.site,
    language: found.language, wordCount: found.wordCount, schemaOrgData: found.schemaOrgData,
    metaTags: found.metaTags, extractedContent: found.variables,
  });
  const compile = (text) =>
    compileTemplate(0, text, variables, url, createAsyncResolver(document), createSelectorProcessor(document));
  const properties = await Promise.all(template.properties.map(async (p) =>
    ({ name: p.name, value: formatPropertyValue(await compile(p.value), p.type, p.value) })));
  const types = Object.fromEntries(template.properties.map((p) => [p.name, p.type]));
  const frontmatter = generateFrontmatter(properties, types);
  const content = await compile(template.noteContentFormat);
  return {
    noteName: sanitizeFileName(await compile(template.noteNameFormat)) || "Untitled",
    fullContent: frontmatter ? frontmatter + content : content,
    chosenByTrigger: matchTemplate([template], url, found.schemaOrgData) === template,
  };
}`;
await esbuild.build({
  stdin: { contents: entry, resolveDir: clipper, loader: "ts" },
  bundle: true,
  platform: "node",
  format: "cjs",
  outfile: join(out, "clipper.cjs"),
  banner: { js: dom },
  define: { DEBUG_MODE: "false" },
  alias: {
    "webextension-polyfill": join(clipper, "src/utils/cli-stubs.ts"),
    "defuddle/full": join(defuddle, "index.full.js"),
    defuddle: join(defuddle, "index.js"),
  },
  logLevel: "error",
});
await esbuild.build({
  stdin: {
    contents:
      'export { clipperTemplateJson } from "./src/core/exchange/clipper";\n' +
      'export { defaultSettings } from "./src/core/settings/settings";\n',
    resolveDir: resolve("."),
    loader: "ts",
  },
  bundle: true,
  platform: "node",
  format: "cjs",
  outfile: join(out, "template.cjs"),
  logLevel: "error",
});

const require = createRequire(import.meta.url);
const RealDate = Date;
const now = new RealDate(TODAY).getTime();
globalThis.Date = class extends RealDate {
  constructor(...args) {
    super(...(args.length === 0 ? [now] : args));
  }
  static now() {
    return now;
  }
};
const { clipPage } = require(join(out, "clipper.cjs"));
const { clipperTemplateJson, defaultSettings } = require(join(out, "template.cjs"));

const json = clipperTemplateJson(defaultSettings());
const template = JSON.parse(json);
const clips = {};
for (const page of readdirSync(PAGES)
  .filter((f) => f.endsWith(".html"))
  .sort()) {
  const html = readFileSync(join(PAGES, page), "utf8");
  const url = `https://jobs.example/${page}`;
  const result = await clipPage(html, url, template);
  writeFileSync(join(CLIPS, page.replace(/\.html$/, ".md")), result.fullContent);
  clips[page] = { noteName: result.noteName, chosenByTrigger: result.chosenByTrigger };
}

const version = (dir) => JSON.parse(readFileSync(join(dir, "package.json"), "utf8")).version;
let commit = process.env.CLIPPER_COMMIT ?? "";
try {
  commit ||= execFileSync("git", ["-C", clipper, "rev-parse", "HEAD"], { encoding: "utf8" }).trim();
} catch {
  // A copy without its history: the version says which Clipper it was.
}
const made = {
  clipper: { version: version(clipper), commit, defuddle: version(join(clipper, "node_modules/defuddle")) },
  today: TODAY,
  template: createHash("sha256").update(json).digest("hex"),
  clips,
};
writeFileSync(join(CLIPS, "clips.json"), `${JSON.stringify(made, null, 2)}\n`);
console.log(`${Object.keys(clips).length} clips written to ${CLIPS}`);
