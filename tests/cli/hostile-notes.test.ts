import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, dueJson, tempVault } from "../helpers/cli";
import { BOMB } from "../helpers/hostile";

/** Notes written to hurt: alias bombs, tags, control characters, and the inputs that used to be misread. */

const ACME = "---\ntype: interview\ncompany: Acme\ninterview_date: 2026-03-09\ninterviewers: [Jane Doe]\n---\nBody.\n";
const BOMB_PROBLEM =
  "the properties hold more than 10,000 values (YAML aliases that repeat each other, most likely); the note is not read, simplify its frontmatter";

describe("an alias bomb (a few hundred bytes that stand for billions of values)", () => {
  it.each(["due", "check", "stats", "ics", "suggest-config"])(
    "%s: finishes, reports the note, and the rest of the vault is unaffected",
    (command) => {
      const vault = tempVault({ "bomb.md": BOMB, "acme.md": ACME });
      const started = performance.now();
      const run = cli(
        command,
        vault,
        ...(command === "suggest-config" || command === "check" ? [] : ["--now", "2026-03-12T09:00"]),
        ...(command === "due" ? ["--wide"] : []),
      );
      // Not a speed budget (the benchmark has those): a guard that it did not walk the bomb.
      expect(performance.now() - started).toBeLessThan(5000);
      if (command === "due") {
        expect(run.out).toContain(`bomb.md: ${BOMB_PROBLEM}`);
        expect(run.out).toContain("Send a thank-you to Jane Doe");
      }
      if (command === "check")
        expect(run).toMatchObject({
          code: 1,
          out: `bomb.md: ${BOMB_PROBLEM}\n1 problem in 1 of 2 application notes.\n`,
        });
      if (command === "ics") expect(run.out).toContain("SUMMARY:Send a thank-you to Jane Doe");
      if (command === "stats") expect(run.code).toBe(0);
      if (command === "suggest-config") expect(run.code).toBe(0);
    },
  );

  it.each([["close"], ["done", "debrief"]])("%s: refused with one line, the note untouched", (...args) => {
    const vault = tempVault({ "bomb.md": BOMB });
    const run = cli(args[0], vault, "bomb", ...args.slice(1), "--force");
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /^job-journal: bomb\.md: the properties hold more values than any note needs \(YAML aliases that repeat each other\); edit them by hand; nothing was written\n$/,
    );
    expect(readFileSync(join(vault, "bomb.md"), "utf8")).toBe(BOMB);
  });

  it("frontmatter over 256 KB is reported, not read", () => {
    const big = `---\ntype: interview\nnotes: "${"x".repeat(300 * 1024)}"\n---\n`;
    const vault = tempVault({ "big.md": big, "acme.md": ACME });
    expect(cli("check", vault).out).toContain("big.md: the frontmatter is larger than 256 KB; the note is not read");
  });
});

describe("YAML tags on the value being edited", () => {
  it.each([
    ["follow_up_1: !!null ~", ["done", "follow-up", "--date", "2026-03-20"], "follow_up_1: 2026-03-20"],
    ["status: !!int 3", ["close"], "status: closed"],
    ["status: !!str waiting # as of Monday", ["close"], "status: closed # as of Monday"],
  ])("%s: the tag and the value are replaced together, and the note still reads", (line, args, expected) => {
    const vault = tempVault({ "n.md": `---\ntype: interview\ninterview_date: 2026-03-09\n${line}\n---\n` });
    const run = cli(args[0] as string, vault, "n", ...args.slice(1), "--force");
    expect(run.code).toBe(0);
    expect(readFileSync(join(vault, "n.md"), "utf8")).toContain(`\n${expected}\n`);
    expect(dueJson(vault, "--now", "2026-03-12T09:00").problems).toEqual([]);
  });

  it("an append to a tagged scalar is refused, naming the tag", () => {
    const text = "---\ntype: interview\ninterview_date: 2026-03-09\ninterviewers: [Tom Becker]\nthanked: !!str\n---\n";
    const vault = tempVault({ "n.md": text });
    const run = cli("done", vault, "n", "thank-you", "--person", "Tom Becker");
    expect(run).toMatchObject({
      code: 1,
      err: "job-journal: n.md: thanked has the YAML tag !!str, which a list cannot keep; remove the tag by hand first; nothing was written\n",
    });
    expect(readFileSync(join(vault, "n.md"), "utf8")).toBe(text);
  });
});

