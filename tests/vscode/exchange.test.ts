import { readFileSync } from "node:fs";
import { beforeEach, describe, expect, it } from "vitest";
import { start } from "../../src/vscode/extension";
import * as fake from "../fakes/vscode";
import { vaultFiles } from "../../scripts/vault-files.mjs";
import { cli, cliAsync, tempVault } from "../helpers/cli";
import { clockOf } from "../../src/core/lib/clock";

/** Import and export in VS Code: the same plan and the same files as the CLI's. */

const ROOT = "/work/vault";
const NOW = new Date(2026, 2, 12, 9, 0);
const SHEET = readFileSync("tests/fixtures/sheets/sheets-tracker.csv", "utf8");

async function activate(files: Record<string, string>): Promise<void> {
  fake.resetVscode(ROOT, files);
  await start(
    { subscriptions: [] },
    clockOf(() => NOW),
  );
}

const run = (id: string) => fake.commands.executeCommand(`jobSearchJournal.${id}`);

describe("Import applications from a spreadsheet (VS Code)", () => {
  beforeEach(async () => {
    await activate({
      "Interviews/Existing.md": "---\ntype: interview\ncompany: Globex\nrole: Product Manager\nstatus: applied\n---\n",
    });
    fake.fsFiles.set("/home/me/tracker.csv", SHEET);
  });

  it("shows the plan, writes on Import the notes the CLI writes, and completes the one already there", async () => {
    fake.window.answers.push([fake.Uri.file("/home/me/tracker.csv")], "Import");
    await run("importSpreadsheet");
    const shown = fake.window.shown.at(-1)?.getText() ?? "";
    expect(shown).toContain(
      "Notes completed, nothing overwritten (1):\n  row 3  Interviews/Existing.md: applied_on: 2026-02-25",
    );
    expect(shown).toContain(
      `row 8  Interviews/Umbrella - Platform Engineer.md: Date Applied: "2026-02-30" is not a date`,
    );
    expect(fake.window.messages.at(-2)).toMatchObject({
      text: "Import 5 notes and complete 1 note from tracker.csv?",
      items: ["Import", "Change a column"],
    });
    expect(fake.window.messages.at(-1)?.text).toBe("Imported 5 notes; 1 note completed.");
    // Only what it lacked: the applied date and the posting, after its status; the rest as it was.
    expect(fake.fsFiles.get(`${ROOT}/Interviews/Existing.md`)).toBe(
      "---\ntype: interview\ncompany: Globex\nrole: Product Manager\nstatus: applied\napplied_on: 2026-02-25\nurl: https://boards.greenhouse.io/globex/jobs/7\n---\n",
    );

    const vault = tempVault({
      "Interviews/Existing.md": "---\ntype: interview\ncompany: Globex\nrole: Product Manager\nstatus: applied\n---\n",
    });
    cli("import", vault, "tests/fixtures/sheets/sheets-tracker.csv");
    for (const name of ["2026-03-09 Acme - Backend Engineer", "Hooli - Site Reliability Engineer"]) {
      const path = `Interviews/${name}.md`;
      expect(fake.fsFiles.get(`${ROOT}/${path}`)).toBe(readFileSync(`${vault}/${path}`, "utf8"));
    }
  });

  it("writes nothing when the review is dismissed, and lets a column be changed first", async () => {
    fake.window.answers.push([fake.Uri.file("/home/me/tracker.csv")], undefined);
    await run("importSpreadsheet");
    expect([...fake.fsFiles.keys()].filter((p) => p.includes("Acme"))).toEqual([]);

    const pickLocation = (items: readonly { label: string }[]) => items.find((i) => i.label === "Location");
    const pickBody = (items: readonly { label: string }[]) =>
      items.find((i) => i.label === "A line in the note's text");
    fake.window.answers.push(
      [fake.Uri.file("/home/me/tracker.csv")],
      "Change a column",
      pickLocation,
      pickBody,
      "Import",
    );
    await run("importSpreadsheet");
    const acme = fake.fsFiles.get(`${ROOT}/Interviews/2026-03-09 Acme - Backend Engineer.md`) ?? "";
    expect(acme).not.toContain("location:");
    expect(acme).toContain("- Location: Berlin, Germany");
  });
});

describe("Import a workbook (VS Code)", () => {
  beforeEach(async () => {
    await activate({});
    fake.binaryFiles.set("/home/me/tracker.xlsx", readFileSync("tests/fixtures/sheets/workbook-tracker.xlsx"));
    fake.binaryFiles.set("/home/me/cv.pdf", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]));
  });

  it("asks which sheet when it has several, and writes the notes the command line writes", async () => {
    const asked: string[][] = [];
    const firstSheet = (items: readonly string[]) => (asked.push([...items]), items[0]);
    fake.window.answers.push([fake.Uri.file("/home/me/tracker.xlsx")], firstSheet, "Import");
    await run("importSpreadsheet");
    expect(asked).toEqual([["Applications", "Contacts"]]);
    expect(fake.window.shown.at(-1)?.getText()).toContain('tracker.xlsx: the sheet "Applications"');
    expect(fake.window.messages.at(-1)?.text).toBe("Imported 3 notes.");
    const vault = tempVault({});
    await cliAsync("import", vault, "tests/fixtures/sheets/workbook-tracker.xlsx");
    const path = "Interviews/2026-03-11 Northwind Traders - Data Analyst.md";
    expect(fake.fsFiles.get(`${ROOT}/${path}`)).toBe(readFileSync(`${vault}/${path}`, "utf8"));
  });

  it("writes nothing when the sheet is not chosen, and refuses a file that is not a spreadsheet", async () => {
    fake.window.answers.push([fake.Uri.file("/home/me/tracker.xlsx")], undefined);
    await run("importSpreadsheet");
    expect([...fake.fsFiles.keys()]).toEqual([]);
    fake.window.answers.push([fake.Uri.file("/home/me/cv.pdf")]);
    await run("importSpreadsheet");
    expect(fake.window.messages.at(-1)).toMatchObject({
      level: "error",
      text: "cv.pdf is not a spreadsheet (neither text nor a workbook): import a .csv, .tsv, .xlsx or .ods file.",
    });
  });
});

describe("Export applications to CSV (VS Code)", () => {
  it("writes the file the CLI writes", async () => {
    await activate(vaultFiles("examples/vault"));
    fake.window.answers.push(fake.Uri.file("/home/me/jobs.csv"));
    await run("exportCsv");
    expect(fake.fsFiles.get("/home/me/jobs.csv")).toBe(
      cli("export", "examples/vault", "--now", "2026-03-12T09:00").out,
    );
    expect(fake.window.messages.at(-1)?.text).toMatch(/^Exported \d+ applications to /);
  });
});
