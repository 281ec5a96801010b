import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { tempVault } from "../helpers/cli";
import { buildCliBundle } from "../helpers/cli-bundle";
import { clockOf } from "../../src/core/lib/clock";

/**
 * The CLI as a real process, killed (SIGKILL) at random moments while it rewrites a 5 MB note:
 * the note is always whole (before or after the edit), and the temporary files a killed run
 * leaves are removed by the next write in that folder.
 */
let bundle = "";

beforeAll(async () => {
  bundle = await buildCliBundle();
});

/** Runs the CLI; kills it after `afterMs` (never, when undefined). Resolves with how long it lived. */
function runKilled(args: string[], afterMs?: number): Promise<number> {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, [bundle, ...args], { stdio: "ignore" });
    const timer = afterMs === undefined ? undefined : setTimeout(() => child.kill("SIGKILL"), afterMs);
    child.on("exit", () => {
      clearTimeout(timer);
      done(performance.now() - start);
    });
  });
}

describe("a run killed at any moment", () => {
  it("never leaves a broken note, and its temporary files do not pile up", async () => {
    const body = `${"a line of the interview notes, long enough to take a while to write\n".repeat(75_000)}end\n`;
    const dir = tempVault({});
    const path = join(dir, "n.md");
    writeFileSync(path, `---\ntype: interview\ninterview_date: 2026-03-09\n---\n${body}`);
    // Kill between the end of start-up and the end of a whole run: that is when it writes.
    const startUp = await runKilled(["--help"]);
    const whole = await runKilled(["snooze", dir, "n", "--days", "1"]);
    let leftAt = 0;
    for (let i = 0; i < 24; i++) {
      await runKilled(
        ["snooze", dir, "n", "--days", String((i % 5) + 1)],
        startUp + Math.random() * Math.max(whole - startUp, 20),
      );
      const text = readFileSync(path, "utf8");
      expect(text.endsWith(`---\n${body}`)).toBe(true);
      expect(text).toMatch(
        /^---\ntype: interview\ninterview_date: 2026-03-09\n(snooze_until: \d{4}-\d{2}-\d{2}\n)?---\n/,
      );
      leftAt += readdirSync(dir).filter((f) => f.includes(".jsj-")).length > 0 ? 1 : 0;
    }
    // The next write (any run of the tool in that folder) removes what killed runs left.
    expect(
      runCli(["snooze", dir, "n", "--days", "9"], {
        out: () => undefined,
        err: () => undefined,
        clock: clockOf(() => new Date(2026, 2, 12, 9, 0)),
      }),
    ).toBe(0);
    expect(readdirSync(dir)).toEqual(["n.md"]);
    expect(readFileSync(path, "utf8")).toBe(
      `---\ntype: interview\ninterview_date: 2026-03-09\nsnooze_until: 2026-03-21\n---\n${body}`,
    );
    // Said, not asserted: how often a kill landed while a temporary file existed.
    console.info(`killed runs that left a temporary file: ${leftAt} of 24`);
  }, 60_000);
});
