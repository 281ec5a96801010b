import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, cliAsync, tempVault } from "../helpers/cli";

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
  [
    "teal-export.csv",
    "a Teal export (month names, a salary in two columns, Teal's statuses; No Response asked, not placed)",
    ["--status", "No Response=closed"],
  ],
  [
    "merged-header.csv",
    "title and group rows above the header, empty rows, day-first dates, Excel serials",
    ["--status", "Parked=considering"],
  ],
  ["excel-latin1.csv", "Excel's Latin-1 with semicolons and CRLF, day and month both under 13", ["--dates", "dmy"]],
  [
    "linkedin-job-applications.csv",
    "LinkedIn's Job Applications.csv (your own email and phone on every row, two postings of one role, its dates)",
    [],
  ],
  [
    "notion-export.csv",
    "a Notion database export (time zones, a date range, relation links, its title column Name; No reply asked)",
    ["--status", "No reply=closed", "--column", "role=Name"],
  ],
  [
    "excel-tracker-total-row.csv",
    "an Excel tracker as people finish it (a total row and a summary line at the end, Where for the location)",
    [],
  ],
  [
    "workbook-tracker.xlsx",
    "an Excel workbook LibreOffice saved (a title row, date and date-time cells, a link labelled Job posting, a total)",
    [],
  ],
  ["workbook-tracker.ods", "the same workbook as LibreOffice's own .ods", []],
])("%s: %s", (file, _what, options) => {
  it("plans (approved), writes one note per row (each approved byte for byte), and adds nothing the second time", async () => {
    const vault = tempVault({
      "Interviews/Existing.md": "---\ntype: interview\ncompany: Unrelated\nstatus: applied\n---\n",
    });
    const dry = await cliAsync("import", vault, sheet(file), "--dry-run", ...options);
    expect(dry.err).toBe("");
    await expect(dry.out.replaceAll(SHEETS, "<sheets>")).toMatchFileSnapshot(`approved/import/${file}.plan.txt`);
    expect(Object.keys(notesIn(vault))).toEqual(["Interviews/Existing.md"]);

    const run = await cliAsync("import", vault, sheet(file), ...options);
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

    const again = await cliAsync("import", vault, sheet(file), ...options);
    expect(again.out).toContain(`Imported 0 notes; ${Object.keys(notes).length} already in the vault.`);
    expect(Object.keys(notesIn(vault)).length).toBe(Object.keys(notes).length + 1);
  });
});

