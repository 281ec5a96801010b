#!/usr/bin/env node
// CONTRIBUTING's Recipes 1 and 4, proven: their own examples (a LinkedIn request two days after
// the interview; the job's location shown on every item) are added to a scratch copy of the
// repository exactly as the recipes say, in the four and three source files they name and their
// tests; then the copy must type-check and pass the suite, with approval files and the VS Code manifest rewritten by `vitest -u` as the recipe
// says, and nothing else changed. `npm run test:recipe`; CI runs it after `npm test`.
//
// The example is a demonstration of the mechanics, not advice: no article in shared/seeds says
// to send LinkedIn requests, so the recipe's step 1 would keep it out of the product.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The recipe's steps as edits: [file, the text it follows, what is inserted after it]. */
export const RECIPE = [
  ["src/core/follow-ups/items.ts", `  "thank-you",\n`, `  "linkedin",\n`],
  [
    "src/core/follow-ups/rules.ts",
    `export type Rule = (out: RawItem[], c: RuleContext) => void;\n`,
    `
export function linkedIn(out: RawItem[], { note, interview, r }: RuleContext): void {
  if (!interview || note.linkedInSent) return;
  out.push({ kind: "linkedin", due: addDays(dateOnly(interview), r.linkedInDays) });
}
`,
  ],
  ["src/core/follow-ups/kinds.ts", `  informReferences,\n`, `  linkedIn,\n`],
  [
    "src/core/follow-ups/kinds.ts",
    `    timings: ["thankYouHours", "thankYouDays"],\n  },\n`,
    `  linkedin: {
    title: "LinkedIn requests",
    rule: linkedIn,
    phases: ["interviewed"],
    perishable: true,
    sentence: (item) => \`Send your \${item.company} interviewers a LinkedIn request\`,
    actions: ["done", "snooze"],
    doneLabel: "Sent",
    done: {
      step: "linkedInSent",
      recorded: (company, day) => \`Recorded your LinkedIn requests to \${company}, sent \${day}.\`,
    },
    cli: "linkedin",
    timings: ["linkedInDays"],
  },
`,
  ],
  [
    "src/core/settings/fields.ts",
    `  followUpOn: {`,
    `  linkedInSent: { key: "linkedin_sent", label: "LinkedIn request sent", shape: "date", round: true, step: true },\n`,
    "before",
  ],
  [
    "src/core/settings/fields.ts",
    `    why: "Let your references know they may get a call.",\n    source: "article 003",\n  },\n`,
    `  linkedInDays: { default: 2, label: "LinkedIn request, days after the interview", why: "The recipe's example." },\n`,
  ],
  [
    "tests/core/follow-ups/rules.test.ts",
    `describe("inform-references:`,
    `describe("linkedin: two days after the interview", () => {
  it.each([
    ["the day before", "2026-03-10T23:59", "linkedin upcoming 2026-03-11"],
    ["the day itself", "2026-03-11T00:00", "linkedin due 2026-03-11"],
    ["the day after", "2026-03-12T00:00", "linkedin overdue 2026-03-11"],
  ])("%s", (_, now, expected) => {
    expect(dueOf(["linkedin"], timed, now)).toEqual([expected]);
  });

  it("done once linkedin_sent is set", () => {
    expect(dueOf(["linkedin"], { ...timed, linkedin_sent: "2026-03-10" }, "2026-03-11T09:00")).toEqual([]);
  });
});

`,
    "before",
  ],
];

/** Recipe 4's example, a field shown on every item (the job's location): three source files and a test. */
export const DETAIL_RECIPE = [
  ["src/core/follow-ups/items.ts", `  stage: string;\n`, `  location?: string;\n`],
  ["src/core/follow-ups/engine.ts", `    stage: note.stage,\n`, `    location: note.location || undefined,\n`],
  [
    "src/core/follow-ups/view-model.ts",
    `  { name: "email", text: (item) => item.email },\n`,
    `  { name: "location", text: (item) => item.location },\n`,
  ],
  [
    "tests/core/follow-ups/view-model.test.ts",
    `describe("the filter box", () => {`,
    `describe("the recipe's location", () => {
  it("is shown on the item when the note has one", () => {
    const v = viewItem(dueItem({ location: "Berlin" }), at("2026-03-12T09:00"));
    expect(detailText(v, "location")).toBe("Berlin");
    expect(detailText(viewItem(dueItem(), at("2026-03-12T09:00")), "location")).toBeUndefined();
  });
});

`,
    "before",
  ],
];

