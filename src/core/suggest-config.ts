import { linkBasename, parseLink } from "./people";
import { DEFAULT_KEYS, defaultSettings, type KeyField } from "./settings";
import { loadSettings } from "./settings-load";
import { asDate, asList, asText } from "./values";

/**
 * "Map my existing notes": reads the frontmatter of a vault that tracks applications under its
 * own names (App-Stage, Applied-Date, Contacts …) and proposes settings in the JSON shape that
 * `--config` and the plugin accept, with a reason for every choice. It only proposes; the user
 * confirms. Names are matched by the words they contain, values by what they look like.
 */

export interface NoteSample {
  path: string;
  frontmatter: Record<string, unknown>;
}

export interface ConfigSuggestion {
  config: Record<string, unknown>;
  reasons: string[];
}

interface KeyStats {
  key: string;
  notes: number;
  dates: number;
  lists: number;
  links: number;
  texts: Map<string, number>;
}

const PIPELINE_WORDS = /appl|interview|offer|reject|ghost|screen|onsite|withdr|declin|hired|accept|waiting|scheduled|round/i;
const CLOSED_WORDS = /reject|declin|withdr|ghost|closed|offer|accept|hired|no (longer|response)|dead|lost|pass(ed)?$/i;

function words(key: string): string {
  return ` ${key.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim()} `;
}

function statsOf(samples: NoteSample[]): Map<string, KeyStats> {
  const stats = new Map<string, KeyStats>();
  for (const { frontmatter } of samples) {
    for (const [key, value] of Object.entries(frontmatter)) {
      let s = stats.get(key);
      if (!s) {
        s = { key, notes: 0, dates: 0, lists: 0, links: 0, texts: new Map() };
        stats.set(key, s);
      }
      s.notes++;
      if (asDate(value)?.ok) s.dates++;
      if (Array.isArray(value)) {
        s.lists++;
        if (asList(value).some((v) => parseLink(v))) s.links++;
      } else {
        const text = asText(value);
        if (text !== undefined && !asDate(value)?.ok) s.texts.set(text.toLowerCase(), (s.texts.get(text.toLowerCase()) ?? 0) + 1);
      }
    }
  }
  return stats;
}

/** How well a property name fits a field: 0 when it does not. */
const NAME_SCORES: Partial<Record<KeyField, (w: string) => number>> = {
  interviewDate: (w) => (/\binterview\b/.test(w) && /\b(date|on|at|when)\b/.test(w) ? 3 : /\binterview\b/.test(w) ? 2 : /\bapplied\b/.test(w) ? 1 : w === " date " ? 2 : 0),
  followUpOn: (w) => (/\bfollow\b/.test(w) && /\b(remind|reminder|next|due|on)\b/.test(w) ? 3 : 0),
  followUp1: (w) => (/\bfollow\b/.test(w) && /\b(1|first)\b/.test(w) ? 3 : 0),
  followUp2: (w) => (/\bfollow\b/.test(w) && /\b(2|second)\b/.test(w) ? 3 : 0),
  decisionBy: (w) => (/\b(decision|deadline|decide)\b/.test(w) ? 3 : 0),
  replied: (w) => (/\b(replied|reply|response|heard)\b/.test(w) ? 3 : 0),
  debriefed: (w) => (/\bdebrief(ed)?\b/.test(w) ? 3 : 0),
  referencesInformed: (w) => (/\breferences?\b/.test(w) && /\b(informed|told|notified)\b/.test(w) ? 3 : 0),
  snoozeUntil: (w) => (/\bsnooze\b/.test(w) ? 3 : 0),
  interviewers: (w) => (/\b(contacts?|interviewers?|people|who|panel)\b/.test(w) ? 3 : 0),
  thanked: (w) => (/\b(thanked|thank|thanks|thank yous)\b/.test(w) && !/\b(date|on|when)\b/.test(w) ? 3 : 0),
  thankedOn: (w) => (/\b(thanked|thank|thanks|thank you)\b/.test(w) && /\b(date|on|when)\b/.test(w) ? 3 : 0),
  references: (w) => (/\breferences?\b/.test(w) && !/\b(informed|told|notified)\b/.test(w) ? 3 : 0),
  company: (w) => (/\b(company|employer|organisation|organization|org)\b/.test(w) ? 3 : 0),
  role: (w) => (/\b(role|position|title|job)\b/.test(w) ? 3 : 0),
  stage: (w) => (/\b(round|interview stage|interview type)\b/.test(w) ? 3 : 0),
  contactPreference: (w) => (/\b(preference|prefers|channel|contact method)\b/.test(w) ? 3 : 0),
};

