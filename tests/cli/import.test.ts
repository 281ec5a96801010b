import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, tempVault } from "../helpers/cli";

/**
 * job-journal import on spreadsheets shaped as real trackers are (tests/fixtures/sheets/): the
 * plan is approved, and every note it writes is approved byte for byte.
 */

const SHEETS = resolve("tests/fixtures/sheets");
const sheet = (name: string) => join(SHEETS, name);

/** Every note under the vault, path → text. */
function notesIn(root: string, dir = ""): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = dir === "" ? entry.name : `${dir}/${entry.name}`;
    if (entry.isDirectory()) Object.assign(out, notesIn(root, path));
    else if (entry.name.endsWith(".md")) out[path] = readFileSync(join(root, path), "utf8");
  }
  return out;
}

describe.each([
  [
    "sheets-tracker.csv",
    "a plain Google Sheets tracker (a cell over two lines, a date that is none, a row with no company)",
    [],
  ],
  [
    "huntr-export.csv",
    "a Huntr export (its List column is the status, US dates, a formula in a note)",
    ["--dates", "mdy"],
  ],
  ["teal-export.csv", "a Teal export (month names, a salary in two columns, Teal's statuses)", []],
  [
    "merged-header.csv",
    "title and group rows above the header, empty rows, day-first dates, Excel serials",
    ["--status", "Parked=considering"],
  ],
  ["excel-latin1.csv", "Excel's Latin-1 with semicolons and CRLF, day and month both under 13", ["--dates", "dmy"]],
])("%s: %s", (file, _what, options) => {
  it("plans (approved), writes one note per row (each approved byte for byte), and adds nothing the second time", async () => {
    const vault = tempVault({
      "Interviews/Existing.md": "---\ntype: interview\ncompany: Unrelated\nstatus: applied\n---\n",
    });
    const dry = cli("import", vault, sheet(file), "--dry-run", ...options);
    expect(dry.err).toBe("");
    await expect(dry.out.replaceAll(SHEETS, "<sheets>")).toMatchFileSnapshot(`approved/import/${file}.plan.txt`);
    expect(Object.keys(notesIn(vault))).toEqual(["Interviews/Existing.md"]);

    const run = cli("import", vault, sheet(file), ...options);
    const notes = notesIn(vault);
    delete notes["Interviews/Existing.md"];
    expect(Object.keys(notes).length).toBeGreaterThanOrEqual(3);
    await expect(
      Object.entries(notes)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([path, text]) => `=== ${path}\n${text}`)
        .join("\n"),
    ).toMatchFileSnapshot(`approved/import/${file}.notes.md`);
    expect(run.out).toContain(`Imported ${Object.keys(notes).length} note`);
    // What it wrote is read as it meant: application notes, with no problems but those the plan listed.
    const problems = cli("check", vault)
      .out.split("\n")
      .filter((l) => l.startsWith("Interviews/"));
    for (const p of problems)
      expect(dry.out).toContain(`${p.slice(0, p.indexOf(".md:") + 3)}: an interview with no date`);

    const again = cli("import", vault, sheet(file), ...options);
    expect(again.out).toContain(`Imported 0 notes; ${Object.keys(notes).length} already in the vault.`);
    expect(Object.keys(notesIn(vault)).length).toBe(Object.keys(notes).length + 1);
  });
});

describe("import: what it asks and what it refuses", () => {
  it("a --status pair whose class is none of the classes is a usage error naming them", () => {
    const run = cli("import", tempVault({}), "tests/fixtures/sheets/huntr-export.csv", "--status", "Parked=later");
    expect(run.code).toBe(2);
    expect(run.err).toContain(
      '--status wants value=class, the class one of considering, applied, interviewing, offer, closed: not "Parked=later"',
    );
  });

  it("asks once for the file how 3/4/2026 reads, and writes nothing until told", () => {
    const vault = tempVault({});
    const run = cli("import", vault, sheet("excel-latin1.csv"));
    expect(run).toMatchObject({ code: 2, out: "" });
    expect(run.err).toContain("say which for the whole file with --dates dmy or --dates mdy");
    expect(existsSync(join(vault, "Interviews"))).toBe(false);
  });

  it("never overwrites: a note already at a row's name stays, and the row gets the next free name", () => {
    const vault = tempVault({ "Interviews/2026-02-25 Globex - Product Manager.md": "My own note.\n" });
    cli("import", vault, sheet("sheets-tracker.csv"));
    expect(readFileSync(join(vault, "Interviews/2026-02-25 Globex - Product Manager.md"), "utf8")).toBe(
      "My own note.\n",
    );
    expect(readFileSync(join(vault, "Interviews/2026-02-25 Globex - Product Manager 2.md"), "utf8")).toContain(
      "company: Globex",
    );
  });

  it.each([
    ["ACME", "backend engineer", "already in the vault"],
    ["AT T", "Engineer", "new"],
    ["C Labs", "Engineer", "new"],
  ])(
    "a row is the application of a note with the same company and role in any case, nothing else (note: %s, %s)",
    (company, role, expected) => {
      const vault = tempVault({
        "Interviews/mine.md": `---\ntype: interview\ncompany: ${company}\nrole: ${role}\ninterview_date: 2026-03-02\nstatus: waiting\n---\n`,
      });
      const csv = join(vault, "sheet.csv");
      const row =
        company === "ACME" ? "Acme,Backend Engineer" : company === "AT T" ? "AT&T,Engineer" : "C++ Labs,Engineer";
      writeFileSync(csv, `Company,Role,Status\n${row},Applied\n`);
      const run = cli("import", vault, csv);
      expect(run.out).toContain(expected === "new" ? "Imported 1 note" : "Imported 0 notes; 1 already in the vault.");
    },
  );

  it("lists rows it cannot read with their row and why, imports the rest, and exits 1", () => {
    const vault = tempVault({});
    const run = cli("import", vault, sheet("sheets-tracker.csv"));
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      '  row 7  no company\n  row 8  Date Applied: "2026-02-30" is not a date of the calendar\n',
    );
  });

  it("writes in the vault's property names and words, into --folder", () => {
    const vault = tempVault({});
    const config = join(vault, "settings.json");
    writeFileSync(
      config,
      JSON.stringify({
        keys: { company: "Company", role: "Position", status: "Progress", appliedOn: "Applied" },
        writeStatuses: { applied: "🟡 Applied" },
        statuses: { applied: ["🟡 Applied", "applied"] },
      }),
    );
    const run = cli("import", vault, sheet("sheets-tracker.csv"), "--config", config, "--folder", "Jobs/2026");
    expect(run.err).toBe("");
    const text = readFileSync(join(vault, "Jobs/2026/2026-02-25 Globex - Product Manager.md"), "utf8");
    expect(text).toContain("Company: Globex\nPosition: Product Manager\nProgress: 🟡 Applied\nApplied: 2026-02-25\n");
  });
});
