import type { StatusClass } from "../settings";

/**
 * English, the words of the trackers this journal was first tried on: patterns over whole words
 * of the normalised value, in order, the first that matches wins: negations before the words
 * they negate ("not applied", "offer declined"), waiting-after-an-interview before "review"
 * alone, pre-application words before "applied".
 */
export const ENGLISH: readonly (readonly [StatusClass, RegExp])[] = [
  // Not applied yet, said in the negative: still being considered.
  ["considering", /\bnot (yet )?applied\b|\bnot submitted\b|\byet to apply\b/],
  [
    "closed",
    /\b(do ?n[o']?t|will not|won't|decided not to) apply\b|\bnot (interested|a fit|selected|moving forward|pursuing|applying|proceeding)\b|\bno ?go\b|\bpass(ed)?\b|\breject(ed|ion)?\b|\bdeclin(e|ed)\b|\bwithdr(a|e)wn?\b|\bwithdrew\b|\bghost(ed)?\b|\bclosed\b|\bno (longer|response|reply|answer)\b|\bdead\b|\blost\b|\barchived?\b|\baccepted\b|\bhired\b|\bsigned\b|\bfilled\b|\bcancel(l)?ed\b|\bturned down\b|\bunsuccessful\b|\bnot a match\b|\bdiscard(ed)?\b|\bdenied\b|\bdropped\b|\bexpired\b|\binactive\b/,
  ],
  ["offer", /\boffer(ed|s)?\b|\bnegotiat(e|ing|ion)\b/],
  // Waiting for a decision after talking to them.
  [
    "interviewing",
    /\bunder review\b|\bin review\b|\bawaiting (decision|feedback|response|reply|result)s?\b|\bin conversation\b|\bin (process|talks)\b|\bwaiting\b|\bpending (decision|feedback)\b/,
  ],
  [
    "considering",
    /\bnew\b|\bsaved?\b|\bwish ?list\b|\bbookmark(ed)?\b|\bresearch(ing)?\b|\breview(ing|ed)?\b|\bconsider(ing)?\b|\binterest(ed)?\b|\bto apply\b|\bready to apply\b|\bprospect(ive)?\b|\bplann(ed|ing)\b|\bidea\b|\blead\b|\bdraft(ing)?\b|\bpaused?\b|\bon hold\b|\bblocked\b|\bpursue\b|\b(resume|cv|cover letter) (written|ready|done|drafted)\b|\bpreparing\b|\bshortlist(ed)?\b|\btarget\b|\bbacklog\b|\btodo\b|\bto do\b|\bapplying\b|\bqueued?\b/,
  ],
  [
    "applied",
    /\bappl(y|ied|ication)( (sent|submitted|done))?\b|\bsubmitted\b|\bsent\b|\bpending\b|\bactive\b|\bongoing\b|\bin progress\b|\bopen\b/,
  ],
  [
    "interviewing",
    /\binterview(s|ing|ed)?\b|\bscreen(ing)?\b|\bon ?site\b|\btechnical\b|\bround\b|\bfinal\b|\bscheduled\b|\bassessment\b|\btake home\b|\bcall\b|\bphone\b|\bpanel\b|\bcase\b|\bconversation\b|\bchallenge\b|\bhomework\b|\bsuper ?day\b|\breference check\b/,
  ],
];

/**
 * Applied-class words that say the application is going on without saying how far: read as
 * interviewing once the note has an interview date. (`blocked` is not one: held up before
 * sending, in the trackers that use it; tests/corpus/trackers-folder.)
 */
export const ENGLISH_OPEN = /\b(active|open|ongoing|in progress|pending)\b/;
