import Papa from "papaparse";
import { namesAColumn } from "./columns";

/**
 * A spreadsheet as Sheets, Excel, Numbers, Huntr, Teal and Simplify export it: CSV or TSV with
 * any delimiter (Papa Parse guesses it among `,` `;` tab and `|`), quoted cells over several
 * lines, a byte-order mark, Windows line ends; UTF-8, or the Windows-1252 (Latin-1) old Excel
 * writes. Title rows above the header and empty rows are left out.
 */

/** A row of cells and its number as the spreadsheet shows it (the header is row 1 of a plain file). */
export interface SheetRow {
  line: number;
  cells: string[];
}

export interface Sheet {
  header: string[];
  rows: SheetRow[];
  delimiter: string;
  encoding: "UTF-8" | "UTF-16" | "Windows-1252";
  /** Rows above the header (a title, a merged group row), by their number. */
  aboveHeader: number[];
  /** The header's row number, as the spreadsheet shows it. */
  headerLine: number;
  /** For a workbook (`.xlsx`, `.ods`): the sheet read and all its sheets, in order. */
  workbook?: { sheet: string; sheets: string[] };
}

/** The platform's TextDecoder (the browser's, Node's): passed in, as the core has neither. */
export type TextDecoderClass = new (
  label: string,
  options?: { fatal?: boolean },
) => { decode(input: Uint8Array): string };

/** Windows-1252's characters at bytes 0x80 to 0x9F (€, ‚, „, …, the curly quotes, ™); the rest is Latin-1. */
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * UTF-8 (its byte-order mark dropped) when the bytes are UTF-8; UTF-16 when they start with its
 * byte-order mark (Excel's "Unicode Text"); else Windows-1252, which old Excel writes.
 */
export function decodeSheet(
  bytes: Uint8Array,
  Decoder: TextDecoderClass,
): { text: string; encoding: Sheet["encoding"] } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new Decoder("utf-16le").decode(bytes.subarray(2)), encoding: "UTF-16" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new Decoder("utf-16be").decode(bytes.subarray(2)), encoding: "UTF-16" };
  try {
    return { text: new Decoder("utf-8", { fatal: true }).decode(bytes), encoding: "UTF-8" };
  } catch {
    // Node's TextDecoder (20 and 22) reads windows-1252 as ISO-8859-1, bytes 0x80-0x9F as control
    // characters; browsers do not. Those controls never stand in a spreadsheet's text.
    const text = new Decoder("windows-1252").decode(bytes);
    return {
      text: text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? c),
      encoding: "Windows-1252",
    };
  }
}

const HEADER_SEARCH = 10;

/** The header row: of the first rows, the one whose cells name the most properties. */
export function headerIndex(records: string[][]): number {
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < Math.min(records.length, HEADER_SEARCH); i++) {
    const row = records[i] ?? [];
    const filled = row.filter((c) => c.trim() !== "").length;
    if (filled < 2) continue;
    const named = row.filter(namesAColumn).length;
    const score = named * 100 + filled;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** A cell's text: line ends as notes write them, and without the `'` an export put before `=`, `+`, `-` or `@`. */
function cellText(cell: string): string {
  const text = cell.replace(/\r\n?/g, "\n");
  // The export's escapeFormulae also guards a leading carriage return, a \n once line ends are read.
  return /^'[=+\-@\t\n]/.test(text) ? text.slice(1) : text;
}

export function readSheet(text: string, encoding: Sheet["encoding"] = "UTF-8"): Sheet {
  const clean = text.replace(/^\uFEFF/, "");
  // Papa Parse guesses the delimiter from rows with the same number of cells: empty rows (kept
  // below, so that row numbers are the spreadsheet's) would make every guess look inconsistent.
  const guess = Papa.parse<string[]>(clean, {
    delimitersToGuess: [",", ";", "\t", "|"],
    skipEmptyLines: "greedy",
    preview: 50,
  });
  const parsed = Papa.parse<string[]>(clean, { delimiter: guess.meta.delimiter, skipEmptyLines: false });
  return { ...sheetOfRecords(parsed.data), delimiter: parsed.meta.delimiter, encoding };
}

/**
 * A sheet's rows of cells to its header and rows, title rows above the header and empty rows left
 * out; `firstLine` is the spreadsheet's number of the first record.
 */
export function sheetOfRecords(
  records: string[][],
  firstLine = 1,
): Pick<Sheet, "header" | "rows" | "aboveHeader" | "headerLine"> {
  const at = headerIndex(records);
  const header = (records[at] ?? []).map((h) => h.trim());
  const rows: SheetRow[] = [];
  records.forEach((cells, i) => {
    if (i <= at || cells.every((c) => c.trim() === "")) return;
    rows.push({ line: i + firstLine, cells: cells.map(cellText) });
  });
  const aboveHeader = records.slice(0, at).flatMap((r, i) => (r.some((c) => c.trim() !== "") ? [i + firstLine] : []));
  return { header, rows, aboveHeader, headerLine: at + firstLine };
}
