import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import type { WriteHooks } from "../../src/cli/safe-write";
import { cli, dueJson, tempVault } from "../helpers/cli";
import { clockOf } from "../../src/core/lib/clock";

const ACME = "Interviews/2026-03-11 Acme - Backend Engineer (onsite).md";
const NOW = "2026-03-12T09:00";

function exampleCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), "jsj-example-"));
  cpSync("examples/vault", dir, { recursive: true });
  return dir;
}

function runWithHooks(hooks: WriteHooks, ...argv: string[]) {
  let out = "";
  let err = "";
  const code = runCli(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    clock: clockOf(() => new Date(2026, 2, 12, 9, 0)),
    writeHooks: hooks,
  });
  return { code, out, err };
}

describe("done", () => {
  it("records a thank-you in `thanked`, its date in `thanked_on`, and the item leaves the due list", () => {
    const vault = exampleCopy();
    const before = readFileSync(join(vault, ACME), "utf8");
    const run = cli("done", vault, ACME, "thank-you", "--person", "Tom Becker");
    expect(run).toMatchObject({ code: 0, out: `Recorded in ${ACME}: thanked: + Tom Becker; thanked_on: 2026-03-12\n` });
    const after = readFileSync(join(vault, ACME), "utf8");
    expect(after).toBe(
      before.replace("thanked: []", "thanked: [Tom Becker]").replace(/\n---\n/, "\nthanked_on: 2026-03-12\n---\n"),
    );
    const people = dueJson(vault, "--now", NOW)
      .items.filter((i) => i.file === ACME && i.kind === "thank-you")
      .map((i) => i.person);
    expect(people).toEqual(["Lena Fischer", "Priya Raman"]);
  });

  it("a thank-you to a linked interviewer is matched by name; the second time changes nothing", () => {
    const vault = exampleCopy();
    expect(cli("done", vault, ACME, "thank-you", "--person", "Lena Fischer").code).toBe(0);
    const text = readFileSync(join(vault, ACME), "utf8");
    const mtime = statSync(join(vault, ACME)).mtimeMs;
    expect(cli("done", vault, ACME, "thank-you", "--person", "lena")).toMatchObject({
      code: 0,
      out: `Nothing to change in ${ACME}: Lena Fischer is already in thanked\n`,
    });
    expect(readFileSync(join(vault, ACME), "utf8")).toBe(text);
    expect(statSync(join(vault, ACME)).mtimeMs).toBe(mtime);
  });

  it("without --person: the one interviewer left, or a question naming them", () => {
    const vault = exampleCopy();
    expect(cli("done", vault, ACME, "thank-you")).toMatchObject({
      code: 2,
      err: expect.stringContaining("say who with --person: Priya Raman, Tom Becker, Lena Fischer") as string,
    });
    const globex = "2026-03-05 Globex - Product Manager (phone screen)";
    expect(cli("done", vault, globex, "thank-you")).toMatchObject({
      code: 2,
      err: expect.stringContaining("already thanked") as string,
    });
    const soylent = "Interviews/2026-03-09 Soylent - ML Engineer (video).md";
    expect(cli("done", vault, soylent, "thank-you").out).toBe(
      `Recorded in ${soylent}: thanked: + Soylent; thanked_on: 2026-03-12\n`,
    );
  });

  it("follow-ups: the next attempt by default, dated today, never a third", () => {
    const vault = exampleCopy();
    const globex = "Interviews/2026-03-05 Globex - Product Manager (phone screen).md";
    expect(cli("done", vault, globex, "follow-up").out).toBe(`Recorded in ${globex}: follow_up_1: 2026-03-12\n`);
    expect(cli("done", vault, globex, "follow-up", "--date", "2026-03-19").out).toBe(
      `Recorded in ${globex}: follow_up_2: 2026-03-19\n`,
    );
    expect(cli("done", vault, globex, "follow-up", "--attempt", "3")).toMatchObject({
      code: 2,
      err: expect.stringContaining("argument '3' is invalid. Allowed choices are 1, 2.") as string,
    });
    const text = readFileSync(join(vault, globex), "utf8");
    expect(text).toContain("status: waiting\nfollow_up_1: 2026-03-12\nfollow_up_2: 2026-03-19\n---\n");
  });

  it.each([
    ["debrief", "debriefed: 2026-03-12"],
    ["inform-references", "references_informed: 2026-03-12"],
    ["move-on", "status: closed"],
  ])("%s", (kind, written) => {
    const vault = exampleCopy();
    expect(cli("done", vault, ACME, kind).out).toBe(`Recorded in ${ACME}: ${written}\n`);
    expect(readFileSync(join(vault, ACME), "utf8")).toContain(written);
  });
});

