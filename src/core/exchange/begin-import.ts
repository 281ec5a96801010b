import type { InterviewNote } from "../notes/schema";
import { proposeColumns } from "./columns";
import type { ImportChoices, KnownApplication } from "./import-plan";
import { decodeSheet, readSheet, type Sheet, type TextDecoderClass } from "./sheet";

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
  return [...notes].map((n) => ({ path: n.file, company: n.company, role: n.role }));
}
