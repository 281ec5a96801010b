import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { vaultSamples, vaultTemplateFolders } from "../../src/cli/commands/suggest-config";
import { normaliseStatus, statusFor } from "../../src/core/settings/status-words";
import { columnWord } from "../../src/core/editing/choices";
import { suggestConfig } from "../../src/core/mapping/suggest-config";
import {
  DEFAULT_KEYS,
  defaultSettings,
  STATUS_CLASSES,
  type MeetingSettings,
  type StatusClass,
} from "../../src/core/settings/settings";
import type { KeyField } from "../../src/core/settings/fields";
import { loadSettings } from "../../src/core/settings/settings-load";
import { cli, dueJson } from "../helpers/cli";

/**
 * The corpus: vault shapes built after public job-search templates, each filled as its owner
 * would, with the mapping, the pipeline and the due list decided by hand in expected.json, a
 * reason per line (tests/corpus/README.md). Each shape is mapped as a new user would map it,
 * then read with that mapping, then written to.
 */

type Reasoned<T> = [T, string];
interface Expected {
  vault?: string;
  /** The language the vault is written in, where it is not English. */
  language?: string;
  shape: string;
  now: string;
  status: Reasoned<string> | null;
  nothingFound?: Reasoned<string>;
  inlineFields?: Reasoned<string>;
  keys?: Partial<Record<KeyField, Reasoned<string>>>;
  notMapped?: Record<string, string>;
  classes?: Record<string, Reasoned<StatusClass>>;
  unplaced?: Record<string, Reasoned<string>>;
  writeStatuses?: Partial<Record<StatusClass, Reasoned<string>>>;
  leftOut: Record<string, string>;
  applications: Reasoned<number>;
  pipeline: Record<"active" | "awaitingReply" | "offers", Reasoned<number>>;
  keepApplying?: Reasoned<boolean>;
  due: [string, string, string | number | null, string, string, string][];
  problems: [string, string, string][];
  /** Interviews kept as notes of their own: the `meetings` settings the mapping must propose. */
  meetings?: Reasoned<MeetingSettings>;
  /** A thank-you done on the application: the person, and the interview's note it is written to. */
  writeThanks?: [application: string, person: string, written: string, why: string];
}

