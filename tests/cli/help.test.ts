import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { COMMANDS } from "../../src/cli/program";
import { jsonProblem } from "../../src/cli/settings-file";
import { cli, tempVault } from "../helpers/cli";
import { buildCliBundle, runBundle } from "../helpers/cli-bundle";
import { clockOf } from "../../src/core/lib/clock";

/** The command line as a terminal user meets it: help, version, errors, width and colour, run as the built program. */

let bundle = "";
beforeAll(async () => {
  bundle = await buildCliBundle();
});

const NAMES = COMMANDS.map((c) => c.name);
const NOW = "2026-03-12T09:00";
const ESC = "\u001b[";

/** The program in a real terminal of `columns` (script(1) gives it a pseudo-terminal), stdout and stderr together. */
function inTerminal(columns: number, argv: string[], env: Record<string, string> = {}): string {
  const quoted = [process.execPath, bundle, ...argv].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  // A user's terminal: not CI (Node reports a CI run's terminal as colourless), no colour variables.
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !["NO_COLOR", "FORCE_COLOR", "CLICOLOR_FORCE", "CI"].includes(k)),
  );
  const run = spawnSync("script", ["-qec", `stty cols ${columns}; ${quoted}`, "/dev/null"], {
    encoding: "utf8",
    env: { ...base, TERM: "xterm-256color", ...env },
  });
  return run.stdout.replace(/\r\n/g, "\n");
}

/** The help as the program wraps it for a terminal of `columns`, run in-process (every command, quickly). */
function helpAt(columns: number, argv: string[]): string {
  let out = "";
  runCli(argv, {
    out: (t) => (out += t),
    err: (t) => (out += t),
    clock: clockOf(() => new Date(2026, 2, 12, 9, 0)),
    columns,
  });
  return out;
}

const withoutColour = (text: string): string => stripVTControlCharacters(text);
const tooWide = (text: string, columns: number): string[] =>
  withoutColour(text)
    .split("\n")
    .filter((l) => [...l].length > columns);

/** Each command's help as printed by the tests below, for docs/cli-reference.md. */
const printed = new Map<string, string>();

describe("help", () => {
  it("job-journal --help lists every command with what it does, the exit statuses and examples", async () => {
    const run = runBundle(bundle, ["--help"]);
    expect(run.code).toBe(0);
    for (const name of NAMES) expect(run.out).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
    expect(run.out).toContain("Exit status:\n  0    fine");
    await expect(run.out).toMatchFileSnapshot("approved/help/job-journal.txt");
    printed.set("job-journal", run.out);
  });

  it.each(NAMES)("job-journal %s --help: usage, description, every option, examples (approved)", async (name) => {
    const run = runBundle(bundle, [name, "--help"]);
    expect(run).toMatchObject({ code: 0, err: "" });
    const spec = COMMANDS.find((c) => c.name === name);
    for (const option of spec?.options ?? []) expect(run.out).toContain(`  ${option.flags} `);
    expect(run.out).toMatch(new RegExp(`^Usage: job-journal ${name} `, "m"));
    expect(run.out).toMatch(/\nExamples:\n {2}\$ .*job-journal /);
    await expect(run.out).toMatchFileSnapshot(`approved/help/${name}.txt`);
    printed.set(name, run.out);
  });

  it("help <command> is the same as <command> --help", () => {
    expect(runBundle(bundle, ["help", "snooze"]).out).toBe(runBundle(bundle, ["snooze", "--help"]).out);
  });

  it.each([[80], [120]])("no help line is wider than the terminal (%i columns)", (columns) => {
    for (const argv of [["--help"], ...NAMES.map((n) => [n, "--help"])])
      expect(tooWide(helpAt(columns, argv), columns), argv.join(" ")).toEqual([]);
  });

  it.each([[80], [120]])("a real terminal of %i columns gets the help wrapped to its width", (columns) => {
    // The terminal's width reaches the program (processIo.columns), so the widths above are the ones users meet.
    expect(withoutColour(inTerminal(columns, ["record", "--help"]))).toBe(helpAt(columns, ["record", "--help"]));
  });

  it("with no command: the help on stderr, exit 2", () => {
    const run = runBundle(bundle, []);
    expect(run.code).toBe(2);
    expect(run.out).toBe("");
    expect(run.err).toMatch(/^Usage: job-journal \[options\] \[command\]/);
  });
});

