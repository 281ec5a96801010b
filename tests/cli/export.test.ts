import Papa from "papaparse";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXPORT_COLUMNS } from "../../src/core/exchange/export";
import { cli, tempVault } from "../helpers/cli";
import { vaultSamples, vaultTemplateFolders } from "../../src/cli/commands/suggest-config";
import { suggestConfig } from "../../src/core/mapping/suggest-config";

/** A corpus vault's mapping, as a new user would make it, in a config file. */
function mappedConfig(vault: string): string {
  const config = suggestConfig(vaultSamples(vault), undefined, { templateFolders: vaultTemplateFolders(vault) }).config;
  const file = join(tempVault({}), "config.json");
  writeFileSync(file, JSON.stringify(config));
  return file;
}

const NOW = "2026-03-12T09:00";

function parse(csv: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
}

describe("job-journal export", () => {
  it("one row per application of the example vault, as Excel opens it: a byte-order mark, CRLF, the columns in order", async () => {
    const run = cli("export", "examples/vault", "--now", NOW);
    expect(run.code).toBe(0);
    expect(run.out.startsWith(`\uFEFF${EXPORT_COLUMNS.join(",")}\r\n`)).toBe(true);
    // Every row ends CRLF; a note's text keeps its own lines inside its quoted cell.
    expect(run.out.split('"\n').length).toBeGreaterThan(0);
    expect(run.out).toMatch(/\r\n$/);
    await expect(run.out).toMatchFileSnapshot("approved/export-example.csv");
    const rows = parse(run.out);
    expect(rows.find((r) => r.Company === "Acme")).toMatchObject({
      Role: "Backend Engineer",
      "Status class": "interviewing",
      "Interview date": "2026-03-11 14:00",
    });
  });

  it("no cell a spreadsheet would run: = + - @ get a ' in front, and an import takes it off again", () => {
    const vault = tempVault({
      "Interviews/Evil.md":
        '---\ntype: interview\ncompany: "=HYPERLINK(\\"http://evil.example\\")"\nrole: "+1 Engineer"\nstatus: applied\nlocation: "@home"\nsalary: "-5"\n---\n',
    });
    const csv = cli("export", vault, "--now", NOW).out;
    const [row] = parse(csv);
    expect(row).toMatchObject({
      Company: `'=HYPERLINK("http://evil.example")`,
      Role: "'+1 Engineer",
      Location: "'@home",
      Salary: "'-5",
    });
    const file = join(vault, "out.csv");
    writeFileSync(file, csv);
    const into = tempVault({});
    cli("import", into, file);
    const [back] = parse(cli("export", into, "--now", NOW).out);
    expect({ ...back, Note: "" }).toEqual({ ...row, Note: "" });
  });

  it("an import of an export gives back the same applications", () => {
    const csv = cli("export", "examples/vault", "--now", NOW).out;
    const vault = tempVault({});
    const file = join(vault, "export.csv");
    writeFileSync(file, csv);
    const imported = cli("import", vault, file);
    expect(imported.err).toBe("");
    const again = parse(cli("export", vault, "--now", NOW).out);
    const before = parse(csv);
    const key = (r: Record<string, string>) => `${r.Company} · ${r.Role}`;
    // One note per application: a vault with a note per round exports a row per note.
    expect([...new Set(again.map(key))]).toEqual([...new Set(before.map(key))]);
    const same = ["Status", "Status class", "Applied on", "Stage", "Interviewers", "Posting URL", "Location", "Salary"];
    for (const row of again) {
      const rows = before.filter((r) => key(r) === key(row));
      expect(
        rows.some((r) => same.every((c) => r[c] === row[c])),
        key(row),
      ).toBe(true);
    }
  });

  it("--out writes the file, replacing an earlier export", () => {
    const vault = tempVault({});
    const out = join(vault, "exports", "jobs.csv");
    expect(cli("export", "examples/vault", "--now", NOW, "--out", out).err).toMatch(/^Wrote \d+ applications to /);
    expect(readFileSync(out, "utf8")).toBe(cli("export", "examples/vault", "--now", NOW).out);
    expect(cli("export", "examples/vault", "--now", NOW, "--out", out).code).toBe(0);
  });
});

/** What a vault's follow-ups are, whatever its notes are called: the due list and the pipeline. */
function dueOf(vault: string, config?: string): unknown {
  const args = ["due", vault, "--json", "--now", NOW, ...(config ? ["--config", config] : [])];
  const json = JSON.parse(cli(...args).out) as { items: Record<string, unknown>[]; summary: Record<string, unknown> };
  // Sorted whole: items due at one moment are listed by file, and the files' names differ.
  const items = json.items.map(({ file: _file, ...rest }) => JSON.stringify(rest)).sort();
  const { active, awaitingReply, offers } = json.summary;
  return { items, pipeline: { active, awaitingReply, offers } };
}

describe("an export restores", () => {
  const corpus = readdirSync("tests/corpus", { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join("tests/corpus", d.name, "vault")))
    .map((d) => d.name);

  it.each<[string, string | undefined]>([
    ["examples/vault", undefined],
    ...corpus.map((c): [string, string] => [`tests/corpus/${c}/vault`, c]),
  ])("%s: export, then import into an empty vault, gives the same due list and pipeline", (vault, shape) => {
    const config = shape === undefined ? undefined : mappedConfig(vault);
    const withConfig = config ? ["--config", config] : [];
    const csv = cli("export", vault, "--now", NOW, ...withConfig).out;
    const into = tempVault({});
    const file = join(into, "export.csv");
    writeFileSync(file, csv);
    const imported = cli("import", into, file, "--folder", "Restored", ...withConfig);
    expect(imported.err).toBe("");
    expect(dueOf(into, config)).toEqual(dueOf(vault, config));
  });
});
