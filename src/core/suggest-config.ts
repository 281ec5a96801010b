import { linkBasename, parseLink } from "./people";
import { isInterviewNote, KeyLookup } from "./schema";
import {
  DEFAULT_KEYS,
  defaultSettings,
  STATUS_CLASSES,
  type KeyField,
  type Settings,
  type StatusClass,
} from "./settings";
import { loadSettings } from "./settings-load";
import { classifyStatus, statusTypo } from "./mapping/status-words";
import { fieldForName } from "./suggest-names";
import { exceedsValues } from "./value-limits";
import { asDate, asList, asText } from "./values";

/**
 * "Map my existing notes": reads the frontmatter of a vault that tracks applications under its
 * own names (Stage, Applied-Date, Contacts …) and proposes settings in the JSON shape that
 * `--config` and the plugin accept, with a reason for every choice. It only proposes, and it
 * never proposes a change to a vault the current settings already read: where it is not sure
 * (a property called only "Date", a status value it cannot place), it proposes nothing for it
 * and says why.
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
  /** Distinct text values (lower case) and how many notes hold each. */
  texts: Map<string, number>;
}

function statsOf(samples: readonly NoteSample[]): Map<string, KeyStats> {
  const stats = new Map<string, KeyStats>();
  for (const { frontmatter } of samples) {
    for (const [key, value] of Object.entries(frontmatter)) {
      let s = stats.get(key);
      if (!s) stats.set(key, (s = { key, notes: 0, dates: 0, lists: 0, links: 0, texts: new Map() }));
      // An empty list still says the property is a list.
      if (Array.isArray(value) && value.length === 0) s.lists++;
      if (asText(value) === undefined) continue;
      s.notes++;
      const date = asDate(value)?.ok === true;
      if (date) s.dates++;
      if (Array.isArray(value)) {
        s.lists++;
        if (asList(value).some((v) => parseLink(v))) s.links++;
      } else if (!date) {
        const text = (asText(value) ?? "").toLowerCase();
        s.texts.set(text, (s.texts.get(text) ?? 0) + 1);
      }
    }
  }
  return stats;
}

const DATE_FIELDS = new Set<KeyField>([
  "interviewDate",
  "appliedOn",
  "followUpOn",
  "followUp1",
  "followUp2",
  "decisionBy",
  "replied",
  "debriefed",
  "referencesInformed",
  "snoozeUntil",
  "thankedOn",
]);
const LIST_FIELDS = new Set<KeyField>(["interviewers", "thanked", "references"]);

function shapeFits(field: KeyField, s: KeyStats): boolean {
  if (DATE_FIELDS.has(field)) return s.notes > 0 && s.dates >= s.notes * 0.7;
  if (LIST_FIELDS.has(field)) return s.lists > 0 || s.texts.size > 0;
  return s.texts.size > 0;
}

function commonFolder(paths: string[]): string {
  const folders = paths.map((p) => p.split("/").slice(0, -1));
  const first = folders[0] ?? [];
  let n = 0;
  while (n < first.length && folders.every((f) => f[n] === first[n])) n++;
  return first.slice(0, n).join("/");
}

/** The status property: the text property whose values fall into the most classes. */
function findStatus(all: Map<string, KeyStats>): { stats: KeyStats; classes: number } | undefined {
  let best: { stats: KeyStats; classes: number; score: number } | undefined;
  for (const s of all.values()) {
    if (s.texts.size === 0 || s.texts.size > 20 || s.lists > s.notes / 2) continue;
    const classes = new Set([...s.texts.keys()].map(classifyStatus).filter((c) => c !== undefined));
    if (classes.size < 2) continue;
    const score = classes.size * 10 + (/status|state|stage|outcome|progress/i.test(s.key) ? 5 : 0) + s.notes / 1e6;
    if (!best || score > best.score) best = { stats: s, classes: classes.size, score };
  }
  return best;
}

/** Statuses by class: the defaults, plus each value seen that the defaults do not place. */
function statusClasses(
  values: string[],
  reasons: string[],
  defaults: Record<StatusClass, string[]>,
): Record<StatusClass, string[]> {
  const known = new Set(STATUS_CLASSES.flatMap((c) => defaults[c].map((v) => v.toLowerCase())));
  const out = Object.fromEntries(STATUS_CLASSES.map((c) => [c, [...defaults[c]]])) as Record<StatusClass, string[]>;
  const unplaced: string[] = [];
  for (const v of values) {
    if (known.has(v)) continue;
    const cls = classifyStatus(v);
    if (cls) out[cls].push(v);
    else unplaced.push(v);
  }
  for (const c of STATUS_CLASSES) reasons.push(`${c} statuses: ${out[c].join(", ")}`);
  if (unplaced.length > 0) {
    reasons.push(
      `not placed in any class (check will list notes with them; add each to a class yourself): ${unplaced.join(", ")}`,
    );
  }
  return out;
}

