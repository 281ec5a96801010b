import type { InterviewNote } from "../notes/schema";
import { proposeColumns } from "./columns";
import type { ImportChoices, KnownApplication } from "./import-plan";
import { decodeSheet, readSheet, type Sheet, type TextDecoderClass } from "./sheet";

/**
 * Why a file is a workbook and not text (Excel's `.xlsx`, LibreOffice's `.ods`, old `.xls`), with
 * how to save it as CSV; undefined for text. A workbook parsed as text would give binary column
 * names and "no company" on every row.
 */
export function workbookRefusal(bytes: Uint8Array, name: string): string | undefined {
  if (!isWorkbook(bytes)) return notTextRefusal(bytes, name);
  const kind = /\.ods$/i.test(name)
    ? "a LibreOffice workbook"
    : /\.numbers$/i.test(name)
      ? "a Numbers file"
      : "an Excel workbook";
  return (
    `${name} is ${kind}, not text: save the sheet as CSV and import that (Excel: File → Save As → CSV UTF-8; ` +
    "Google Sheets: File → Download → CSV; Numbers: File → Export To → CSV; LibreOffice: File → Save As → Text CSV)"
  );
}

/** A zip (`.xlsx`, `.ods`, `.numbers`) or an OLE compound file (`.xls`): a workbook, never text. */
export function isWorkbook(bytes: Uint8Array): boolean {
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  return zip || ole;
}

const SNIFF = 8192;

/**
 * Why a file is neither text nor a workbook (a PDF, a picture: a NUL byte among its first bytes,
 * which no text but UTF-16's has); undefined for text.
 */
export function notTextRefusal(bytes: Uint8Array, name: string): string | undefined {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (utf16 || !bytes.subarray(0, SNIFF).includes(0)) return undefined;
  return `${name} is not a spreadsheet (neither text nor a workbook): import a .csv, .tsv, .xlsx or .ods file`;
}

/**
 * Where every host's import starts: the file's bytes read as a spreadsheet, each column's target
 * proposed, the notes going to `folder`; the user's choices are made on what this returns.
 */
export function beginImport(
  bytes: Uint8Array,
  Decoder: TextDecoderClass,
  folder: string,
): { sheet: Sheet; choices: ImportChoices } {
  const decoded = decodeSheet(bytes, Decoder);
  return beginImportOf(readSheet(decoded.text, decoded.encoding), folder);
}

/** A spreadsheet opened for an import: its sheet and the columns proposed, or why it cannot be. */
export type OpenedSheet = { sheet: Sheet; choices: ImportChoices } | { error: string };

/**
 * A file that is not a workbook: read as text, or why it cannot be (a PDF; a sheet asked of text).
 * Needs no workbook library, so a host can load one only for a workbook.
 */
export function openText(
  bytes: Uint8Array,
  file: string,
  Decoder: TextDecoderClass,
  folder: string,
  sheetName?: string,
): OpenedSheet {
  const refusal = notTextRefusal(bytes, file);
  if (refusal) return { error: refusal };
  if (sheetName !== undefined) return { error: `${file} is text, with no sheets: a sheet is for a workbook` };
  return beginImport(bytes, Decoder, folder);
}

/** As beginImport, for a sheet already read (a workbook's). */
export function beginImportOf(sheet: Sheet, folder: string): { sheet: Sheet; choices: ImportChoices } {
  const columns = proposeColumns(
    sheet.header,
    sheet.rows.map((r) => r.cells),
  );
  return { sheet, choices: { columns, folder: folder.replace(/^\/+|\/+$/g, ""), statusClasses: {} } };
}

/** The vault's application notes, as an import matches rows to them. */
export function knownApplications(notes: Iterable<InterviewNote>): KnownApplication[] {
  return [...notes].map((n) => ({
    path: n.file,
    company: n.company,
    role: n.role,
    url: n.postingUrl,
    has: {
      status: n.statusText,
      cls: n.statusClass,
      hasAppliedOn: n.appliedOn !== undefined,
      hasUrl: n.postingUrl !== "",
    },
  }));
}
