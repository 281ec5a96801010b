import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isWorkbook, notTextRefusal } from "../../../src/core/exchange/begin-import";
import { readWorkbook, workbookSheets, WorkbookError } from "../../../src/core/exchange/workbook";

const fixture = (ext: string) => readFileSync(`tests/fixtures/sheets/workbook-tracker.${ext}`);

// The fixtures are LibreOffice's own files (scripts/make-workbooks.sh), from workbook-tracker.fods.
describe.each(["xlsx", "ods", "xls"])("a workbook saved as .%s", (ext) => {
  const sheet = readWorkbook(fixture(ext), `tracker.${ext}`);

  it("reads its first sheet, its header under the title rows, with the spreadsheet's row numbers", () => {
    expect(sheet.workbook).toEqual({ sheet: "Applications", sheets: ["Applications", "Contacts"] });
    expect(sheet.header).toEqual([
      "Company",
      "Position",
      "Status",
      "Date applied",
      "Interview",
      "Interviewers",
      "Posting",
      "Salary",
    ]);
    expect(sheet.aboveHeader).toEqual([1]);
    expect(sheet.rows.map((r) => r.line)).toEqual([4, 5, 6, 8]);
  });

  it("reads date cells as dates and date-times whatever their format, numbers as shown, links by their target", () => {
    expect(sheet.rows[0]?.cells).toEqual([
      "Northwind Traders",
      "Data Analyst",
      "Interviewing",
      "2026-02-23",
      "2026-03-11 14:00",
      "Priya Natarajan, Tom Becker",
      "https://careers.northwind.example/jobs/4410",
      "$95,000",
    ]);
    // The cell says "Job posting"; its link is the posting.
    expect(sheet.rows[1]?.cells[6]).toBe("https://jobs.fabrikam.example/designer");
    expect(sheet.rows[2]?.cells.slice(3, 5)).toEqual(["2026-01-30", "2026-02-12 09:30"]);
  });

  it("reads a formula as its result (the total row, which the import leaves out)", () => {
    expect(sheet.rows[3]?.cells.slice(0, 2)).toEqual(["Total", "3"]);
  });

  it("reads the sheet named, and names the sheets there are when there is no such sheet", () => {
    expect(readWorkbook(fixture(ext), "t", "Contacts").rows[0]?.cells).toEqual([
      "Priya Natarajan",
      "priya@northwind.example",
    ]);
    expect(() => readWorkbook(fixture(ext), `tracker.${ext}`, "Jobs")).toThrow(
      `tracker.${ext} has no sheet "Jobs"; its sheets: "Applications", "Contacts"`,
    );
  });
});

describe("what is a workbook and what is not text", () => {
  it("knows a workbook by its first bytes, not its name", () => {
    expect(isWorkbook(fixture("xlsx"))).toBe(true);
    expect(isWorkbook(fixture("xls"))).toBe(true);
    expect(isWorkbook(readFileSync("tests/fixtures/sheets/huntr-export.csv"))).toBe(false);
  });

  it("refuses a file that is neither text nor a workbook, and takes UTF-16 text for text", () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x0a, 0x00, 0x01]);
    expect(notTextRefusal(pdf, "cv.pdf")).toBe(
      "cv.pdf is not a spreadsheet (neither text nor a workbook): import a .csv, .tsv, .xlsx or .ods file",
    );
    const utf16 = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x09, 0x00, 0x42, 0x00]);
    expect(notTextRefusal(utf16, "unicode.txt")).toBeUndefined();
  });

  it("says a damaged workbook cannot be read, naming the file", () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    expect(() => readWorkbook(broken, "broken.xlsx")).toThrow(WorkbookError);
    expect(() => readWorkbook(broken, "broken.xlsx")).toThrow(/^broken\.xlsx cannot be read as a workbook/);
  });
});

describe("a workbook's sheets, from its index alone", () => {
  it.each(["xlsx", "ods", "xls"])("%s", (ext) => {
    expect(workbookSheets(fixture(ext), `tracker.${ext}`)).toEqual(["Applications", "Contacts"]);
  });
});
