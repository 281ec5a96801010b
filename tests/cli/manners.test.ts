import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { cli, tempVault } from "../helpers/cli";
import { buildCliBundle } from "../helpers/cli-bundle";
import { clockOf } from "../../src/core/lib/clock";

/** The command line at the edges a terminal user meets first. */

let bundle = "";
beforeAll(async () => {
  bundle = await buildCliBundle();
});

/** A vault whose every command prints far more than a pipe holds. */
function bigVault(): string {
  const dir = mkdtempSync(join(tmpdir(), "jsj-big-"));
  for (let i = 0; i < 1500; i++)
    writeFileSync(
      join(dir, `n${i}.md`),
      `---\ntype: interview\ncompany: C${i}\ninterview_date: 2026-03-0${1 + (i % 9)}\nfollow_up_on: soon ${i}\n---\n`,
    );
  return dir;
}

describe("a reader that stops early (| head -1)", () => {
  const note = "n7.md";
  // Every command, the ones that write included (on a copy of the big vault each).
  it.each([
    ["due --now 2026-03-12"],
    ["due --json --now 2026-03-12"],
    ["check"],
    ["stats --now 2026-03-12"],
    ["ics --now 2026-03-12"],
    ["suggest-config"],
    [`done ${note} debrief`],
    [`reply ${note} --date 2026-03-12`],
    [`snooze ${note} --days 3`],
    [`close ${note}`],
    [`next-round ${note} --date 2026-03-20`],
    ["--help"],
    ["due --help"],
    ["completion bash"],
    ["--version"],
    ["frobnicate"],
  ])("%s: ends quietly, no stack trace", (command) => {
    const vault = bigVault();
    const [name = "", ...rest] = command.split(" ");
    const args =
      name.startsWith("-") || ["completion", "frobnicate"].includes(name)
        ? [name, ...rest]
        : [name, `"${vault}"`, ...rest];
    const run = spawnSync(
      "bash",
      [
        "-c",
        `node "${bundle}" ${args.join(" ")} 2>err.txt | head -c 1 >/dev/null; echo \${PIPESTATUS[0]}; cat err.txt`,
      ],
      { cwd: vault, encoding: "utf8" },
    );
    const [status, ...err] = run.stdout.split("\n");
    // 141 when it was still writing as the pipe closed; otherwise its own status (check: 1, problems found; a usage error: 2).
    expect(["141", "0", ...(name === "check" ? ["1"] : []), ...(name === "frobnicate" ? ["2"] : [])]).toContain(status);
    expect(err.join("\n")).not.toMatch(/EPIPE|at .*\(node:|Error:/);
  });
});

describe("messages that say what was wrong", () => {
  it("a file given as the vault", () => {
    const vault = tempVault({ "a.md": "x" });
    expect(cli("due", join(vault, "a.md"))).toMatchObject({
      code: 2,
      err: `job-journal due: ${join(vault, "a.md")} is a file; give the folder that holds your notes (the vault)\n`,
    });
  });

  it.each([
    ["2026-02-30", '--now "2026-02-30" is not a day of the calendar (or not a time of day)'],
    ["2026-03-12T25:00", '--now "2026-03-12T25:00" is not a day of the calendar (or not a time of day)'],
    ["next tuesday", '--now "next tuesday" is not YYYY-MM-DD or YYYY-MM-DDTHH:mm'],
  ])("--now %s", (value, message) => {
    expect(cli("due", tempVault({}), "--now", value)).toMatchObject({ code: 2, err: `job-journal due: ${message}\n` });
  });

  it("nothing found: says how many notes were read, and what to try", () => {
    const vault = tempVault({ "a.md": "---\nkind: job\n---\n", "b.md": "plain\n" });
    const run = cli("due", vault, "--now", "2026-03-12");
    expect(run.code).toBe(0);
    expect(run.err).toBe(
      "No application notes found in 2 notes, and none has a property that reads like an application's status. " +
        "Give each application note a status (status: applied) and type: interview, or create notes from the " +
        "Obsidian plugin's New interview note or with job-journal import.\n",
    );
  });

  it("nothing found in notes kept under their own names: the one next step is to map them", () => {
    const note = (stage: string) => `---
Firma: Acme
Stand: ${stage}
---
`;
    const vault = tempVault({ "a.md": note("Beworben"), "b.md": note("Absage"), "c.md": note("Vorstellungsgespräch") });
    const run = cli("due", vault, "--now", "2026-03-12");
    expect(run.err).toBe(
      'No application notes found in 3 notes: they keep applications under their own names (a status in "Stand"). ' +
        `Map them once: job-journal suggest-config ${vault} > job-journal.json, then add --config job-journal.json.\n`,
    );
    // And the step it names does map them: suggest-config proposes that very property.
    expect(JSON.parse(cli("suggest-config", vault).out)).toMatchObject({ keys: { status: "Stand" } });
  });

  it("check with nothing to check says so, and exits 1: no problems in no notes is not a pass", () => {
    const empty = tempVault({});
    expect(cli("check", empty)).toMatchObject({
      code: 1,
      out: `${empty} holds no notes (.md files): is it the folder of your vault?\n`,
    });
    expect(cli("check", empty, "--json")).toMatchObject({
      code: 1,
      out: expect.stringContaining('"notes": 0') as string,
    });
    const other = tempVault({ "a.md": "plain\n" });
    expect(cli("check", other)).toMatchObject({ code: 1 });
    expect(cli("check", other).out).toMatch(/^No application notes found in 1 note, and none has/);
  });

  it("due shows the line of each problem, as check does", () => {
    const vault = tempVault({ "n.md": "---\ntype: interview\ncompany: A\ninterview_date: soon\n---\n" });
    expect(cli("due", vault, "--now", "2026-03-12", "--wide").out).toContain(
      '  n.md:4: interview_date "soon" is not a date',
    );
  });

  it("stats says how many notes it could not read", () => {
    const vault = tempVault({
      "ok.md": "---\ntype: interview\ninterview_date: 2026-03-09\n---\n",
      "bad.md": "---\ntype: interview\ncompany: [oops\n---\n",
    });
    expect(cli("stats", vault, "--now", "2026-03-12").out).toContain(
      "1 interview note could not be read and is not counted: `job-journal check` says why.\n",
    );
    expect(JSON.parse(cli("stats", vault, "--now", "2026-03-12", "--json").out)).toMatchObject({ unreadNotes: 1 });
  });

  it("the built CLI runs as a program (exit codes as documented)", () => {
    expect(
      spawnSync(process.execPath, [
        bundle,
        "check",
        tempVault({ "n.md": "---\ntype: interview\ninterview_date: soon\n---\n" }),
      ]).status,
    ).toBe(1);
    expect(spawnSync(process.execPath, [bundle, "due"]).status).toBe(2);
    expect(spawnSync(process.execPath, [bundle, "check", tempVault({})]).status).toBe(1);
    expect(
      execFileSync(
        process.execPath,
        [bundle, "check", tempVault({ "n.md": "---\ntype: interview\nstatus: applied\n---\n" })],
        {
          encoding: "utf8",
        },
      ),
    ).toBe("No problems in 1 application note.\n");
  });
});

describe("output that fits the terminal", () => {
  it.each([[80], [120], [40]])("no line wider than %i columns; --wide gives the whole table", (columns) => {
    const run = (...extra: string[]) => {
      let out = "";
      runCli(["due", "examples/vault", "--now", "2026-03-12T09:00", ...extra], {
        out: (t) => (out += t),
        err: () => undefined,
        clock: clockOf(() => new Date(2026, 2, 12, 9, 0)),
        columns,
      });
      return out;
    };
    expect(
      run()
        .split("\n")
        .filter((l) => [...l].length > columns),
    ).toEqual([]);
    expect(run("--wide")).toContain("Interviews/2026-02-10 Umbrella - Platform Engineer (final).md");
  });
});

describe("ics --link file", () => {
  it("links each event to the note on disk, for people who do not use Obsidian", () => {
    const vault = tempVault({
      "Interviews/Acme onsite.md": "---\ntype: interview\ncompany: Acme\ninterview_date: 2026-03-11\n---\n",
    });
    const ics = cli("ics", vault, "--now", "2026-03-12", "--link", "file").out.replace(/\r\n /g, "");
    expect(ics).toContain(`URL;VALUE=URI:file://${vault}/Interviews/Acme%20onsite.md`);
    expect(ics).not.toContain("obsidian://");
    expect(cli("ics", vault, "--link", "web")).toMatchObject({
      code: 2,
      err: "job-journal ics: option '--link <kind>' argument 'web' is invalid. Allowed choices are obsidian, file.\n(see `job-journal ics --help`)\n",
    });
  });
});