describe("import: what it asks and what it refuses", () => {
  it("never reads a workbook or a file that is not text as text: a damaged workbook or a PDF is named and refused", async () => {
    const vault = tempVault({});
    writeFileSync(join(vault, "tracker.xlsx"), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]));
    const run = await cliAsync("import", vault, join(vault, "tracker.xlsx"));
    expect(run.code).toBe(2);
    expect(run.err).toContain("tracker.xlsx cannot be read as a workbook");
    writeFileSync(join(vault, "cv.pdf"), Buffer.from("%PDF-1.7\n\u0000\u0001binary"));
    const pdf = cli("import", vault, join(vault, "cv.pdf"));
    expect(pdf.code).toBe(2);
    expect(pdf.err).toContain("cv.pdf is not a spreadsheet (neither text nor a workbook)");
    expect(readdirSync(vault).sort()).toEqual(["cv.pdf", "tracker.xlsx"]);
  });

  it("reads the workbook's sheet --sheet names, and names its sheets when there is no such sheet", async () => {
    const vault = tempVault({});
    const wrong = await cliAsync("import", vault, sheet("workbook-tracker.xlsx"), "--sheet", "Jobs", "--dry-run");
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain('has no sheet "Jobs"; its sheets: "Applications", "Contacts"');
    const named = await cliAsync(
      "import",
      vault,
      sheet("workbook-tracker.ods"),
      "--sheet",
      "Applications",
      "--dry-run",
    );
    expect(named.code, named.err).toBe(0);
    expect(named.out).toContain('the sheet "Applications" (of "Applications", "Contacts"), 4 rows');
    const text = cli("import", vault, sheet("huntr-export.csv"), "--sheet", "Applications", "--dry-run");
    expect(text.err).toContain("huntr-export.csv is text, with no sheets: a sheet is for a workbook");
  });

  it("reads Excel's Unicode Text (UTF-16, tab-separated) as text", () => {
    const vault = tempVault({});
    const file = join(vault, "unicode.txt");
    const text = "Company\tRole\tStatus\r\nZürich Versicherung\tAktuar\tBeworben\r\n";
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const run = cli("import", vault, file, "--dry-run");
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain("UTF-16, tab-separated, 1 row");
    expect(run.out).toContain("Zürich Versicherung");
  });

  it("leaves out a sheet's total rows without an error, and never a company called Total Wine", () => {
    const vault = tempVault({});
    const run = cli("import", vault, sheet("excel-tracker-total-row.csv"));
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain(
      "Total and summary rows, left out (2):\n  row 8  TOTAL, 5\n  row 9  Total: 5 applications\n",
    );
    expect(existsSync(join(vault, "Interviews/2026-03-03 Total Wine - Data Analyst.md"))).toBe(true);
  });

  it("an application is its company, role and posting: a second posting is a second note, the same one is not", () => {
    const vault = tempVault({
      "Interviews/Fabrikam.md":
        "---\ntype: interview\ncompany: Fabrikam\nrole: Data Engineer\nstatus: applied\nurl: https://www.linkedin.com/jobs/view/4009876543/?trk=flagship\n---\n",
    });
    const run = cli("import", vault, sheet("linkedin-job-applications.csv"), "--dry-run");
    expect(run.out).toContain(
      "Notes completed, nothing overwritten (1):\n  row 3  Interviews/Fabrikam.md: applied_on: 2026-02-27T18:40\n",
    );
    expect(run.out).toContain("  row 4  Interviews/2026-02-27 Fabrikam - Data Engineer.md\n");
  });

  it("completes a posting clipped first and applied to later, byte-safe, and never overwrites or goes back", () => {
    const clipped =
      "---\ntype: interview\ncompany: Contoso\nrole: Senior Data Engineer # as the posting says\nstatus: considering\nurl: http://www.linkedin.com/jobs/view/4011223344\n---\n\nClipped from LinkedIn.\n";
    const ahead =
      "---\ntype: interview\ncompany: Litware\nrole: Data Platform Engineer\nstatus: rejected\napplied_on: 2026-01-10\n---\n";
    const vault = tempVault({ "Jobs/Contoso.md": clipped, "Jobs/Litware.md": ahead });
    const run = cli("import", vault, sheet("linkedin-job-applications.csv"));
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain("Imported 3 notes; 2 notes completed.\n");
    expect(readFileSync(join(vault, "Jobs/Contoso.md"), "utf8")).toBe(
      clipped
        .replace("status: considering\n", "status: applied\n")
        .replace("---\n\n", "applied_on: 2026-03-02T09:14\n---\n\n"),
    );
    // Litware gains its posting and keeps its status: a row never moves a note back.
    expect(readFileSync(join(vault, "Jobs/Litware.md"), "utf8")).toBe(
      ahead
        .replace("---\n", "")
        .replace("---\n", "url: http://www.linkedin.com/jobs/view/3998887776\n---\n")
        .replace(/^/, "---\n"),
    );
    // Again: nothing is left to complete.
    expect(cli("import", vault, sheet("linkedin-job-applications.csv")).out).toContain(
      "Imported 0 notes; 5 already in the vault.\n",
    );
  });

  it("a contact column with one value on every row is yours, not an interviewer", () => {
    const vault = tempVault({});
    const csv = join(vault, "mine.csv");
    writeFileSync(
      csv,
      "Company,Role,Status,Contact\nAcme,SRE,Applied,me@example.com\nGlobex,PM,Applied,me@example.com\nInitech,DE,Applied,me@example.com\n",
    );
    const run = cli("import", vault, csv, "--dry-run");
    expect(run.out).toContain(
      "Contact                → A line in the note's text: the same on every row, so yours, not a contact's",
    );
    expect(run.out).not.toContain("interviewers:");
  });

  it("--column says what a column is, by its header, and names the headers when none is called so", () => {
    const vault = tempVault({});
    const chosen = cli(
      "import",
      vault,
      sheet("notion-export.csv"),
      "--dry-run",
      "--column",
      "ignore=Contacts",
      "--column",
      "role=name",
    );
    expect(chosen.out).toContain("  Contacts               → Left out: as you chose\n");
    expect(chosen.out).toContain("  Name                   → Role (role): as you chose\n");
    const unknown = cli("import", vault, sheet("notion-export.csv"), "--column", "role=Title");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--column: no column is called "Title"; the columns are "Name", "Company"');
    const what = cli("import", vault, sheet("notion-export.csv"), "--column", "boss=Name");
    expect(what.err).toContain("--column wants what=header, what one of company, role, status");
  });

  it("asks about a status that could mean waiting or closed, and places it only when told", () => {
    const vault = tempVault({});
    const run = cli("import", vault, sheet("notion-export.csv"), "--dry-run", "--column", "role=Name");
    expect(run.out).toContain("  No reply (1)           → waiting or closed? say which with --status\n");
    expect(run.out).toContain(
      '  row 5  status "No reply" could mean still waiting or closed: say which (applied or closed)\n',
    );
  });

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
    expect(run.out).toContain("Not imported (1):\n  row 7  no company\n");
    // A date that is none loses nothing else of its row: the note is written, the cell in its text.
    expect(run.out).toContain(
      '  row 8  Interviews/Umbrella - Platform Engineer.md: Date Applied: "2026-02-30" is not a date of the calendar; kept in the note\'s text\n',
    );
    expect(readFileSync(join(vault, "Interviews/Umbrella - Platform Engineer.md"), "utf8")).toContain(
      "\n- Date Applied: 2026-02-30\n",
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
