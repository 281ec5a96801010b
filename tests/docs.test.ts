import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

/** The pages people read: every relative link leads to a file, and every #anchor to a heading there. */
const PAGES = [
  "README.md",
  "CONTRIBUTING.md",
  "CHANGELOG.md",
  ...readdirSync("docs")
    .filter((f) => f.endsWith(".md"))
    .map((f) => `docs/${f}`),
];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as dashes. */
const slug = (heading: string): string =>
  heading
    .trim()
    .toLowerCase()
    .replace(/[`*_]/g, "")
    .replace(/[^\p{L}\p{N} -]/gu, "")
    .replace(/ /g, "-");

const anchorsOf = (file: string): Set<string> =>
  new Set(
    readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => /^#{1,6} /.test(l))
      .map((l) => slug(l.replace(/^#+ /, ""))),
  );

describe("links in the docs", () => {
  it.each(PAGES)("%s: every relative link resolves", (page) => {
    const text = readFileSync(page, "utf8").replace(/```[\s\S]*?```/g, "");
    const broken: string[] = [];
    for (const [, target = ""] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:|obsidian:)/.test(target)) continue;
      const [path = "", anchor] = target.split("#");
      const file = path === "" ? page : normalize(join(dirname(page), decodeURI(path)));
      if (!existsSync(file)) broken.push(`${target} (no ${file})`);
      else if (anchor && file.endsWith(".md") && !anchorsOf(file).has(anchor)) broken.push(`${target} (no heading)`);
    }
    expect(broken).toEqual([]);
  });

  it("the README stays short: what it is, how to start, where to read more", () => {
    expect(readFileSync("README.md").length).toBeLessThanOrEqual(15 * 1024);
  });
});

/** Every file under a folder, as paths relative to `root`. */
function filesUnder(root: string, dir = ""): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = dir === "" ? e.name : `${dir}/${e.name}`;
    return e.isDirectory() ? filesUnder(root, path) : [path];
  });
}

describe("the maps of the code stay true", () => {
  const core = filesUnder("src/core").filter((f) => f.endsWith(".ts"));

  it("docs/architecture.md's map names every file of src/core (or the folder that holds it)", () => {
    const map = readFileSync("docs/architecture.md", "utf8");
    const named = (file: string) =>
      map.includes(`core/${file}`) ||
      file
        .split("/")
        .slice(0, -1)
        .some((_, i, parts) => parts.length > 1 && map.includes(`core/${parts.slice(0, i + 1).join("/")}/\``));
    expect(core.filter((f) => !named(f))).toEqual([]);
  });

  it.each(
    readdirSync("src/core", { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
  )("src/core/%s/README.md names only files that are there (in its folder, or by their path in src/core)", (folder) => {
    const readme = readFileSync(`src/core/${folder}/README.md`, "utf8");
    const here = filesUnder(`src/core/${folder}`);
    const named = [...readme.matchAll(/`([\w./-]+\.ts)`/g)].map((m) => m[1] ?? "");
    const there = (n: string) =>
      here.some((f) => f === n || f.endsWith(`/${n}`)) || (n.includes("/") && existsSync(`src/core/${n}`));
    expect(named.filter((n) => !there(n))).toEqual([]);
  });
});

describe("the tests mirror src", () => {
  it("tests/core holds one folder per src/core folder and no test file of its own", () => {
    const folders = (dir: string) =>
      readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort();
    expect(readdirSync("tests/core").filter((f) => f.endsWith(".ts"))).toEqual([]);
    expect(folders("tests/core").filter((f) => !folders("src/core").includes(f))).toEqual([]);
  });

  it.each(
    readdirSync("tests/core", { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name),
  )("tests/core/%s: each test file is named for a file of src/core/%s, or says which files it covers", (folder) => {
    const sources = filesUnder(`src/core/${folder}`).map((f) => f.replace(/\.ts$/, ""));
    const tests = filesUnder(`tests/core/${folder}`).filter((f) => f.endsWith(".test.ts"));
    const orphan = tests.filter((t) => {
      const base = t.replace(/(\.[a-z]+)?\.test\.ts$/, "");
      if (sources.some((s) => s === base || s.endsWith(`/${base}`))) return false;
      // A test of several files names them: it imports from its own folder of src/core.
      return !readFileSync(`tests/core/${folder}/${t}`, "utf8").includes(`src/core/${folder}/`);
    });
    expect(orphan).toEqual([]);
  });
});