describe("--version", () => {
  it("prints package.json's version", () => {
    const { version } = JSON.parse(readFileSync("package.json", "utf8")) as { version: string };
    expect(runBundle(bundle, ["--version"])).toEqual({ code: 0, out: `${version}\n`, err: "" });
    expect(runBundle(bundle, ["-V"]).out).toBe(`${version}\n`);
  });
});

describe("errors say what was wrong and what is accepted (exit 2)", () => {
  const vault = "examples/vault";
  const note = "Interviews/2026-03-11 Acme - Backend Engineer (onsite).md";
  it.each([
    [["due", "--help", "--bogus"], 0, /^$/],
    [["due", vault, "--colour"], 2, /^job-journal due: unknown option '--colour'\n\(see `job-journal due --help`\)\n$/],
    [["due", vault, "--jsn"], 2, /^job-journal due: unknown option '--jsn' \(Did you mean --json\?\)\n/],
    [["snoze"], 2, /^job-journal: unknown command 'snoze' \(Did you mean snooze\?\)\n/],
    [["due"], 2, /^job-journal due: missing required argument 'vault-folder'\n/],
    [["done", vault, note], 2, /^job-journal done: missing required argument 'what'\n/],
    [
      ["snooze", vault, note, "--days", "-1"],
      2,
      /^job-journal snooze: --days must be a whole number of days, not -1\n$/,
    ],
    [["snooze", vault, note, "--days", "2", "--until", "2026-04-01"], 2, /cannot be used with option '--days <n>'/],
    [["done", vault, note, "follow-up", "--attempt", "3"], 2, /argument '3' is invalid\. Allowed choices are 1, 2\./],
    [
      ["due", vault, "--now", "2026-02-30"],
      2,
      /^job-journal due: --now "2026-02-30" is not a day of the calendar \(or not a time of day\)\n$/,
    ],
    [
      ["due", "package.json"],
      2,
      /^job-journal due: package\.json is a file; give the folder that holds your notes \(the vault\)\n$/,
    ],
    [["due", vault, "--json", "--wide"], 2, /^job-journal due: option '--json' cannot be used with option '--wide'\n/],
    [
      ["completion", "powershell"],
      2,
      /^job-journal completion: no completion for "powershell"; choose one of: bash, zsh, fish\n$/,
    ],
  ])("%j", (argv, code, err) => {
    const run = runBundle(bundle, argv);
    expect(run.code).toBe(code);
    expect(run.err).toMatch(err);
    expect(run.err).not.toMatch(/ at .*\(|node:internal/);
  });

  it("a config that is not JSON: its line and column", () => {
    const dir = tempVault({ "bad.json": '{\n  "version": 2,\n  "typeValue": "interview",,\n}\n' });
    const run = runBundle(bundle, ["due", dir, "--config", join(dir, "bad.json")]);
    expect(run.code).toBe(2);
    expect(run.err).toBe(
      `job-journal due: config ${join(dir, "bad.json")} is not valid JSON: line 3, column 28: Expected double-quoted property name\n`,
    );
  });
});

describe("jsonProblem: where a config's JSON goes wrong", () => {
  it.each([
    [
      '{\n  "a": 1,,\n}',
      "Expected double-quoted property name in JSON at position 11",
      "line 2, column 10: Expected double-quoted property name",
    ],
    [
      '{\n  "a": 1,,\n}',
      "Expected double-quoted property name in JSON at position 11 (line 2 column 10)",
      "line 2, column 10: Expected double-quoted property name",
    ],
    ['{"a": tru}', 'Unexpected token \'}\', "{"a": tru}" is not valid JSON', "unexpected '}'"],
    ["", "Unexpected end of JSON input", "Unexpected end of JSON input"],
  ])("%j", (text, message, expected) => {
    expect(jsonProblem(text, message)).toBe(expected);
  });
});

describe("-- ends the options: a note whose name begins with -", () => {
  it("done <vault> -- -draft.md debrief records in that note", () => {
    const dir = tempVault({ "-draft.md": "---\ntype: interview\ncompany: Acme\ninterview_date: 2026-03-11\n---\n" });
    expect(cli("done", dir, "--date", "2026-03-12", "--", "-draft.md", "debrief")).toMatchObject({
      code: 0,
      out: "Recorded in -draft.md: debriefed: 2026-03-12\n",
    });
    expect(readFileSync(join(dir, "-draft.md"), "utf8")).toContain("debriefed: 2026-03-12");
    expect(cli("done", dir, "-draft.md", "debrief").code).toBe(2);
  });
});

describe("width and colour in a real terminal", () => {
  it.each([[80], [120]])("due at %i columns: no line wider, colour on", (columns) => {
    const out = inTerminal(columns, ["due", "examples/vault", "--now", NOW]);
    expect(withoutColour(out)).toMatch(/^Overdue \(\d+\)$/m);
    expect(tooWide(out, columns)).toEqual([]);
    expect(out).toContain(ESC);
  });

  it("NO_COLOR: no escape codes on a terminal", () => {
    expect(inTerminal(80, ["due", "examples/vault", "--now", NOW], { NO_COLOR: "1" })).not.toContain(ESC);
    expect(inTerminal(80, ["--help"], { NO_COLOR: "1" })).not.toContain(ESC);
  });

  it("piped: no colour unless FORCE_COLOR", () => {
    expect(runBundle(bundle, ["due", "examples/vault", "--now", NOW]).out).not.toContain(ESC);
    expect(runBundle(bundle, ["due", "examples/vault", "--now", NOW], { FORCE_COLOR: "1" }).out).toContain(
      `${ESC}1mOverdue (`,
    );
    expect(
      runBundle(bundle, ["due", "examples/vault", "--now", NOW], { FORCE_COLOR: "1", NO_COLOR: "1" }).out,
    ).not.toContain(ESC);
  });

  it("--json is never coloured", () => {
    expect(inTerminal(80, ["due", "examples/vault", "--now", NOW, "--json"])).not.toContain(ESC);
  });
});

describe("the docs", () => {
  it("docs/command-line.md shows `job-journal --help` exactly as approved", () => {
    const approved = readFileSync("tests/cli/approved/help/job-journal.txt", "utf8");
    expect(readFileSync("docs/command-line.md", "utf8")).toContain(`\`\`\`\n${approved}\`\`\``);
  });

  it("docs/cli-reference.md is every command's approved help, in the order of job-journal --help", async () => {
    // The help as the program printed it in the approvals above (printed again when this test runs
    // alone): a run with -u writes both from the same output.
    const help = (name: string): string =>
      printed.get(name) ?? runBundle(bundle, name === "job-journal" ? ["--help"] : [name, "--help"]).out;
    const reference = [
      "# Every command of job-journal",
      "",
      "<!-- Generated from the command specs (src/cli/commands/) through their approved help",
      "(tests/cli/approved/help/). Do not edit: run `npx vitest run tests/cli/help.test.ts -u`. -->",
      "",
      "The guide is [command-line.md](command-line.md). This page is what `--help` prints, at 80 columns.",
      "",
      "```",
      help("job-journal").trimEnd(),
      "```",
      ...NAMES.flatMap((name) => ["", `## ${name}`, "", "```", help(name).trimEnd(), "```"]),
      "",
    ].join("\n");
    await expect(reference).toMatchFileSnapshot("../../docs/cli-reference.md");
  });
});
