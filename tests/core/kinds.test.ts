import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import {
  CLI_DONE_KINDS,
  GENERAL_RULES,
  ITEM_KINDS,
  KINDS,
  ruleLabels,
  type KindDefinition,
} from "../../src/core/follow-ups/kinds";
import { DEFAULT_RULES } from "../../src/core/settings/settings";
import type { DueItem } from "../../src/core/follow-ups/engine";

/** The one definition per kind: consistent with itself, and impossible to extend half-way. */

const item = (kind: DueItem["kind"]): DueItem => ({
  id: "x",
  file: "n.md",
  kind,
  due: { at: 0, hasTime: false },
  state: "due",
  company: "Acme",
  role: "",
  stage: "",
  person: "Ann",
  attempt: 1,
});

describe("every kind", () => {
  it.each(ITEM_KINDS)("%s: a Done button exactly when Done records something, a CLI name exactly then", (kind) => {
    const d: KindDefinition = KINDS[kind];
    const action = d.done(item(kind), "2026-03-12");
    expect(d.actions.includes("done")).toBe(action !== undefined);
    expect(d.doneLabel !== "").toBe(action !== undefined);
    expect(d.cli !== null).toBe(action !== undefined);
    // Names the company (a thank-you to someone names them; the context line gives the company).
    expect(d.sentence({ ...item(kind), person: undefined })).toContain("Acme");
    expect(d.actions.at(-1)).toBe("snooze");
  });

  it("every timing setting is labelled once, by one kind or as the list's own", () => {
    const labelled = ruleLabels().flatMap((g) => g.rules.map(([rule]) => rule));
    expect([...labelled].sort()).toEqual(Object.keys(DEFAULT_RULES).sort());
    expect(new Set(labelled).size).toBe(labelled.length);
    expect(Object.keys(GENERAL_RULES)).toEqual(["lookaheadDays", "staleDays"]);
  });

  it("the CLI's done names are the kinds that record a step", () => {
    expect(CLI_DONE_KINDS).toEqual(["thank-you", "debrief", "inform-references", "follow-up", "move-on"]);
  });
});

/** ITEM_KINDS with one more kind, however the list is formatted. */
const addKind = (source: string): string =>
  source.replace(/"move-on",?\s*\] as const/, '"move-on", "linkedin"] as const');

/** Type-checks src/ with changes made to a copy of it (file → change); returns the files with errors. */
function compileWith(changes: Record<string, (source: string) => string>): string[] {
  const root = mkdtempSync(join(tmpdir(), "jsj-kind-"));
  cpSync("src", join(root, "src"), { recursive: true });
  symlinkSync(resolve("node_modules"), join(root, "node_modules"));
  writeFileSync(join(root, "package.json"), readFileSync("package.json"));
  for (const [file, change] of Object.entries(changes))
    writeFileSync(join(root, file), change(readFileSync(join(root, file), "utf8")));
  const kinds = join(root, "src/core/follow-ups/kinds.ts");
  const config = ts.getParsedCommandLineOfConfigFile(
    resolve("tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined },
  );
  const options = { ...(config?.options ?? {}), noEmit: true, types: ["node"] };
  const program = ts.createProgram([kinds, join(root, "src/cli/main.ts"), join(root, "src/plugin/main.ts")], options);
  return [
    ...new Set(ts.getPreEmitDiagnostics(program).map((d) => (d.file?.fileName ?? "").replace(`${root}/`, ""))),
  ].sort();
}

describe('adding a kind ("send a LinkedIn request two days after")', () => {
  it("does not compile until it has a definition", () => {
    expect(compileWith({ "src/core/follow-ups/items.ts": addKind })).toContain("src/core/follow-ups/kinds.ts");
  }, 60_000);

  it("with a definition and a CLI name, does not compile until the CLI's done can build it", () => {
    const definition = `  linkedin: {
    title: "LinkedIn", rule: () => undefined, beforeInterview: false, forApplications: false, perishable: true,
    sentence: (item) => \`Connect with \${item.company} on LinkedIn\`, actions: ["done", "snooze"], doneLabel: "Sent",
    done: (_item, today) => ({ kind: "debrief", date: today }), cli: "linkedin", rules: {},
  },
} as const satisfies`;
    const errors = compileWith({
      "src/core/follow-ups/items.ts": addKind,
      "src/core/follow-ups/kinds.ts": (s) => s.replace("} as const satisfies", definition),
    });
    expect(errors).toEqual(["src/cli/commands/record.ts"]);
  }, 60_000);
});