const DATE_FIELDS: KeyField[] = ["interviewDate", "followUpOn", "followUp1", "followUp2", "decisionBy", "replied", "debriefed", "referencesInformed", "snoozeUntil", "thankedOn"];
const LIST_FIELDS: KeyField[] = ["interviewers", "thanked", "references"];
const TEXT_FIELDS: KeyField[] = ["company", "role", "stage", "contactPreference"];

function commonFolder(paths: string[]): string {
  const folders = paths.map((p) => p.split("/").slice(0, -1));
  const first = folders[0] ?? [];
  let n = 0;
  while (n < first.length && folders.every((f) => f[n] === first[n])) n++;
  return first.slice(0, n).join("/");
}

export function suggestConfig(samples: NoteSample[]): ConfigSuggestion {
  const reasons: string[] = [];
  const defaults = defaultSettings();
  const all = statsOf(samples);

  // The status: a text property with a handful of values that read like a job pipeline; one
  // named status, stage or state first, then the one whose values read most like steps.
  const statusScore = (s: KeyStats): number =>
    (/\b(status|stage|state)\b/.test(words(s.key)) ? 100 : 0) + [...s.texts.keys()].filter((v) => PIPELINE_WORDS.test(v)).length * 10 + s.notes / 1e6;
  const statusKey = [...all.values()]
    .filter((s) => s.texts.size > 0 && s.texts.size <= 15 && [...s.texts.keys()].filter((v) => PIPELINE_WORDS.test(v)).length >= 2)
    .sort((a, b) => statusScore(b) - statusScore(a))[0];
  const jobNotes = statusKey ? samples.filter((s) => statusKey.key in s.frontmatter) : [];
  const config: Record<string, unknown> = { version: defaults.version };
  const keys: Partial<Record<KeyField, string>> = {};
  if (!statusKey || jobNotes.length === 0) {
    reasons.push("No property reads like an application status (applied, interviewing, offer, rejected …): nothing to map; the default schema applies.");
    return { config, reasons };
  }
  keys.status = statusKey.key;
  reasons.push(`status: "${statusKey.key}" (values: ${[...statusKey.texts.keys()].sort().join(", ")}) in ${jobNotes.length} notes`);

  // Which notes are the job notes: a constant type-like property, else their common folder.
  const typeLike = [...statsOf(jobNotes).values()].find((s) => s.notes === jobNotes.length && s.texts.size === 1 && /type|kind|category|class/i.test(s.key));
  const typeValue = typeLike ? [...typeLike.texts.keys()][0] : undefined;
  if (typeLike && typeValue) {
    keys.type = typeLike.key;
    config.typeValue = typeValue;
    reasons.push(`interview notes: "${typeLike.key}: ${typeValue}"`);
  } else {
    const folder = commonFolder(jobNotes.map((n) => n.path));
    if (folder !== "") {
      config.interviewFolders = [folder];
      reasons.push(`interview notes: everything in "${folder}/" (no type property is shared by all of them)`);
    } else {
      reasons.push("interview notes: they share no folder and no type property; add a type property to them");
    }
  }

  // Fields by name, among the job notes' properties of the right shape.
  const jobStats = statsOf(jobNotes);
  const used = new Set<string>([statusKey.key, ...(typeLike ? [typeLike.key] : [])]);
  const shapeOk = (field: KeyField, s: KeyStats): boolean =>
    DATE_FIELDS.includes(field) ? s.dates >= s.notes * 0.7 : LIST_FIELDS.includes(field) ? s.lists > 0 : TEXT_FIELDS.includes(field) ? s.texts.size > 0 : false;
  const candidates: { field: KeyField; key: string; score: number }[] = [];
  for (const [field, score] of Object.entries(NAME_SCORES) as [KeyField, (w: string) => number][]) {
    for (const s of jobStats.values()) {
      const sc = score(words(s.key));
      if (sc > 0 && shapeOk(field, s)) candidates.push({ field, key: s.key, score: sc + (field === "interviewers" && s.links > 0 ? 1 : 0) });
    }
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    if (keys[c.field] !== undefined || used.has(c.key)) continue;
    keys[c.field] = c.key;
    used.add(c.key);
    reasons.push(`${DEFAULT_KEYS[c.field]}: "${c.key}"${c.field === "interviewDate" && !/interview/i.test(c.key) ? " (no interview date found: follow-ups will count from this date)" : ""}`);
  }

  // Closed statuses: the values that end a process.
  // Seen values join the defaults: a status not used yet (withdrawn, accepted) stays known.
  const values = [...statusKey.texts.keys()].sort();
  const union = (base: string[], seen: string[]) => [...new Set([...base, ...seen])];
  config.closedStatuses = union(defaults.closedStatuses, values.filter((v) => CLOSED_WORDS.test(v)));
  config.activeStatuses = union(defaults.activeStatuses, values.filter((v) => !CLOSED_WORDS.test(v)));
  config.preInterviewStatuses = union(defaults.preInterviewStatuses, values.filter((v) => /^(applied|application( sent| submitted)?|submitted|sent)$/i.test(v)));
  config.offerStatuses = union(defaults.offerStatuses, values.filter((v) => /offer/i.test(v)));
  config.acceptedStatuses = union(defaults.acceptedStatuses, values.filter((v) => /accept|hired|signed/i.test(v)));
  reasons.push(`closed statuses: ${(config.closedStatuses as string[]).join(", ") || "none"}`);

  // The person notes that interviewers link to: their email property.
  const interviewersKey = keys.interviewers;
  if (interviewersKey) {
    const linked = new Set(jobNotes.flatMap((n) => asList(n.frontmatter[interviewersKey])).flatMap((v) => {
      const link = parseLink(v);
      return link ? [linkBasename(link.target).toLowerCase()] : [];
    }));
    const people = samples.filter((s) => linked.has(linkBasename(s.path).toLowerCase()));
    const emailKey = [...statsOf(people).values()].find((s) => [...s.texts.keys()].filter((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)).length >= Math.max(1, s.notes * 0.5));
    if (emailKey && emailKey.key !== defaults.personEmailKey) {
      config.personEmailKey = emailKey.key;
      reasons.push(`person notes' email: "${emailKey.key}" (${people.length} linked person notes)`);
    }
  }

  const changed = Object.fromEntries(Object.entries(keys).filter(([f, k]) => DEFAULT_KEYS[f as KeyField] !== k));
  // A default name that a mapped field now uses would clash with that default's own field.
  for (const field of Object.keys(DEFAULT_KEYS) as KeyField[]) {
    if (changed[field] !== undefined) continue;
    const clash = Object.values(changed).some((k) => k.toLowerCase() === DEFAULT_KEYS[field].toLowerCase());
    if (clash) changed[field] = `${DEFAULT_KEYS[field]}_jsj`;
  }
  if (Object.keys(changed).length > 0) config.keys = changed;
  const checked = loadSettings(config, undefined, "suggestion");
  for (const e of checked.errors) reasons.push(`check: ${e}`);
  return { config, reasons };
}
