import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { tempVault } from "../helpers/cli";
import { clockOf } from "../../src/core/lib/clock";

/**
 * Real concurrent writers: a separate process saves a 1 MB note over and over, in place or by a
 * rename, while the CLI records steps in the same note in a tight loop. After each round the
 * file must hold the other program's last save, whole: no save lost, no partial note written.
 * JSJ_SOAK=1 runs it for minutes instead of seconds.
 */
const SOAK = process.env.JSJ_SOAK === "1";
const ROUNDS = SOAK ? 120 : 4;
const ROUND_MS = SOAK ? 1500 : 800;
const SAVER = join(__dirname, "../helpers/saver.mjs");

const quiet = { out: () => undefined, err: () => undefined, clock: clockOf(() => new Date(2026, 2, 12, 9, 0)) };

async function round(dir: string, mode: "inplace" | "rename"): Promise<{ cliWrites: number; refused: number }> {
  const path = join(dir, "n.md");
  const saver = spawn(process.execPath, [SAVER, path, mode, String(ROUND_MS)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  let last = "";
  saver.stdout.on("data", (d: Buffer) => (last += d.toString()));
  const exited = new Promise<number | null>((resolve) => saver.on("exit", resolve));
  let cliWrites = 0;
  let refused = 0;
  const until = Date.now() + ROUND_MS + 300;
  for (let i = 0; Date.now() < until; i++) {
    const code = runCli(["snooze", dir, "n", "--days", String((i % 5) + 1)], quiet);
    if (code === 0) cliWrites++;
    else refused++;
  }
  expect(await exited).toBe(0);
  const n = Number(last);
  expect(n).toBeGreaterThan(0);
  const text = readFileSync(path, "utf8");
  // The last save is there, whole (the tool may have added its own line to the frontmatter after it).
  expect(text).toContain(`\nsaver: ${n}\n`);
  expect(text.endsWith(`\nend ${n}\n`)).toBe(true);
  expect(text).toContain(`---\nsave ${n}\n`);
  expect(readdirSync(dir).filter((f) => f.includes(".jsj-"))).toEqual([]);
  return { cliWrites, refused };
}

describe("another program saving the same note, for real", () => {
  it.each(["inplace", "rename"] as const)(
    "saving %s: no save is lost, no partial note is written",
    async (mode) => {
      const dir = tempVault({});
      writeFileSync(join(dir, "n.md"), "---\ntype: interview\ninterview_date: 2026-03-09\n---\nfirst\n");
      let writes = 0;
      for (let r = 0; r < ROUNDS; r++) writes += (await round(dir, mode)).cliWrites;
      // The race was really run: the tool wrote between the other program's saves.
      expect(writes).toBeGreaterThan(0);
    },
    SOAK ? 900_000 : 60_000,
  );
});
