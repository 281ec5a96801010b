import { read, SSF, utils, type CellObject, type WorkSheet } from "@e965/xlsx";
import { targetForHeader } from "./columns";
import { headerIndex, sheetOfRecords, type Sheet, type TextDecoderClass } from "./sheet";
import { beginImportOf, isWorkbook, openText, type OpenedSheet } from "./begin-import";

/**
 * A workbook (Excel's `.xlsx` and `.xls`, LibreOffice's `.ods`, Numbers) read with SheetJS, one
 * sheet of it to the rows a CSV gives. Only the command line and VS Code import this: SheetJS is
 * about 300 KB, more than Obsidian's plugin may grow, so Obsidian says how to save a sheet as CSV.
 */

/** A workbook that cannot be read, or has no sheet of that name: the message names the file. */
export class WorkbookError extends Error {}

/** SheetJS's number formats (its SSF), which its types leave untyped. */
const formats = SSF as {
  parse_date_code(serial: number): { y: number; m: number; d: number; H: number; M: number };
  is_date(format: string): boolean;
};

const two = (n: number) => String(n).padStart(2, "0");

/**
 * A date cell as the import reads dates: `2026-03-11`, or `2026-03-11 14:00` with a time. From the
 * cell's serial number and its format, never through a Date, so the time zone plays no part.
 */
function dateText(serial: number): string {
  const d = formats.parse_date_code(serial);
  const day = `${String(d.y).padStart(4, "0")}-${two(d.m)}-${two(d.d)}`;
  return d.H === 0 && d.M === 0 ? day : `${day} ${two(d.H)}:${two(d.M)}`;
}

/** A cell's text: dates as dates, numbers as the sheet shows them (`$95,000`), errors (`#N/A`) as nothing. */
function cellText(cell: CellObject | undefined): string {
  if (!cell || cell.t === "e" || cell.t === "z") return "";
  if (cell.t === "n" && typeof cell.v === "number" && typeof cell.z === "string" && formats.is_date(cell.z))
    return dateText(cell.v);
  if (cell.t === "s") return String(cell.v ?? "");
  return cell.w ?? String(cell.v ?? "");
}

/** The sheet's cells as rows of text, from its first used row; a posting's link is its target, not its label. */
function records(ws: WorkSheet): { rows: string[][]; firstLine: number } {
  const ref = ws["!ref"];
  if (!ref) return { rows: [], firstLine: 1 };
  const range = utils.decode_range(ref);
  const rows: string[][] = [];
  for (let r = range.s.r; r <= range.e.r; r++) {
    const row: string[] = [];
    for (let c = 0; c <= range.e.c; c++) row.push(cellText(ws[utils.encode_cell({ r, c })] as CellObject | undefined));
    rows.push(row);
  }
  const at = headerIndex(rows);
  (rows[at] ?? []).forEach((h, c) => {
    if (targetForHeader(h.trim()) !== "postingUrl") return;
    for (let r = at + 1; r < rows.length; r++) {
      const link = (ws[utils.encode_cell({ r: r + range.s.r, c })] as CellObject | undefined)?.l?.Target;
      const row = rows[r];
      if (row && link && /^https?:\/\//i.test(link)) row[c] = link;
    }
  });
  return { rows, firstLine: range.s.r + 1 };
}

/**
 * One sheet of a workbook as a Sheet: the one named, else the first. Cells read as their values,
 * formulas as their results, a total row left to the import (which lists it).
 */
export function readWorkbook(bytes: Uint8Array, file: string, sheetName?: string): Sheet {
  let book;
  try {
    book = read(bytes, { type: "array", cellNF: true, cellDates: false, cellHTML: false });
  } catch (error) {
    throw new WorkbookError(`${file} cannot be read as a workbook: ${(error as Error).message}`);
  }
  const sheets = book.SheetNames;
  const name = sheetName ?? sheets[0];
  const ws = name === undefined ? undefined : book.Sheets[name];
  if (!ws || name === undefined)
    throw new WorkbookError(
      sheetName === undefined
        ? `${file} has no sheets`
        : `${file} has no sheet "${sheetName}"; its sheets: ${sheets.map((s) => `"${s}"`).join(", ")}`,
    );
  const { rows, firstLine } = records(ws);
  return { ...sheetOfRecords(rows, firstLine), delimiter: "", encoding: "UTF-8", workbook: { sheet: name, sheets } };
}

/** A workbook's sheets, in order, from its index alone (the cells are not read). */
export function workbookSheets(bytes: Uint8Array, file: string): string[] {
  try {
    return read(bytes, { type: "array", bookSheets: true }).SheetNames;
  } catch (error) {
    throw new WorkbookError(`${file} cannot be read as a workbook: ${(error as Error).message}`);
  }
}

/**
 * The command line's and VS Code's import start: a workbook read (its sheet `sheetName`, else
 * the first), text decoded, or why the file is neither; the columns proposed either way.
 */
export function openSpreadsheet(
  bytes: Uint8Array,
  file: string,
  Decoder: TextDecoderClass,
  folder: string,
  sheetName?: string,
): OpenedSheet {
  if (!isWorkbook(bytes)) return openText(bytes, file, Decoder, folder, sheetName);
  try {
    return beginImportOf(readWorkbook(bytes, file, sheetName), folder);
  } catch (error) {
    if (error instanceof WorkbookError) return { error: error.message };
    throw error;
  }
}
