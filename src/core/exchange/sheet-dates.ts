import { civilFromDays, daysFromCivil } from "../lib/time";

/**
 * Dates as spreadsheets export them: ISO (`2026-03-04`, `2026-03-04 14:30:00`), numbers with
 * slashes, dots or dashes (`3/4/2026`, `04.03.2026`; which number is the day is decided once per
 * file, see `dayOrder`), month names (`Mar 4, 2026`, `4 March 2026`, `Wed, Mar 4, 2026`), and
 * Excel's serial numbers of five digits (`46085`, `46085.5` for noon: 1927 to 2173), each with an optional time
 * (`14:30`, `2:30 PM`). The result is the form notes use: `2026-03-04` or `2026-03-04T14:30`.
 */

export type DayOrder = "mdy" | "dmy";

/** A date as notes write it; `end` when the cell held a range (`October 1 → October 3`). */
export type SheetDate = { value: string; end?: string } | { error: string };

const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/;
const TIME = /^(.*?)[\sT,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([ap])?\.?\s*m?\.?$/i;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const SERIAL = /^\d{5}(\.\d+)?$/;
// Five digits: 18 May 1927 to 2173; a year or a count in a date column is not a day.
const SERIAL_MIN = 10000;
const SERIAL_MAX = 99999;
const EXCEL_EPOCH = daysFromCivil(1899, 12, 30);

/** The languages whose month names are read (`Mar 4, 2026`, `4. März 2026`, `4 mars 2026`, `4 марта 2026`). */
const MONTH_LOCALES = ["en", "de", "fr", "es", "it", "nl", "pt", "ru"];
let monthTable: Map<string, number> | undefined;

/**
 * Month names and their abbreviations, lower case and without dots, from the platform's own
 * calendar data (Intl, which knows every language; date-fns' parser would add 27 KB and English only).
 */
function months(): Map<string, number> {
  if (monthTable) return monthTable;
  monthTable = new Map();
  for (const locale of MONTH_LOCALES)
    for (const width of ["long", "short"] as const) {
      const format = new Intl.DateTimeFormat(locale, { month: width, timeZone: "UTC" });
      // In a date some languages decline the month (марта, not март): both forms are read.
      const inDate = new Intl.DateTimeFormat(locale, { month: width, day: "numeric", timeZone: "UTC" });
      for (let m = 1; m <= 12; m++) {
        const at = Date.UTC(2026, m - 1, 15);
        const declined = inDate.formatToParts(at).find((p) => p.type === "month")?.value ?? "";
        for (const name of [format.format(at), declined].map((n) => n.toLowerCase().replace(/\./g, "")))
          if (name !== "" && !monthTable.has(name)) monthTable.set(name, m);
      }
    }
  // English's four-letter abbreviation of September, which Intl's short form does not give.
  monthTable.set("sept", 9);
  return monthTable;
}

const WEEKDAY = String.raw`(?:\p{L}+\.?,?\s+)?`;
const MONTH_FIRST = new RegExp(String.raw`^${WEEKDAY}(\p{L}+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`, "u");
const DAY_FIRST = new RegExp(
  String.raw`^${WEEKDAY}(\d{1,2})(?:st|nd|rd|th|\.)?[\s-]+(\p{L}+)\.?[\s,-]+(\d{4}|\d{2})$`,
  "u",
);

const pad = (n: number): string => String(n).padStart(2, "0");

function dateText(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || year < 1000 || year > 9999) return undefined;
  const back = civilFromDays(daysFromCivil(year, month, day));
  if (back.month !== month || back.day !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `14:30` from the parts of a time; undefined when it is no time of day. */
function timeText(hours: number, minutes: number, meridiem: string | undefined): string | undefined {
  let h = hours;
  if (meridiem) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (meridiem.toLowerCase() === "p" ? 12 : 0);
  }
  if (h > 23 || minutes > 59) return undefined;
  return `${pad(h)}:${pad(minutes)}`;
}

/** The two numbers of `3/4/2026` before the year, when the text is one. */
export function numericDateParts(text: string): [number, number] | undefined {
  const m = NUMERIC.exec(splitTime(text.trim()).date);
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

function splitTime(text: string): { date: string; time?: string; bad?: true } {
  const m = TIME.exec(text);
  if (!m) return { date: text };
  const time = timeText(Number(m[2]), Number(m[3]), m[5]);
  return time ? { date: (m[1] ?? "").trim(), time } : { date: text, bad: true };
}

/**
 * Which number is the day in a file's `3/4/2026` dates: a first number over 12 says day first,
 * a second over 12 says month first; undefined when no date says (ask the user, never guess).
 */
export function dayOrder(values: readonly string[]): DayOrder | "conflict" | undefined {
  let dmy = false;
  let mdy = false;
  for (const v of values) {
    const parts = numericDateParts(v);
    if (!parts) continue;
    if (parts[0] > 12) dmy = true;
    if (parts[1] > 12) mdy = true;
  }
  if (dmy && mdy) return "conflict";
  return dmy ? "dmy" : mdy ? "mdy" : undefined;
}

/** Whether `3/4/2026` could be either day: both numbers are 12 or less and differ. */
export function isAmbiguous(text: string): boolean {
  const parts = numericDateParts(text);
  return parts !== undefined && parts[0] <= 12 && parts[1] <= 12 && parts[0] !== parts[1];
}

function serialDate(text: string): string | undefined {
  const n = Number(text);
  if (n < SERIAL_MIN || n > SERIAL_MAX) return undefined;
  const days = Math.floor(n);
  const { year, month, day } = civilFromDays(EXCEL_EPOCH + days);
  const date = dateText(year, month, day);
  const minutes = Math.round((n - days) * 1440);
  if (!date || minutes === 0) return date;
  return minutes >= 1440 ? date : `${date}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

function namedDate(text: string): string | undefined {
  const year = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));
  const m = MONTH_FIRST.exec(text);
  const month = m && months().get((m[1] ?? "").toLowerCase());
  if (m && month) return dateText(year(m[3] ?? ""), month, Number(m[2]));
  const d = DAY_FIRST.exec(text);
  const month2 = d && months().get((d[2] ?? "").toLowerCase());
  return d && month2 ? dateText(year(d[3] ?? ""), month2, Number(d[1])) : undefined;
}

function datePart(text: string, order: DayOrder | undefined): SheetDate {
  const iso = ISO.exec(text);
  if (iso) {
    const value = dateText(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return value ? { value } : { error: `"${text}" is not a date of the calendar` };
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[2])];
    const year = (numeric[3] ?? "").length === 2 ? 2000 + Number(numeric[3]) : Number(numeric[3]);
    if (!order && a !== b && a <= 12 && b <= 12)
      return { error: `"${text}" could be day/month or month/day: say which for the file` };
    const value = order === "dmy" || a > 12 ? dateText(year, b, a) : dateText(year, a, b);
    return value ? { value } : { error: `"${text}" is not a date of the calendar` };
  }
  if (SERIAL.test(text)) {
    const value = serialDate(text);
    return value ? { value } : { error: `${text} is a number, not a date` };
  }
  const value = namedDate(text.replace(/\s+/g, " "));
  return value ? { value } : { error: `"${text}" is not a date (write YYYY-MM-DD)` };
}

/**
 * A time zone after a time, as Notion and calendars write it (`2:30 PM (PST)`, `14:00 GMT+1`,
 * `09:00 CET`): dropped, since notes hold the time as the owner lives it, with no zone.
 */
const ZONE =
  /\s*(?:\((?:[A-Z]{2,5}|(?:GMT|UTC)[+-]?\d{0,2}(?::?\d{2})?)\)|(?:GMT|UTC)(?:[+-]\d{1,2}(?::?\d{2})?)?|[PMCE][SD]T|CES?T|BST|IST|JST|KST|AE[SD]T|Z)$/;
/** A range between two dates (`October 1, 2025 → October 3, 2025`, `2026-03-10 to 2026-03-12`). */
const RANGE = /\s+(?:→|->|–|—|to|bis|au|al|a)\s+/;
/** `2026年3月10日`, `2026년 3월 10일`, with an optional time after. */
const CJK = /^(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/;

/** A spreadsheet's date, as notes write it; an error that quotes it when it is none. */
export function sheetDate(raw: string, order?: DayOrder): SheetDate {
  const text = raw.trim().replace(ZONE, "");
  const range = RANGE.exec(text);
  if (range && range.index > 0) {
    const start = oneDate(text.slice(0, range.index), order);
    const end = oneDate(text.slice(range.index + range[0].length), order);
    if (!("error" in start) && !("error" in end)) return { value: start.value, end: end.value };
  }
  return oneDate(text, order);
}

function oneDate(raw: string, order: DayOrder | undefined): SheetDate {
  const text = raw.trim();
  const cjk = CJK.exec(text);
  if (cjk) {
    const rest = text.slice(cjk[0].length).trim();
    const date = dateText(Number(cjk[1]), Number(cjk[2]), Number(cjk[3]));
    if (!date) return { error: `"${text}" is not a date of the calendar` };
    return rest === "" ? { value: date } : sheetDate(`${date} ${rest}`, order);
  }
  if (SERIAL.test(text)) return datePart(text, order);
  const { date, time, bad } = splitTime(text);
  if (bad) return { error: `"${text}" has a time that is none` };
  const day = datePart(date, order);
  if ("error" in day || !time || time === "00:00") return day;
  return { value: `${day.value}T${time}` };
}