const CORPUS = "tests/corpus";
const shapes = readdirSync(CORPUS, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

function read(shape: string): { expected: Expected; vault: string } {
  const expected = JSON.parse(readFileSync(join(CORPUS, shape, "expected.json"), "utf8")) as Expected;
  return { expected, vault: join(CORPUS, shape, expected.vault ?? "vault") };
}

function mapped(vault: string) {
  const suggestion = suggestConfig(vaultSamples(vault), undefined, { templateFolders: vaultTemplateFolders(vault) });
  const loaded = loadSettings(suggestion.config, undefined, "suggestion");
  expect(loaded.errors).toEqual([]);
  return { suggestion, settings: loaded.settings };
}

function configFile(config: Record<string, unknown>): string {
  const file = join(mkdtempSync(join(tmpdir(), "jsj-corpus-")), "config.json");
  writeFileSync(file, JSON.stringify(config));
  return file;
}

it("holds at least fourteen shapes, three of them in other languages, two with interviews' own notes", () => {
  expect(shapes.length).toBeGreaterThanOrEqual(14);
  expect(shapes.filter((s) => read(s).expected.meetings).length).toBeGreaterThanOrEqual(2);
  const languages = shapes.map((s) => read(s).expected.language ?? "English").filter((l) => l !== "English");
  expect(new Set(languages).size).toBeGreaterThanOrEqual(3);
});

describe.each(shapes)("%s", (shape) => {
  const { expected, vault } = read(shape);

  it("is mapped as decided by hand", () => {
    const { suggestion, settings } = mapped(vault);
    const { review, reasons } = suggestion;
    if (expected.status === null) {
      expect(review.status).toBeUndefined();
      expect(reasons.join("\n")).toContain(expected.nothingFound?.[0] ?? "");
    } else {
      expect(review.status?.key).toBe(expected.status[0]);
      expect(settings.keys.status).toBe(expected.status[0]);
    }
    if (expected.inlineFields) expect(reasons.join("\n")).toContain(expected.inlineFields[0]);
    for (const [field, [key]] of Object.entries(expected.keys ?? {}) as [KeyField, Reasoned<string>][]) {
      expect(settings.keys[field], field).toBe(key);
    }
    const used = new Set(Object.values(settings.keys).map((k: string) => k.toLowerCase()));
    for (const key of Object.keys(expected.notMapped ?? {})) expect(used.has(key.toLowerCase()), key).toBe(false);
    for (const [value, [cls]] of Object.entries(expected.classes ?? {})) {
      const found = STATUS_CLASSES.find((c) =>
        settings.statuses[c].some((s) => normaliseStatus(s) === normaliseStatus(value)),
      );
      expect(found, value).toBe(cls);
    }
    for (const [value, [word]] of Object.entries(expected.unplaced ?? {})) {
      expect(
        STATUS_CLASSES.some((c) => settings.statuses[c].includes(value)),
        value,
      ).toBe(false);
      expect(review.statusValues.find((v) => v.value === value)).toMatchObject({ typo: word });
      expect(review.statusValues[0]?.value, "unplaced values come first").toBe(value);
    }
    for (const [cls, [word]] of Object.entries(expected.writeStatuses ?? {}) as [StatusClass, Reasoned<string>][]) {
      expect(statusFor(cls, settings), cls).toBe(word);
    }
    expect(settings.meetings).toEqual(expected.meetings?.[0] ?? defaultSettings().meetings);
    expect(Object.fromEntries(review.leftOut.map((l) => [l.path, true]))).toEqual(
      Object.fromEntries(Object.keys(expected.leftOut).map((p) => [p, true])),
    );
    expect(review.applications.length).toBe(expected.applications[0]);
  });

  it("then lists the pipeline, the due items and the problems decided by hand", () => {
    const { suggestion } = mapped(vault);
    const json = dueJson(vault, "--now", expected.now, "--config", configFile(suggestion.config));
    expect(json.items.map((i) => [i.company, i.kind, i.person ?? i.attempt, i.due, i.state])).toEqual(
      expected.due.map((d) => d.slice(0, 5)),
    );
    expect(json.summary).toMatchObject({
      active: expected.pipeline.active[0],
      awaitingReply: expected.pipeline.awaitingReply[0],
      offers: expected.pipeline.offers[0],
    });
    if (expected.keepApplying) expect(json.summary.keepApplying).toBe(expected.keepApplying[0]);
    expect(json.problems.map((p) => p.file).sort()).toEqual(expected.problems.map((p) => p[0]).sort());
    for (const [file, fragment] of expected.problems) {
      expect(json.problems.find((p) => p.file === file)?.message).toContain(fragment);
    }
  });

  it("writes in the vault's own words: close changes the status line and nothing else", () => {
    const { suggestion, settings } = mapped(vault);
    const active = suggestion.review.applications.find((path) => {
      const text = readFileSync(join(vault, path), "utf8");
      const value = String((load(text.split(/^---$/m)[1] ?? "") as Record<string, unknown>)[settings.keys.status]);
      return ["applied", "interviewing"].some((c) =>
        settings.statuses[c as StatusClass].some((s) => normaliseStatus(s) === normaliseStatus(value)),
      );
    });
    if (!active) return expect(suggestion.review.applications).toEqual([]);
    const copy = mkdtempSync(join(tmpdir(), "jsj-corpus-vault-"));
    cpSync(vault, copy, { recursive: true });
    const config = configFile(suggestion.config);
    const before = readFileSync(join(copy, active), "utf8");
    const run = cli("close", copy, active, "--config", config);
    expect(run.code, run.err).toBe(0);
    const after = readFileSync(join(copy, active), "utf8");
    const changed = after.split("\n").filter((line, i) => line !== before.split("\n")[i]);
    expect(after.split("\n").length).toBe(before.split("\n").length);
    expect(changed).toHaveLength(1);
    const [key, value] = [settings.keys.status, statusFor("closed", settings)];
    expect(changed[0]?.startsWith(`${key}:`), changed[0]).toBe(true);
    const fm = load(after.split(/^---$/m)[1] ?? "") as Record<string, unknown>;
    expect(fm[key]).toBe(value);
    // Closing it again changes nothing: it is closed in the vault's own word already.
    expect(cli("close", copy, active, "--config", config).out).toMatch(
      /^Nothing to change in .*: it is already closed/,
    );
    expect(readFileSync(join(copy, active), "utf8")).toBe(after);
  });

  it("moves an application on the board in the vault's own word for each column, and changes nothing else", () => {
    const { suggestion, settings } = mapped(vault);
    const config = configFile(suggestion.config);
    const statusOf = (text: string) =>
      String((load(text.split(/^---$/m)[1] ?? "") as Record<string, unknown>)[settings.keys.status]);
    const active = suggestion.review.applications.find((path) => {
      const value = normaliseStatus(statusOf(readFileSync(join(vault, path), "utf8")));
      return (["applied", "interviewing"] as const).some((c) =>
        settings.statuses[c].some((s) => normaliseStatus(s) === value),
      );
    });
    if (!active) return expect(suggestion.review.applications).toEqual([]);
    const before = readFileSync(join(vault, active), "utf8");
    let written = 0;
    for (const to of ["applied", "interviewing", "offer", "closed"] as const) {
      const copy = mkdtempSync(join(tmpdir(), "jsj-corpus-move-"));
      cpSync(vault, copy, { recursive: true });
      const run = cli("move", copy, active, to, "--config", config, "--date", "2026-03-12");
      const after = readFileSync(join(copy, active), "utf8");
      const board = JSON.parse(cli("board", copy, "--json", "--config", config, "--now", "2026-03-12T09:00").out) as {
        columns: { column: string; cards: { file: string }[] }[];
      };
      const column = board.columns.find((c) => c.cards.some((card) => card.file === active))?.column;
      if (run.out.startsWith("Nothing to change")) {
        // Already there, or a class this vault has no word for: the note is as it was.
        expect(after, `${to}: ${run.out}`).toBe(before);
        continue;
      }
      if (run.code !== 0) {
        expect(run.err, to).toContain("your vault has no word for");
        expect(after).toBe(before);
        continue;
      }
      expect(statusOf(after), to).toBe(columnWord(to, settings));
      expect(column, to).toBe(to);
      written++;
      const lines = after.split("\n");
      const old = before.split("\n");
      const changed = lines.filter((line) => !old.includes(line));
      const gone = old.filter((line) => !lines.includes(line));
      expect(gone.length, to).toBe(1);
      expect(
        gone[0]?.startsWith(`${settings.keys.status}:`) || gone[0]?.startsWith(`"${settings.keys.status}":`),
        to,
      ).toBe(true);
      // The status line, and for an offer the reply's day when the note had none.
      expect(changed.length, `${to}: ${changed.join(" | ")}`).toBe(
        to === "offer" && !/^replied:/im.test(before) ? 2 : 1,
      );
    }
    // Every vault has words for at least two other columns.
    expect(written).toBeGreaterThanOrEqual(2);
  });

  it("writes an interview's step into the interview's own note, and nothing else", () => {
    if (!expected.writeThanks) return;
    const [application, person, written] = expected.writeThanks;
    const { suggestion } = mapped(vault);
    const copy = mkdtempSync(join(tmpdir(), "jsj-corpus-vault-"));
    cpSync(vault, copy, { recursive: true });
    const config = configFile(suggestion.config);
    const [appBefore, before] = [application, written].map((p) => readFileSync(join(copy, p), "utf8"));
    const run = cli(
      "done",
      copy,
      application,
      "thank-you",
      "--person",
      person,
      "--date",
      "2026-03-12",
      "--config",
      config,
    );
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(`Recorded in ${written}:`);
    expect(readFileSync(join(copy, application), "utf8")).toBe(appBefore);
    const after = readFileSync(join(copy, written), "utf8");
    const changed = after.split("\n").filter((line, i) => line !== before?.split("\n")[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/: true$/);
    const json = dueJson(copy, "--now", expected.now, "--config", config);
    expect(json.items.filter((i) => i.kind === "thank-you").map((i) => i.person)).not.toContain(person);
  });

  it("refuses to record anything in a template", () => {
    const { suggestion } = mapped(vault);
    const template = Object.entries(expected.leftOut).find(
      ([path, why]) => why.startsWith("a template") && /<%|\{\{|^<|: </m.test(readFileSync(join(vault, path), "utf8")),
    )?.[0];
    if (!template) return;
    const copy = mkdtempSync(join(tmpdir(), "jsj-corpus-vault-"));
    cpSync(vault, copy, { recursive: true });
    const before = readFileSync(join(copy, template), "utf8");
    for (const args of [["close"], ["close", "--force"]]) {
      const run = cli(args[0] as string, copy, template, "--config", configFile(suggestion.config), ...args.slice(1));
      expect(run.code).toBe(1);
      expect(run.err).toContain("is a template");
    }
    expect(readFileSync(join(copy, template), "utf8")).toBe(before);
  });
});

it("a field's default name is never proposed for another field", () => {
  for (const shape of shapes) {
    const { settings } = mapped(read(shape).vault);
    const names = Object.values(settings.keys).map((k: string) => k.toLowerCase());
    expect(new Set(names).size, shape).toBe(names.length);
    expect(Object.keys(settings.keys).sort()).toEqual(Object.keys(DEFAULT_KEYS).sort());
  }
});

it("check lists the mapping's doubts beside the problems, without counting them", () => {
  const { vault } = read("emoji-stages-kanban");
  const { suggestion } = mapped(vault);
  const run = cli("check", vault, "--config", configFile(suggestion.config));
  expect(run.code).toBe(1);
  expect(run.out).toContain("1 problem in 1 of 10 application notes.\n");
  expect(run.out).toContain(
    "\nThe mapping's doubts (1):\n" +
      '  "date" is not read: it could be the applied date or the interview date; rename it (Applied-Date or Interview-Date) or map it yourself\n',
  );
});
