import { spawnSync } from "node:child_process";
import { DONE_KINDS } from "../../src/cli/commands/done";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { tempVault } from "../helpers/cli";
import { buildCliBundle, runBundle } from "../helpers/cli-bundle";

/**
 * Completion, tried in the shells themselves: bash through its completion function, fish
 * through `complete -C`, zsh by loading the script into compinit (CI installs zsh and fish;
 * a machine without them fails here rather than skipping).
 */

let bundle = "";
let dir = "";
beforeAll(async () => {
  bundle = await buildCliBundle();
  dir = tempVault({ "examples/vault/a.md": "x", "notes.md": "x" });
  for (const shell of ["bash", "zsh", "fish"])
    writeFileSync(join(dir, `jj.${shell}`), runBundle(bundle, ["completion", shell]).out);
});

function bashComplete(...words: string[]): string[] {
  const script = `source jj.bash; COMP_WORDS=(${words.map((w) => `'${w}'`).join(" ")}); COMP_CWORD=${words.length - 1}; _job_journal; printf '%s\\n' "\${COMPREPLY[@]}"`;
  const run = spawnSync("bash", ["-c", script], { cwd: dir, encoding: "utf8" });
  expect(run.stderr).toBe("");
  return run.stdout.split("\n").filter((l) => l !== "");
}

function fishComplete(line: string): string[] {
  const run = spawnSync("fish", ["--no-config", "-c", `source jj.fish; complete -C ${JSON.stringify(line)}`], {
    cwd: dir,
    encoding: "utf8",
  });
  expect(run.error).toBeUndefined();
  return run.stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => l.split("\t")[0] ?? "");
}

describe("bash", () => {
  it.each([
    [
      ["job-journal", "d"],
      ["due", "done"],
    ],
    [["job-journal", "due", "--j"], ["--json"]],
    [
      ["job-journal", "ics", "x", "--link", ""],
      ["obsidian", "file"],
    ],
    // Every kind `done` records, as core/follow-ups/kinds.ts names them.
    [["job-journal", "done", "v", "n", ""], DONE_KINDS],
    [["job-journal", "done", "v", "--person", "Ann", "n", "f"], ["follow-up"]],
    [
      ["job-journal", "done", "v", "--attempt", ""],
      ["1", "2"],
    ],
    [["job-journal", "due", "exa"], ["examples"]],
    [
      ["job-journal", "completion", ""],
      ["bash", "zsh", "fish"],
    ],
  ])("%j", (words, expected) => {
    expect(bashComplete(...words)).toEqual(expected);
  });
});

describe("fish", () => {
  it.each([
    ["job-journal du", ["due"]],
    ["job-journal ics x --link ", ["file", "obsidian"]],
    ["job-journal due --j", ["--json"]],
    ["job-journal completion ", ["bash", "fish", "zsh"]],
  ])("%s", (line, expected) => {
    expect(fishComplete(line).sort()).toEqual(expected);
  });

  it("offers files where a note or folder goes", () => {
    expect(fishComplete("job-journal due exa")).toEqual(["examples/"]);
  });
});

describe("zsh", () => {
  it("is valid zsh and defines the completion function for job-journal", () => {
    const script = "autoload -Uz compinit && compinit -u -D && source jj.zsh && print -r -- ${_comps[job-journal]}";
    const run = spawnSync("zsh", ["-f", "-c", script], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, HOME: dir },
    });
    expect(run.stderr).toBe("");
    expect(run.stdout.trim()).toBe("_job-journal");
  });

  it("describes every command, and every option of each", () => {
    const text = runBundle(bundle, ["completion", "zsh"]).out;
    expect(text).toContain("'due:list the follow-ups that are due, soonest first'");
    expect(text).toContain("'--link[how events link to their note]:value:(obsidian file)'");
    expect(text).toContain(`'3:what:(${DONE_KINDS.join(" ")})'`);
  });
});
