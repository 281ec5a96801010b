import { distance } from "fastest-levenshtein";
import { STATUS_CLASSES, type Settings, type StatusClass } from "./settings";

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
      // Emoji, bullets and other symbols people decorate a select option with.
      .replace(/[^\p{L}\p{N}'’\s_./-]+/gu, " ")
      .replace(NUMBERING, "")
      .replace(/[’]/g, "'")
      .replace(/[\s_./-]+/g, " ")
      .trim()
  );
}

/**
 * In order, the first that matches wins: negations before the words they negate ("not applied",
 * "offer declined"), waiting-after-an-interview before "review" alone, pre-application words
 * before "applied". Each tests whole words of the normalised value.
 */
const STATUS_WORDS: readonly [StatusClass, RegExp][] = [
  // Not applied yet, said in the negative: still being considered.
  ["considering", /\bnot (yet )?applied\b|\bnot submitted\b|\byet to apply\b/],
  [
    "closed",
    /\b(do ?n[o']?t|will not|won't|decided not to) apply\b|\bnot (interested|a fit|selected|moving forward|pursuing|applying|proceeding)\b|\bno ?go\b|\bpass(ed)?\b|\breject(ed|ion)?\b|\bdeclin(e|ed)\b|\bwithdr(a|e)wn?\b|\bwithdrew\b|\bghost(ed)?\b|\bclosed\b|\bno (longer|response|reply|answer)\b|\bdead\b|\blost\b|\barchived?\b|\baccepted\b|\bhired\b|\bsigned\b|\bfilled\b|\bcancel(l)?ed\b|\bturned down\b|\bunsuccessful\b|\bnot a match\b/,
  ],
  ["offer", /\boffer(ed|s)?\b|\bnegotiat(e|ing|ion)\b/],
  // Waiting for a decision after talking to them.
  [
    "interviewing",
    /\bunder review\b|\bin review\b|\bawaiting (decision|feedback|response|reply|result)s?\b|\bin conversation\b|\bin (process|talks)\b|\bwaiting\b|\bpending (decision|feedback)\b/,
  ],
  [
    "considering",
    /\bnew\b|\bsaved?\b|\bwish ?list\b|\bbookmark(ed)?\b|\bresearch(ing)?\b|\breview(ing)?\b|\bconsider(ing)?\b|\binterest(ed)?\b|\bto apply\b|\bready to apply\b|\bprospect(ive)?\b|\bplann(ed|ing)\b|\bidea\b|\blead\b|\bdraft(ing)?\b|\bpaused?\b|\bon hold\b|\bblocked\b|\bpursue\b|\b(resume|cv|cover letter) (written|ready|done|drafted)\b|\bpreparing\b|\bshortlist(ed)?\b|\btarget\b|\bbacklog\b|\btodo\b|\bto do\b|\bapplying\b/,
  ],
  [
    "applied",
    /\bappl(y|ied|ication)( (sent|submitted|done))?\b|\bsubmitted\b|\bsent\b|\bpending\b|\bactive\b|\bongoing\b|\bin progress\b/,
  ],
  [
    "interviewing",
    /\binterview(s|ing|ed)?\b|\bscreen(ing)?\b|\bon ?site\b|\btechnical\b|\bround\b|\bfinal\b|\bscheduled\b|\bassessment\b|\btake home\b|\bcall\b|\bphone\b|\bpanel\b|\bcase\b|\bconversation\b|\bchallenge\b|\bhomework\b|\bsuper ?day\b|\breference check\b/,
  ],
];

/** The class a status value reads as, or undefined when nothing says (or it looks like a typo). */
export function classifyStatus(value: string): StatusClass | undefined {
  const v = normaliseStatus(value);
  if (v === "") return undefined;
  for (const [cls, re] of STATUS_WORDS) if (re.test(v)) return cls;
  return undefined;
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