describe("control characters in what the terminal shows", () => {
  const evil = "Acme\u001b]0;pwned\u0007\u001b[2J\r\nInjected line";
  const note = `---\ntype: interview\ncompany: ${JSON.stringify(evil)}\ninterview_date: 2026-03-09\n---\n`;
  // A status in no class raises nothing, so it has a note of its own.
  const limbo = `---\ntype: interview\ninterview_date: 2026-03-09\nstatus: "in\\u001b[31m limbo"\n---\n`;

  it("due, check and stats show them escaped; nothing reaches the terminal raw", () => {
    const vault = tempVault({ "n.md": note, "m.md": limbo });
    for (const args of [["due", "--now", "2026-03-12T09:00"], ["check"], ["stats", "--now", "2026-03-12T09:00"]]) {
      const run = cli(args[0] as string, vault, ...args.slice(1));
      // eslint-disable-next-line no-control-regex -- looking for control characters is the test
      expect(run.out + run.err).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f]/);
    }
    expect(cli("due", vault, "--now", "2026-03-12T09:00").out).toContain(
      "Acme\\e]0;pwned\\x07\\e[2J\\r\\nInjected line",
    );
    expect(cli("check", vault).out).toContain('status "in\\e[31m limbo" is in no class of statuses');
  });

  it("--json keeps the text exact", () => {
    const vault = tempVault({ "n.md": note });
    expect(dueJson(vault, "--now", "2026-03-12T09:00").items[0]?.company).toBe(evil);
  });

  it("a file name with a line break and an escape is shown escaped", () => {
    const vault = tempVault({});
    writeFileSync(join(vault, "bad\u001b[2Jname\n.md"), "---\ntype: interview\ninterview_date: soon\n---\n");
    expect(cli("check", vault).out).toBe(
      'bad\\e[2Jname\\n.md:3: interview_date "soon" is not a date (write YYYY-MM-DD or YYYY-MM-DDTHH:mm)\n1 problem in 1 of 1 application notes.\n',
    );
  });
});

describe("inputs that used to be refused with the wrong reason", () => {
  it("--person with spaces around the name", () => {
    const vault = tempVault({
      "n.md": "---\ntype: interview\ninterview_date: 2026-03-09\ninterviewers: [Tom Becker]\n---\n",
    });
    expect(cli("done", vault, "n", "thank-you", "--person", "  Tom Becker ", "--date", "2026-03-10").out).toBe(
      "Recorded in n.md: thanked: + Tom Becker; thanked_on: 2026-03-10\n",
    );
  });

  it("a multi-line flow list with a comment before the closing bracket", () => {
    const vault = tempVault({
      "n.md":
        "---\ntype: interview\ninterview_date: 2026-03-09\ninterviewers: [Jane Doe, Tom Becker]\nthanked: [\n  Jane Doe, # the hiring manager\n]\n---\n",
    });
    expect(cli("done", vault, "n", "thank-you", "--person", "Tom Becker", "--date", "2026-03-10").code).toBe(0);
    expect(readFileSync(join(vault, "n.md"), "utf8")).toContain(
      "thanked: [\n  Jane Doe, Tom Becker, # the hiring manager\n]\n",
    );
  });

  it("a note with a `...` line: new keys go before it", () => {
    const vault = tempVault({ "n.md": "---\ntype: interview\ninterview_date: 2026-03-09\n...\n---\nBody.\n" });
    expect(cli("snooze", vault, "n", "--until", "2026-03-20").code).toBe(0);
    expect(readFileSync(join(vault, "n.md"), "utf8")).toBe(
      "---\ntype: interview\ninterview_date: 2026-03-09\nsnooze_until: 2026-03-20\n...\n---\nBody.\n",
    );
  });
});
