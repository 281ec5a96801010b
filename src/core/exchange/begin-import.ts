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
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  if (!zip && !ole) return undefined;
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
  const sheet = readSheet(decoded.text, decoded.encoding);
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
