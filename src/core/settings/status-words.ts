import { distance } from "fastest-levenshtein";
import { defaultSettings, STATUS_CLASSES, type Settings, type StatusClass } from "./settings";
import { DUTCH } from "./status-languages/nl";
import { ENGLISH, ENGLISH_OPEN } from "./status-languages/en";
import { FRENCH } from "./status-languages/fr";
import { GERMAN } from "./status-languages/de";
import { ITALIAN } from "./status-languages/it";
import { JAPANESE } from "./status-languages/ja";
import { KOREAN } from "./status-languages/ko";
import { CHINESE } from "./status-languages/zh";
import { PORTUGUESE } from "./status-languages/pt";
import { RUSSIAN } from "./status-languages/ru";
import { SPANISH } from "./status-languages/es";
import { REJECTIONS } from "./status-languages/rejections";
import { foldAccents, RANK, StatusTables, type WordClass } from "./status-languages/table";

/**
 * How a person reads a status value: `✅ Applied`, `3. Interview`, `Do_Not_Apply` and
 * `not-interested` are the words under the decoration. The mapping places vault values with
 * this, and the engine compares a note's status with the settings' lists in this form, so
 * `Under_Review` in a note matches `under review` in a class.
 */
const NUMBERING = /^\s*\d{1,2}\s*[.):-]\s*/u;

// Words of ASCII letters with single spaces between them are already in the form the passes
// below give, and the configured statuses and most notes' statuses are: without compiling the
// Unicode symbol pattern, the key lookup made at every start is 0.75 ms faster in a fresh process.
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function normaliseStatus(value: string): string {
  return PLAIN.test(value) ? value.toLowerCase() : normaliseDecorated(value);
}

/**
 * The passes themselves, for any value (the quick path's test holds the two equal). A function
 * of its own: V8 compiles a function when it first runs, patterns included, so a start that
 * meets only plain words never compiles these.
 */
export function normaliseDecorated(value: string): string {
  return (
    value
      // Lower-cased on both sides of NFKC: either can make letters the other changes (Ϲ, ᾀ).
      .toLowerCase()
      .normalize("NFKC")
      .toLowerCase()
      // A numbering prefix that orders options in a dropdown: `3. `, `03 - `, `2) `.
      .replace(NUMBERING, "")
      // Emoji, bullets and other symbols people decorate a select option with; `)` and `:` stay
      // until the numbering after an emoji is gone (`❌ 2) Rejected`).
      .replace(/[^\p{L}\p{N}'’\s_./:)-]+/gu, " ")
      .replace(NUMBERING, "")
      .replace(/[:)]+/g, " ")
      .replace(/[’]/g, "'")
      .replace(/[\s_./-]+/g, " ")
      .trim()
  );
}

const TABLES = new StatusTables(
  [GERMAN, FRENCH, SPANISH, PORTUGUESE, ITALIAN, DUTCH, JAPANESE, CHINESE, KOREAN, RUSSIAN],
  normaliseStatus,
);

/** The class a status value reads as, with `open` for a word that says going on without a stage. */
function readWord(value: string): WordClass | undefined {
  const v = normaliseStatus(value);
  if (v === "") return undefined;
  // English words inside Chinese, Japanese or Korean (待offer, awaiting the offer) read in that language first.
  if (CJK.test(v)) {
    const cls = TABLES.classOf(v);
    if (cls) return cls;
  }
  const english = readEnglish(v);
  // Latin letters may be English or another language, or both (`Absage nach Interview`): where
  // the two read differently, the further stage wins, as within one language.
  const other = TABLES.classOf(v);
  if (english === undefined) return other;
  return other !== undefined && RANK[other] > RANK[english] ? other : english;
}

function readEnglish(v: string): WordClass | undefined {
  for (const [cls, re] of ENGLISH) if (re.test(v)) return cls === "applied" && ENGLISH_OPEN.test(v) ? "open" : cls;
  return undefined;
}

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;

/**
 * The class a status value reads as, or undefined when nothing says (or it looks like a typo):
 * English and the other languages' tables (status-languages/), the further stage where they
 * differ. A word that says going on without a stage (Active, laufend, 进行中) is applied; see
 * `isOpenStatus`.
 */
export function classifyStatus(value: string): StatusClass | undefined {
  const cls = readWord(value);
  return cls === "open" ? "applied" : cls;
}

/**
 * Whether a status says the application is going on without saying how far (Active, Open,
 * In progress, laufend, en cours, 进行中, 選考中): the note's dates tell its stage, so one with
 * an interview date is interviewing.
 */
export function isOpenStatus(value: string): boolean {
  return readWord(value) === "open";
}

/** Whether a closed status says the employer turned the applicant down (Rejected, Absage, 書類落ち). */
export function isRejection(value: string): boolean {
  const v = foldAccents(normaliseStatus(value));
  return REJECTIONS.some((r) => v.includes(r));
}

/** The words a status is usually written with: what a typo is measured against. */
const KNOWN_WORDS: readonly string[] = [
  "applied",
  "application",
  "submitted",
  "active",
  "pending",
  "interview",
  "interviewing",
  "interviewed",
  "screening",
  "scheduled",
  "onsite",
  "technical",
  "offer",
  "offered",
  "rejected",
  "declined",
  "withdrawn",
  "ghosted",
  "closed",
  "accepted",
  "considering",
  "interested",
  "reviewing",
  "wishlist",
  "saved",
  "waiting",
  "archived",
];

/**
 * A known word that a value not placed in any class looks like a typo of (`applid` → applied,
 * `Actve` → active), so it can be named instead of placed: a guess would be silent, and a wrong
 * one would cost the user follow-ups.
 */
export function statusTypo(value: string): string | undefined {
  const v = normaliseStatus(value);
  if (v === "" || classifyStatus(value) !== undefined) return undefined;
  let best: { word: string; d: number } | undefined;
  for (const part of v.split(" ")) {
    if (part.length < 4) continue;
    for (const word of KNOWN_WORDS) {
      const d = distance(part, word);
      const allowed = word.length >= 8 ? 2 : 1;
      if (d > 0 && d <= allowed && (!best || d < best.d)) best = { word, d };
    }
  }
  return best?.word;
}

/** Whether a status is one of the words the tool ships with (the default classes), not a vault's own. */
export function isStockStatus(value: string): boolean {
  STOCK ??= new Set(STATUS_CLASSES.flatMap((c) => defaultSettings().statuses[c].map(normaliseStatus)));
  return STOCK.has(normaliseStatus(value));
}

/** The default classes' words, normalised: made when first asked. */
let STOCK: Set<string> | undefined;

/**
 * The value written for a class: the vault's own word (`writeStatuses`, which the mapping fills
 * from what the notes use most), else the class's first status (for closed, `closed` when listed).
 */
export function statusFor(cls: StatusClass, settings: Settings): string {
  const own = settings.writeStatuses[cls].trim();
  if (own !== "") return own;
  const listed = settings.statuses[cls];
  if (cls === "closed") return listed.find((s) => s.toLowerCase() === "closed") ?? listed[0] ?? "closed";
  return listed[0] ?? cls;
}

/**
 * A status the user typed (`reply --status rejected`), spelled as the settings list it: the vault's
 * `Rejected` for `rejected`, `Under_Review` for `under review`. Unlisted text is kept as typed.
 */
export function vaultSpelling(status: string, settings: Settings): string {
  const wanted = normaliseStatus(status);
  for (const cls of STATUS_CLASSES)
    for (const listed of settings.statuses[cls]) if (normaliseStatus(listed) === wanted) return listed;
  return status.trim();
}