const sourcesOf = (edits) => [...new Set(edits.map(([file]) => file).filter((f) => f.startsWith("src/")))];
/** What the recipe says changes: its four source files, the rule's test, and what `vitest -u` writes. */
export const RECIPE_SOURCES = sourcesOf(RECIPE);
export const DETAIL_SOURCES = sourcesOf(DETAIL_RECIPE);
const MAY_CHANGE = [
  ...[...RECIPE, ...DETAIL_RECIPE].map(([file]) => file),
  /^tests\/.*\/approved\//,
  /^tests\/.*\/__snapshots__\//,
  /^vscode\/package\.json$/,
  /^docs\/cli-reference\.md$/,
];

function apply(dir, edits) {
  for (const [file, anchor, text, where] of edits) {
    const path = join(dir, file);
    const source = readFileSync(path, "utf8");
    const at = source.indexOf(anchor);
    if (at < 0 || source.indexOf(anchor, at + 1) >= 0)
      throw new Error(
        `${file}: the recipe's anchor is not there once (update scripts/kind-recipe.mjs with the code):\n${anchor}`,
      );
    const cut = where === "before" ? at : at + anchor.length;
    writeFileSync(path, source.slice(0, cut) + text + source.slice(cut));
  }
}

function run(dir, command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { cwd: dir, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function main() {
  const dir = mkdtempSync(join(tmpdir(), "kind-recipe-"));
  try {
    const files = execFileSync("git", ["ls-files", "-z"], { cwd: root }).toString().split("\0").filter(Boolean);
    for (const file of files) cpSync(join(root, file), join(dir, file), { recursive: true });
    // The packages are shared; vite's and vitest's caches (node_modules/.vite*) are the copy's own.
    mkdirSync(join(dir, "node_modules"));
    for (const entry of readdirSync(join(root, "node_modules")))
      if (!entry.startsWith(".vite") && entry !== ".cache")
        symlinkSync(join(root, "node_modules", entry), join(dir, "node_modules", entry));
    const git = (...args) =>
      execFileSync("git", ["-c", "user.name=recipe", "-c", "user.email=recipe@example.invalid", ...args], {
        cwd: dir,
      }).toString();
    git("init", "-q");
    git("add", "-A");
    git("commit", "-qm", "before the recipe");

    apply(dir, RECIPE);
    apply(dir, DETAIL_RECIPE);
    const failures = [];
    if (run(dir, "npx", ["tsc", "--noEmit", "-p", "tsconfig.json"]) !== 0) failures.push("the types");
    const edited = [...new Set([...RECIPE, ...DETAIL_RECIPE].map(([file]) => file))];
    if (run(dir, "npx", ["prettier", "--check", ...edited]) !== 0) failures.push("the format");
    if (run(dir, "npx", ["eslint", ...RECIPE_SOURCES, ...DETAIL_SOURCES]) !== 0) failures.push("the lint");
    if (run(dir, "npm", ["run", "build", "--silent"]) !== 0) failures.push("the build");
    // Once with -u, as the recipe says (approvals, the manifest, the help), then as CI runs it.
    for (const config of ["vitest.config.mts", "vitest.browser.config.mts"]) {
      const args = ["vitest", "run", "--config", config, "--reporter=dot"];
      run(dir, "npx", [...args, "-u"], { TZ: "UTC", CI: "" });
      if (run(dir, "npx", args, { TZ: "UTC", CI: "true" }) !== 0) failures.push(`the suite (${config})`);
    }

    const changed = git("status", "--porcelain")
      .split("\n")
      .filter(Boolean)
      .map((line) => line.slice(3));
    const unexpected = changed.filter((f) => !MAY_CHANGE.some((m) => (typeof m === "string" ? m === f : m.test(f))));
    const sources = changed.filter((f) => f.startsWith("src/"));
    console.log(`\nChanged by the recipe:\n${changed.map((f) => `  ${f}`).join("\n")}`);
    console.log(
      `Source files: ${sources.length} (Recipe 1 names ${RECIPE_SOURCES.length}, at most 4; Recipe 4 names ${DETAIL_SOURCES.length}, at most 3)`,
    );
    if (unexpected.length > 0) failures.push(`files the recipes do not name: ${unexpected.join(", ")}`);
    if (RECIPE_SOURCES.length > 4)
      failures.push(`Recipe 1 takes ${RECIPE_SOURCES.length} source files, more than four`);
    if (DETAIL_SOURCES.length > 3)
      failures.push(`Recipe 4 takes ${DETAIL_SOURCES.length} source files, more than three`);
    if (failures.length > 0) {
      console.error(`\nThe recipes do not hold: ${failures.join("; ")}.`);
      process.exitCode = 1;
    } else
      console.log(
        "\nThe recipes hold: a new kind in four source files and its test, a field shown on items in three and its test, and the suite passes.",
      );
  } finally {
    if (!process.env.KEEP_RECIPE) rmSync(dir, { recursive: true, force: true });
    else console.log(`Kept the scratch copy: ${dir}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
