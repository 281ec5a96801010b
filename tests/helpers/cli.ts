import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { KINDS_OF_THESE_TESTS, ofKinds } from "./notes";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { runCli, runCliAsking } from "../../src/cli/main";
import { clockOf } from "../../src/core/lib/clock";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process with a fixed clock (2026-03-12 09:00 local) unless --now is given. */
export function cli(...argv: string[]): CliRun {
  let out = "";
  let err = "";
  const code = runCli(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    clock: clockOf(() => new Date(2026, 2, 12, 9, 0)),
  });
  return { code, out, err };
}

/** As cli, for a command that may answer later: an import of a workbook (SheetJS is loaded for it). */
export async function cliAsync(...argv: string[]): Promise<CliRun> {
  let out = "";
  let err = "";
  const code = await runCliAsking(argv, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    clock: clockOf(() => new Date(2026, 2, 12, 9, 0)),
  });
  return { code, out, err };
}

/** A throwaway vault made of `{ path: text }`. */
export function tempVault(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "jsj-vault-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

export interface DueJson {
  now: string;
  items: {
    file: string;
    kind: string;
    person: string | null;
    email: string | null;
    channel: string | null;
    attempt: number | null;
    due: string;
    state: string;
    company: string;
    role: string;
    stage: string;
    missing?: string[];
  }[];
  problems: { file: string; key: string | null; line: number | null; message: string }[];
  summary: {
    active: number;
    awaitingReply: number;
    offers: number;
    keepApplying: boolean;
    keepApplyingThreshold: number;
  };
}

/**
 * `due ... --json`, parsed, with the items of the kinds these tests were written for (a kind
 * added later adds items and changes none of their lists; `dueJsonAll` has every item).
 */
export function dueJson(...argv: string[]): DueJson {
  const json = dueJsonAll(...argv);
  return { ...json, items: ofKinds(KINDS_OF_THESE_TESTS, json.items) };
}

export function dueJsonAll(...argv: string[]): DueJson {
  const run = cli("due", ...argv, "--json");
  if (run.code !== 0) throw new Error(run.err);
  return JSON.parse(run.out) as DueJson;
}