const TEMPLATE_FOLDER = /^(templates?|_templates?|meta)$/i;

/** A value every job note has in a type-like property (`type: job`, `tags: [job-application]`), none other. */
function sharedType(jobNotes: NoteSample[], others: NoteSample[]): { key: string; value: string } | undefined {
  const found: { key: string; value: string; score: number }[] = [];
  const keys = new Set(
    jobNotes
      .flatMap((n) => Object.keys(n.frontmatter))
      .filter((k) => /^(tags?|type|kind|category|class)$/i.test(k.trim())),
  );
  for (const key of keys) {
    const valuesOf = (n: NoteSample) =>
      new Set(asList(n.frontmatter[key]).map((v) => v.toLowerCase().replace(/^#/, "")));
    const [first, ...rest] = jobNotes.map(valuesOf);
    for (const value of first ?? []) {
      if (!rest.every((v) => v.has(value)) || others.some((n) => valuesOf(n).has(value))) continue;
      found.push({ key, value, score: /job|appl|position|interview|role/.test(value) ? 1 : 0 });
    }
  }
  return found.sort((a, b) => b.score - a.score)[0];
}

/**
 * Which notes are the job notes: a value they all share in a type-like property (a type or a
 * tag), else their common folder. A templates folder among them is excluded.
 */
function jobNotesRule(
  samples: NoteSample[],
  jobNotes: NoteSample[],
  config: Record<string, unknown>,
  keys: Partial<Record<KeyField, string>>,
  reasons: string[],
): string | undefined {
  const inTemplates = (n: NoteSample) =>
    n.path
      .split("/")
      .slice(0, -1)
      .some((f) => TEMPLATE_FOLDER.test(f));
  const templates = [
    ...new Set(
      jobNotes.filter(inTemplates).map((n) => {
        const parts = n.path.split("/");
        return parts.slice(0, parts.findIndex((f) => TEMPLATE_FOLDER.test(f)) + 1).join("/");
      }),
    ),
  ];
  const real = jobNotes.filter((n) => !inTemplates(n));
  if (templates.length > 0) {
    config.excludeFolders = templates;
    reasons.push(`excluded: ${templates.map((t) => `"${t}/"`).join(", ")} (templates)`);
  }
  const jobPaths = new Set(jobNotes.map((n) => n.path));
  const shared = sharedType(
    real,
    samples.filter((n) => !jobPaths.has(n.path)),
  );
  if (shared) {
    keys.type = shared.key;
    config.typeValue = shared.value;
    reasons.push(`application notes: the ones with "${shared.key}: ${shared.value}"`);
    return shared.key;
  }
  const folder = commonFolder(real.map((n) => n.path));
  if (folder !== "") {
    config.interviewFolders = [folder];
    reasons.push(`application notes: everything in "${folder}/" (no type or tag is shared by all of them)`);
  } else {
    reasons.push("application notes: they share no folder, type or tag; add a type property to them");
  }
  return undefined;
}

/** Fields by the words in their names, among properties of the right shape; ties and doubts left unmapped. */
function mapFields(
  jobNotes: NoteSample[],
  used: Set<string>,
  keys: Partial<Record<KeyField, string>>,
  reasons: string[],
): void {
  const candidates: { field: KeyField; key: string; score: number }[] = [];
  for (const s of statsOf(jobNotes).values()) {
    if (used.has(s.key)) continue;
    const named = fieldForName(s.key);
    if ("doubt" in named) {
      reasons.push(`"${s.key}": not mapped, ${named.doubt}`);
      continue;
    }
    if (!named.field) continue;
    if (!shapeFits(named.field, s)) {
      reasons.push(
        `"${s.key}": not mapped to ${DEFAULT_KEYS[named.field]}: its values do not look like ${DATE_FIELDS.has(named.field) ? "dates" : "that"}`,
      );
      continue;
    }
    candidates.push({
      field: named.field,
      key: s.key,
      score: named.score + (named.field === "interviewers" && s.links > 0 ? 1 : 0) + s.notes / 1e6,
    });
  }
  candidates.sort((a, b) => b.score - a.score);
  for (const c of candidates) {
    if (keys[c.field] !== undefined || used.has(c.key)) continue;
    keys[c.field] = c.key;
    used.add(c.key);
    reasons.push(`${DEFAULT_KEYS[c.field]}: "${c.key}"`);
  }
  if (!keys.interviewDate) {
    reasons.push(
      "no interview date property found: applications get no post-interview items (thank-yous, debrief, follow-ups) until you add one",
    );
  }
}

/** The person notes that interviewers link to: the property holding their email. */
function personEmailKey(
  samples: NoteSample[],
  jobNotes: NoteSample[],
  interviewersKey: string,
  reasons: string[],
): string | undefined {
  const linked = new Set(
    jobNotes
      .flatMap((n) => asList(n.frontmatter[interviewersKey]))
      .flatMap((v) => {
        const link = parseLink(v);
        return link ? [linkBasename(link.target).toLowerCase()] : [];
      }),
  );
  const people = samples.filter((s) => linked.has(linkBasename(s.path).toLowerCase()));
  const emailKey = [...statsOf(people).values()].find(
    (s) => [...s.texts.keys()].filter((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)).length >= Math.max(1, s.notes * 0.5),
  );
  if (!emailKey || emailKey.key === defaultSettings().personEmailKey) return undefined;
  reasons.push(`person notes' email: "${emailKey.key}" (${people.length} linked person notes)`);
  return emailKey.key;
}

/**
 * Notes that log a call or an email as their own note: a date and a link to an application.
 * They are not read (see docs/journals.md); saying so beats a silent gap.
 */
function reportLogNotes(samples: NoteSample[], jobNotes: NoteSample[], reasons: string[]): void {
  const jobs = new Set(jobNotes.map((n) => linkBasename(n.path).toLowerCase()));
  const jobPaths = new Set(jobNotes.map((n) => n.path));
  const logs = samples.filter(
    (s) =>
      !jobPaths.has(s.path) &&
      Object.values(s.frontmatter).some((v) => asDate(v)?.ok) &&
      Object.values(s.frontmatter).some((v) =>
        asList(v).some((t) => {
          const link = parseLink(t);
          return link !== undefined && jobs.has(linkBasename(link.target).toLowerCase());
        }),
      ),
  );
  if (logs.length === 0) return;
  const example = logs[0]?.path ?? "";
  reasons.push(
    `${logs.length} notes look like logs of calls or emails linked to an application (such as "${example}"): they are not read; ` +
      "put an interview's date in the application's own note for its follow-ups",
  );
}

/**
 * Proposes settings for the notes in `samples`. `current` is what the vault is read with now
 * (the defaults, or its saved settings): when those already find interview notes, nothing is
 * proposed, so a mapping never makes a working vault worse.
 */
export function suggestConfig(all: NoteSample[], current: Settings = defaultSettings()): ConfigSuggestion {
  const reasons: string[] = [];
  // Every value of every note is looked at: a note whose aliases stand for millions is left out.
  const samples = all.filter((s) => !exceedsValues(s.frontmatter));
  const config: Record<string, unknown> = { version: current.version };
  const lookup = new KeyLookup(current);
  const matching = samples.filter((s) => isInterviewNote(s.path, s.frontmatter, lookup));
  if (matching.length > 0) {
    reasons.push(
      `Your notes already match: ${matching.length} notes are read as interview notes with the current settings, so nothing is proposed.`,
    );
    return { config, reasons };
  }

  const status = findStatus(statsOf(samples));
  if (!status) {
    reasons.push(
      "No property reads like an application status (applied, interviewing, offer, rejected …): nothing to map; the default schema applies.",
    );
    return { config, reasons };
  }
  const statusKey = status.stats.key;
  const jobNotes = samples.filter((s) => asText(s.frontmatter[statusKey]) !== undefined);
  const keys: Partial<Record<KeyField, string>> = { status: statusKey };
  reasons.push(
    `status: "${statusKey}" (values: ${[...status.stats.texts.keys()].sort().join(", ")}) in ${jobNotes.length} notes`,
  );

  const typeKey = jobNotesRule(samples, jobNotes, config, keys, reasons);
  mapFields(jobNotes, new Set([statusKey, ...(typeKey ? [typeKey] : [])]), keys, reasons);
  const statuses = statusClasses([...status.stats.texts.keys()].sort(), reasons, current.statuses);
  if (STATUS_CLASSES.some((c) => statuses[c].join("\n") !== current.statuses[c].join("\n"))) config.statuses = statuses;
  if (keys.interviewers) {
    const emailKey = personEmailKey(samples, jobNotes, keys.interviewers, reasons);
    if (emailKey) config.personEmailKey = emailKey;
  }
  reportLogNotes(samples, jobNotes, reasons);

  const changed = Object.fromEntries(Object.entries(keys).filter(([f, k]) => DEFAULT_KEYS[f as KeyField] !== k));
  // A default name that a mapped field now uses would clash with that default's own field.
  for (const field of Object.keys(DEFAULT_KEYS) as KeyField[]) {
    if (changed[field] !== undefined) continue;
    const clash = Object.values(changed).some((k) => k.toLowerCase() === DEFAULT_KEYS[field].toLowerCase());
    if (clash) {
      changed[field] = `${DEFAULT_KEYS[field]}_jsj`;
      reasons.push(
        `${DEFAULT_KEYS[field]}: "${changed[field]}", a name your notes do not use, as "${DEFAULT_KEYS[field]}" is taken by another field`,
      );
    }
  }
  if (Object.keys(changed).length > 0) config.keys = changed;
  const checked = loadSettings(config, undefined, "suggestion");
  for (const e of checked.errors) reasons.push(`check: ${e}`);
  return { config, reasons };
}