describe("reply, snooze, close", () => {
  it("reply sets replied and the status, and stops the follow-ups", () => {
    const vault = exampleCopy();
    const initech = "Interviews/2026-02-20 Initech - Data Engineer (onsite).md";
    expect(cli("reply", vault, initech, "--status", "next round").out).toMatch(
      new RegExp(
        `^Recorded in ${initech.replace(/[().]/g, "\\$&")}: replied: 2026-03-12; status: next round\nNext round: `,
      ),
    );
    expect(readFileSync(join(vault, initech), "utf8")).toContain(
      "follow_up_1: 2026-03-05 # asked for an updated timeline\nstatus: next round\nreplied: 2026-03-12\n",
    );
    expect(dueJson(vault, "--now", NOW).items.filter((i) => i.file === initech)).toEqual([]);
  });

  it("snooze by days or to a date; close", () => {
    const vault = exampleCopy();
    expect(cli("snooze", vault, ACME, "--days", "3").out).toBe(`Recorded in ${ACME}: snooze_until: 2026-03-15\n`);
    expect(cli("snooze", vault, ACME, "--until", "2026-03-20").out).toBe(
      `Recorded in ${ACME}: snooze_until: 2026-03-20\n`,
    );
    expect(dueJson(vault, "--now", NOW).items.filter((i) => i.file === ACME)).toEqual([]);
    expect(cli("close", vault, ACME).out).toBe(`Recorded in ${ACME}: status: closed\n`);
    expect(cli("snooze", vault, ACME)).toMatchObject({ code: 2 });
  });
});

describe("nothing is lost", () => {
  it("a note changed between read and write is left as the other writer left it", () => {
    const vault = exampleCopy();
    const path = join(vault, ACME);
    const theirs = `${readFileSync(path, "utf8")}\nA line typed in Obsidian a moment ago.\n`;
    const run = runWithHooks({ beforeRename: () => writeFileSync(path, theirs) }, "done", vault, ACME, "debrief");
    expect(run.code).toBe(1);
    expect(run.err).toBe(`job-journal: ${ACME} changed while it was being edited; nothing was written, try again\n`);
    expect(readFileSync(path, "utf8")).toBe(theirs);
    expect(readdirSync(join(vault, "Interviews")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("invalid YAML is refused with its line and never rewritten", () => {
    const text = "---\ntype: interview\ncompany: [Acme\ninterview_date: 2026-03-09\n---\nbody\n";
    const vault = tempVault({ "n.md": text });
    const run = cli("done", vault, "n.md", "debrief");
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /^job-journal: n\.md:4: the frontmatter is not valid YAML at line 4 .*; nothing was written\n$/,
    );
    expect(readFileSync(join(vault, "n.md"), "utf8")).toBe(text);
  });

  it("a file that is not UTF-8 is left alone", () => {
    const vault = tempVault({});
    const bytes = Buffer.concat([
      Buffer.from("---\ntype: interview\ncompany: Caf"),
      Buffer.from([0xe9]),
      Buffer.from("\n---\n"),
    ]);
    writeFileSync(join(vault, "latin1.md"), bytes);
    expect(cli("done", vault, "latin1.md", "debrief").code).toBe(1);
    expect(readFileSync(join(vault, "latin1.md")).equals(bytes)).toBe(true);
  });

  it("a note named by its file name alone, or not found", () => {
    const vault = exampleCopy();
    expect(cli("done", vault, "2026-03-11 Acme - Backend Engineer (onsite)", "debrief").code).toBe(0);
    expect(cli("done", vault, "No such note", "debrief")).toMatchObject({
      code: 2,
      err: expect.stringContaining("note not found") as string,
    });
  });
});
