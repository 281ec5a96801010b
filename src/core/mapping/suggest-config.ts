import { isInterviewNote, KeyLookup } from "../notes/schema";
import { DEFAULT_KEYS, defaultSettings, STATUS_CLASSES, type Settings, type StatusClass } from "../settings/settings";
import type { KeyField } from "../settings/fields";
import { loadSettings } from "../settings/settings-load";
import { exceedsValues } from "../notes/value-limits";
import { asText } from "../notes/values";
import { chooseFields } from "./choose-fields";
import { dashboardReason, inlineFields, personLike, templateReason } from "../notes/note-roles";
import { commonFolder, kindsOf } from "./note-kinds";
import { findMeetings } from "./meeting-notes";
import type { NoteSample } from "./note-sample";
import { propertyStats, spelling, type PropertyStats } from "./property-stats";
import {
  classifyStatus,
  isOpenStatus,
  isRejection,
  normaliseStatus,
  statusFor,
  statusTypo,
} from "../settings/status-words";
import { personEmailKey, reportLogNotes } from "./related-notes";
import { words } from "./suggest-names";
import { isBase, vaultVocabulary, type VocabularyWord } from "./vocabulary";

/**
 * "Map my existing notes": reads a vault that tracks applications under its own names (App-Stage,
 * Applied-Date, Contacts …) and proposes settings in the JSON shape that `--config` and the
 * plugin accept, with a reason for every choice and a review of what it found. Properties are
 * chosen by meaning (a name that says what it is, values of the right shape), notes that are not
 * applications (templates, dashboards, people) are left out with the reason, and every status
 * value is placed as a person would place it or named when it cannot be. It only proposes.
 */

export interface MappingContext {
  /** The folders the vault's Templates core plugin and Templater take templates from. */
  templateFolders?: readonly string[];
  /** Propose a mapping even when the current settings already read the notes (a review of a saved mapping). */
  fresh?: boolean;
}

export interface StatusValueReview {
  /** As the notes write it most. */
  value: string;
  notes: number;
  /** Its class, when it reads as one. */
  cls?: StatusClass;
  /** The known word it looks like a typo of: not placed. */
  typo?: string;
}

/** What the mapping found, for a review before anything is saved. */
export interface MappingReview {
  /** The property read as the status, and the others that were weighed. */
  status?: { key: string; alternatives: { key: string; why: string }[] };
  /** Field → property, the mapped ones. */
  fields: Partial<Record<KeyField, string>>;
  /** Every status value: unplaced and typo-like values first. */
  statusValues: StatusValueReview[];
  /** The value written for each class. */
  writeStatuses: Record<StatusClass, string>;
  applications: string[];
  leftOut: { path: string; why: string }[];
  /** What the mapping could not decide and the user should look at (check lists them). */
  doubts: string[];
}

export interface ConfigSuggestion {
  config: Record<string, unknown>;
  reasons: string[];
  review: MappingReview;
}

const STATUS_NAME = /\b(status|stage|state|phase|progress|outcome|pipeline)\b/;
const NOT_STATUS_NAME = /\b(round|interview|last|next|type|priority|source|rating|action|strength|method|role)\b/;

interface StatusCandidate {
  stats: PropertyStats;
  classes: Set<StatusClass>;
  score: number;
}

function statusCandidates(all: Map<string, PropertyStats>): StatusCandidate[] {
  const out: StatusCandidate[] = [];
  for (const s of all.values()) {
    if (s.texts.size === 0 || s.texts.size > 30 || s.lists > s.notes / 2) continue;
    let placed = 0;
    const classes = new Set<StatusClass>();
    for (const [value, n] of s.texts) {
      const cls = classifyStatus(value);
      if (cls) {
        classes.add(cls);
        placed += n;
      }
    }
    const w = words(s.key);
    const named = STATUS_NAME.test(w) && !NOT_STATUS_NAME.test(w);
    if (classes.size < 2) {
      // Words no table knows (another language, a tracker's own): a status by its name and shape.
      if (named && shapedLikeStatus(s)) out.push({ stats: s, classes, score: 5 + classes.size + s.notes / 1e6 });
      continue;
    }
    const score = classes.size * 10 + (placed / s.notes) * 10 + (named ? 15 : 0) - (NOT_STATUS_NAME.test(w) ? 25 : 0);
    out.push({ stats: s, classes, score: score + s.notes / 1e6 });
  }
  return out.sort((a, b) => b.score - a.score);
}

/**
 * Values shaped like a status: short words, a few of them, each shared by several notes
 * (a company or a title differs from note to note), not dates, numbers, links or true/false.
 */
function shapedLikeStatus(s: PropertyStats): boolean {
  const values = [...s.texts.keys()];
  const other = s.dates + s.numbers + s.urls + s.emails + s.links + s.booleans;
  return (
    s.notes >= 4 &&
    values.length >= 2 &&
    values.length <= 12 &&
    s.notes >= values.length * 1.5 &&
    other <= s.items * 0.1 &&
    values.every((v) => v.length <= 40 && v.split(/\s+/).length <= 5)
  );
}

function describeCandidate(c: StatusCandidate): string {
  const w = words(c.stats.key);
  const name = NOT_STATUS_NAME.test(w)
    ? "its name reads as a round or another kind of field"
    : STATUS_NAME.test(w)
      ? "its name says status"
      : "its name says nothing";
  if (c.classes.size < 2)
    return `${name}; ${c.stats.texts.size} short values shared by its ${c.stats.notes} notes, in words no table knows: place them`;
  return `${name}; values in ${c.classes.size} classes (${[...c.classes].join(", ")})`;
}

const under = (path: string, folder: string): boolean => folder === "" || path.startsWith(`${folder}/`);

interface Found {
  jobNotes: NoteSample[];
  leftOut: { path: string; why: string }[];
  doubts: string[];
}

/**
 * Which notes holding a status are applications: not people (a person's properties), not notes
 * of another kind (a type or tag the applications do not have).
 */
function applicationNotes(withStatus: NoteSample[], leftOut: Found["leftOut"]): NoteSample[] {
  const rest: NoteSample[] = [];
  for (const n of withStatus) {
    if (personLike(n.frontmatter))
      leftOut.push({ path: n.path, why: "a person (a contact's properties: email, phone …)" });
    else rest.push(n);
  }
  const counts = new Map<string, number>();
  for (const n of rest) for (const kind of kindsOf(n).keys()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const main = [...counts].sort((a, b) => b[1] - a[1])[0];
  if (!main || main[1] < rest.length / 2) return rest;
  return rest.filter((n) => {
    const kinds = kindsOf(n);
    if (kinds.size === 0 || kinds.has(main[0])) return true;
    const [kind, key] = [...kinds][0] ?? ["", ""];
    leftOut.push({ path: n.path, why: `another kind of note (${key === "#" ? `#${kind}` : `${key}: ${kind}`})` });
    return false;
  });
}

/** A value every application has in a type-like property and no other note has. */
function sharedKind(jobNotes: NoteSample[], others: NoteSample[]): { key: string; value: string } | undefined {
  const [first, ...rest] = jobNotes.map(kindsOf);
  const found: { key: string; value: string; score: number }[] = [];
  for (const [value, key] of first ?? []) {
    if (key === "#") continue; // a body tag is not a property the engine reads
    if (!rest.every((k) => k.get(value) === key)) continue;
    if (others.some((n) => kindsOf(n).get(value) === key)) continue;
    found.push({ key, value, score: /job|appl|position|interview|role|opportunit/.test(value) ? 1 : 0 });
  }
  return found.sort((a, b) => b.score - a.score)[0];
}

/** What the proposal is being written into: the settings, the keys chosen, and the reasons given. */
interface Proposal {
  config: Record<string, unknown>;
  keys: Partial<Record<KeyField, string>>;
  reasons: string[];
}

/** How the engine will find the applications: a shared type or tag, else their folder. */
function applicationRule(
  found: Found,
  vault: { samples: NoteSample[]; templates: Set<string>; statusKey: string },
  { config, keys, reasons }: Proposal,
): string | undefined {
  const { samples, templates, statusKey } = vault;
  const jobPaths = new Set(found.jobNotes.map((n) => n.path));
  const others = samples.filter((n) => !jobPaths.has(n.path) && !templates.has(n.path));
  const shared = sharedKind(found.jobNotes, others);
  if (shared) {
    keys.type = shared.key;
    config.typeValue = shared.value;
    reasons.push(`application notes: the ones with "${shared.key}: ${shared.value}" (${found.jobNotes.length} notes)`);
    return shared.key;
  }
  const folder = commonFolder(found.jobNotes.map((n) => n.path));
  if (folder === "") {
    reasons.push("application notes: they share no folder, type or tag; add a type property to them");
    return undefined;
  }
  config.interviewFolders = [folder];
  reasons.push(
    `application notes: the ${found.jobNotes.length} notes with a ${statusKey} in "${folder}/" (no type or tag is shared by all of them)`,
  );
  const inFolder = others.filter((n) => under(n.path, folder));
  if (inFolder.some((n) => asText(n.frontmatter[statusKey]) === undefined)) {
    config.needsStatus = true;
    reasons.push(`notes in "${folder}/" without a ${statusKey} are not applications (dashboards, indexes)`);
  }
  for (const n of inFolder.filter((x) => asText(x.frontmatter[statusKey]) !== undefined)) {
    const why = found.leftOut.find((l) => l.path === n.path)?.why ?? "not an application";
    const doubt = `"${n.path}" is ${why}, but in "${folder}/" with a ${statusKey} it will be read as one: give it a type`;
    reasons.push(doubt);
    found.doubts.push(doubt);
  }
  return undefined;
}

/**
 * Folders of templates that the application rule would take for applications (they share the
 * type or the folder). Templates elsewhere need nothing; one with placeholders is never read anyway.
 */
function templatesMatched(
  samples: NoteSample[],
  templates: Set<string>,
  config: Record<string, unknown>,
  typeKey: string | undefined,
): string[] {
  const folders = (config.interviewFolders as string[] | undefined) ?? [];
  const value = config.typeValue as string | undefined;
  const matched = samples.filter(
    (n) =>
      templates.has(n.path) &&
      (folders.some((f) => under(n.path, f)) ||
        (typeKey !== undefined && value !== undefined && kindsOf(n).has(value))),
  );
  // Never a folder that holds applications too: a template beside them is told apart by its placeholders.
  const holdsApplications = (f: string) =>
    samples.some((n) => !templates.has(n.path) && under(n.path, f)) || folders.some((a) => under(a, f) || a === f);
  return [
    ...new Set(
      matched.map((n) => n.path.split("/").slice(0, -1).join("/")).filter((f) => f !== "" && !holdsApplications(f)),
    ),
  ];
}

/** Every status value of the applications, with its class as a person would give it. */
function reviewStatuses(stats: PropertyStats): StatusValueReview[] {
  const values: StatusValueReview[] = [];
  for (const [lower, n] of stats.texts) {
    const value = spelling(stats, lower);
    const cls = classifyStatus(value);
    values.push({ value, notes: n, cls, typo: cls ? undefined : statusTypo(value) });
  }
  const rank = (v: StatusValueReview) => (v.cls ? 2 : v.typo ? 0 : 1);
  return values.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      STATUS_CLASSES.indexOf(a.cls ?? "considering") - STATUS_CLASSES.indexOf(b.cls ?? "considering") ||
      b.notes - a.notes ||
      a.value.localeCompare(b.value),
  );
}

/** The classes: the vault's values as it writes them, then the defaults that do not say otherwise. */
function statusLists(values: StatusValueReview[], defaults: Settings["statuses"]): Settings["statuses"] {
  const out = Object.fromEntries(STATUS_CLASSES.map((c) => [c, [] as string[]])) as Settings["statuses"];
  const taken = new Set<string>();
  for (const v of values) {
    if (!v.cls) continue;
    out[v.cls].push(v.value);
    taken.add(normaliseStatus(v.value));
  }
  // Values that look like typos or read as nothing are left out on purpose: check names them.
  for (const v of values) if (!v.cls) taken.add(normaliseStatus(v.value));
  for (const c of STATUS_CLASSES) {
    for (const d of defaults[c]) {
      if (taken.has(normaliseStatus(d))) continue;
      taken.add(normaliseStatus(d));
      out[c].push(d);
    }
  }
  return out;
}

/**
 * Closed words a tool should not write when it closes an application: a closed application was
 * not accepted, and was applied to (so not "do not apply").
 */
const NOT_FOR_CLOSING = /\b(accepted|hired|signed|apply|applying|applied|interested)\b/;

/** A class's plain word in English, written before a stage of it (Interview before Final Round). */
const PLAIN: Partial<Record<StatusClass, RegExp>> = {
  applied: /^(applied|submitted)$/,
  interviewing: /^(interview|interviewing|interviews)$/,
  offer: /^(offer|offered)$/,
};

/**
 * The value each class is written as: its plain word, else the one the applications use most,
 * else the default word. For closed, a word that says the employer refused comes after the
 * vault's other closed words: closing is the user moving on.
 */
function writeWords(values: StatusValueReview[], settings: Settings): Record<StatusClass, string> {
  const out = {} as Record<StatusClass, string>;
  const refusal = (v: StatusValueReview) => (v.cls === "closed" && isRejection(v.value) ? 1 : 0);
  // The plain word of a class (Interview) before a stage of it (Final Round, Screening).
  const plain = (v: StatusValueReview) => (v.cls && PLAIN[v.cls]?.test(normaliseStatus(v.value)) ? 0 : 1);
  for (const c of STATUS_CLASSES) {
    let placed = values.filter((v) => v.cls === c);
    if (c === "closed") placed = placed.filter((v) => !NOT_FOR_CLOSING.test(normaliseStatus(v.value)));
    const used = placed.sort((a, b) => refusal(a) - refusal(b) || plain(a) - plain(b) || b.notes - a.notes)[0];
    out[c] = used?.value ?? statusFor(c, settings);
  }
  return out;
}

function statusReasons(values: StatusValueReview[], words: Record<StatusClass, string>, reasons: string[]): void {
  for (const v of values.filter((x) => !x.cls)) {
    reasons.push(
      v.typo
        ? `"${v.value}" (${v.notes} notes): did you mean ${v.typo}? Not placed; fix the notes, or place it (in the review, or suggest-config --place "${v.value}=<class>")`
        : `"${v.value}" (${v.notes} notes): in no class; place it (in the review, or suggest-config --place "${v.value}=<class>"), or check will list its notes`,
    );
  }
  for (const c of STATUS_CLASSES) {
    const placed = values.filter((v) => v.cls === c).map((v) => v.value);
    if (placed.length > 0) reasons.push(`${c}: ${placed.join(", ")} (written as "${words[c]}")`);
  }
}

/** Dataview inline fields that hold what properties would: named, with how to move them. */
function reportInlineFields(samples: NoteSample[], reasons: string[], doubts?: string[]): void {
  const seen = new Map<string, number>();
  for (const n of samples)
    for (const name of inlineFields(n.body ?? "").keys()) seen.set(name, (seen.get(name) ?? 0) + 1);
  const job = [...seen].filter(([name]) => {
    const w = words(name);
    return STATUS_NAME.test(w) || /\b(appl|follow|interview|date|company|role|position)/.test(w);
  });
  if (job.length === 0) return;
  doubts?.push(`inline fields are not read: ${job.map(([name, n]) => `${name}:: in ${n} notes`).join(", ")}`);
  reasons.push(
    `Dataview inline fields in the notes' text (${job.map(([name, n]) => `${name}:: in ${n} notes`).join(", ")}) are not read: ` +
      "the tool reads properties only, as Obsidian's Properties panel and Bases do. To use them, move each into the " +
      "note's properties (the `Status:: Applied` line becomes `Status: Applied` between the --- lines at the top), then map again.",
  );
}

/** Names for a field whose default name the vault uses for something else (`stage` as its status). */
const SPARE_NAMES: Partial<Record<KeyField, string>> = {
  stage: "interview_stage",
  status: "application_status",
  type: "note_type",
  company: "employer",
  role: "job_title",
};

function emptyReview(): MappingReview {
  const words = {} as Record<StatusClass, string>;
  for (const c of STATUS_CLASSES) words[c] = statusFor(c, defaultSettings());
  return { fields: {}, statusValues: [], writeStatuses: words, applications: [], leftOut: [], doubts: [] };
}

/** With the current settings some notes already read as application notes: nothing to propose. */
function alreadyMatches(samples: NoteSample[], current: Settings, reasons: string[], review: MappingReview): boolean {
  const lookup = new KeyLookup(current);
  const matching = samples.filter((s) => isInterviewNote(s.path, s.frontmatter, lookup));
  if (matching.length === 0) return false;
  reasons.push(
    `Your notes already match: ${matching.length} notes are read as application notes with the current settings, so nothing is proposed.`,
  );
  review.applications = matching.map((s) => s.path);
  return true;
}

/** Templates are left out before anything is counted: their placeholders are not values. */
function setTemplatesAside(
  samples: NoteSample[],
  review: MappingReview,
  context: MappingContext,
): { templates: Set<string>; candidates: NoteSample[] } {
  const templates = new Set<string>();
  const candidates: NoteSample[] = [];
  for (const n of samples) {
    const why = templateReason(n.path, n.frontmatter, n.body ?? "", context.templateFolders ?? []);
    if (why) {
      review.leftOut.push({ path: n.path, why });
      templates.add(n.path);
    } else candidates.push(n);
  }
  return { templates, candidates };
}

/** The notes with the chosen status property that read as applications; dashboards left out with why. */
function findApplications(
  candidates: NoteSample[],
  ranked: StatusCandidate[],
  review: MappingReview,
  reasons: string[],
): Found {
  const status = ranked[0] as StatusCandidate;
  const statusKey = status.stats.key;
  const found: Found = { jobNotes: [], leftOut: review.leftOut, doubts: review.doubts };
  const withStatus: NoteSample[] = [];
  for (const n of candidates) {
    if (asText(n.frontmatter[statusKey]) !== undefined) withStatus.push(n);
    else {
      const dashboard = dashboardReason(n.frontmatter, n.body ?? "");
      if (dashboard) found.leftOut.push({ path: n.path, why: dashboard });
    }
  }
  found.jobNotes = applicationNotes(withStatus, found.leftOut);
  review.applications = found.jobNotes.map((n) => n.path);
  const others = ranked.slice(1, 3).map((c) => `"${c.stats.key}" (${describeCandidate(c)})`);
  reasons.push(
    `status: "${statusKey}" (${describeCandidate(status)}) in ${found.jobNotes.length} application notes` +
      (others.length > 0 ? `; chosen over ${others.join(", ")}` : ""),
  );
  return found;
}

/** Each status value's class, and the vault's own word for each class where it is not ours. */
function mapStatusWords(
  statusStats: PropertyStats,
  vocabulary: readonly VocabularyWord[],
  current: Settings,
  config: Record<string, unknown>,
  review: MappingReview,
  reasons: string[],
): void {
  review.statusValues = reviewStatuses(statusStats);
  const inUse = new Set(review.statusValues.map((v) => normaliseStatus(v.value)));
  // The vault's other words, in no note yet: read as their class (none, if no table knows them).
  const allowed = vocabulary.flatMap((w) => {
    const cls = inUse.has(normaliseStatus(w.word)) ? undefined : classifyStatus(w.word);
    return cls ? [{ ...w, cls }] : [];
  });
  const statuses = statusLists(
    [...review.statusValues, ...allowed.map((w) => ({ value: w.word, notes: 0, cls: w.cls }))],
    current.statuses,
  );
  if (STATUS_CLASSES.some((c) => statuses[c].join("\n") !== current.statuses[c].join("\n"))) config.statuses = statuses;
  review.writeStatuses = writeWords(review.statusValues, current);
  // A vault whose open word (Active) carries every stage: it is also what an interview writes.
  const open = review.statusValues.find((v) => v.cls === "applied" && isOpenStatus(v.value));
  if (
    open &&
    !review.statusValues.some((v) => v.cls === "interviewing") &&
    !allowed.some((w) => w.cls === "interviewing")
  ) {
    review.writeStatuses.interviewing = open.value;
    reasons.push(
      `interviewing: written as "${open.value}", the notes' word for an application going on (the stage is in the dates)`,
    );
  }
  for (const c of STATUS_CLASSES) {
    if (review.statusValues.some((v) => v.cls === c)) continue;
    const fits = allowed.filter(
      (w) => w.cls === c && (c !== "closed" || !NOT_FOR_CLOSING.test(normaliseStatus(w.word))),
    );
    // Closing is moving on: a refusal word only where the vault allows no other.
    const word = fits.find((w) => c !== "closed" || !isRejection(w.word)) ?? fits[0];
    if (!word) continue;
    review.writeStatuses[c] = word.word;
    reasons.push(`${c}: written as "${word.word}", from ${word.source} (no note has a word of this class yet)`);
  }
  statusReasons(review.statusValues, review.writeStatuses, reasons);
  markWordless(review, vocabulary, allowed, current, config, reasons);
  const own = STATUS_CLASSES.filter((c) => review.writeStatuses[c] !== statusFor(c, current));
  if (own.length > 0) config.writeStatuses = Object.fromEntries(own.map((c) => [c, review.writeStatuses[c]]));
}

/**
 * The classes a vault that lists its words (a dashboard's filters, a field's options, a board's
 * lanes) has no word for, in its notes or its lists: `noWordFor`, so no write invents one.
 * Considering is left out: nothing the tool does moves an application back to it.
 */
function markWordless(
  review: MappingReview,
  vocabulary: readonly VocabularyWord[],
  allowed: readonly { cls: StatusClass }[],
  current: Settings,
  config: Record<string, unknown>,
  reasons: string[],
): void {
  if (vocabulary.length === 0) return;
  const none = STATUS_CLASSES.filter(
    (c) =>
      c !== "considering" &&
      !review.statusValues.some((v) => v.cls === c) &&
      !allowed.some((w) => w.cls === c) &&
      review.writeStatuses[c] === statusFor(c, current),
  );
  if (none.length === 0) return;
  config.noWordFor = none;
  const sources = [...new Set(vocabulary.map((w) => w.source))].join("; ");
  reasons.push(
    `no word for ${none.join(", ")} in your notes or your lists (${sources}): a write keeps the note's own status ` +
      "(the dates say applied and interviewing); an offer or closing asks for your word",
  );
}

/** The key names that differ from the defaults; a default name a mapped field took is renamed. */
function keysToWrite(keys: Partial<Record<KeyField, string>>, reasons: string[]): Partial<Record<KeyField, string>> {
  const changed = Object.fromEntries(Object.entries(keys).filter(([f, k]) => DEFAULT_KEYS[f as KeyField] !== k));
  // A default name that a mapped field now uses would clash with that default's own field.
  for (const field of Object.keys(DEFAULT_KEYS) as KeyField[]) {
    if (changed[field] !== undefined) continue;
    const clash = Object.values(changed).some((k) => k.toLowerCase() === DEFAULT_KEYS[field].toLowerCase());
    if (clash) {
      changed[field] = SPARE_NAMES[field] ?? `${DEFAULT_KEYS[field]}_jsj`;
      reasons.push(
        `${DEFAULT_KEYS[field]}: "${changed[field]}", a name your notes do not use, as "${DEFAULT_KEYS[field]}" is taken by another field`,
      );
    }
  }
  return changed;
}

/** The folders the applications are in: the mapped ones, else the one they share (none: the vault). */
function applicationFolders(config: Record<string, unknown>, found: Found): string[] {
  const mapped = config.interviewFolders as string[] | undefined;
  return (mapped ?? [commonFolder(found.jobNotes.map((n) => n.path))]).filter((f) => f !== "");
}

/** Interviews kept as notes of their own (the `meetings` settings); logs linked to applications, not read. */
function relatedNotes(
  samples: NoteSample[],
  jobNotes: NoteSample[],
  templates: Set<string>,
  keys: Partial<Record<KeyField, string>>,
  config: Record<string, unknown>,
  reasons: string[],
): void {
  const jobPaths = new Set(jobNotes.map((n) => n.path));
  const others = samples.filter((n) => !jobPaths.has(n.path) && !templates.has(n.path));
  const meetings = findMeetings(others, jobNotes, keys, reasons);
  if (meetings) config.meetings = meetings.settings;
  const meetingPaths = new Set(meetings?.paths);
  reportLogNotes(
    samples.filter((n) => !meetingPaths.has(n.path)),
    jobNotes,
    reasons,
  );
}

/**
 * Proposes settings for the notes in `samples`. `current` is what the vault is read with now
 * (the defaults, or its saved settings): when those already find application notes, nothing is
 * proposed (unless `context.fresh`), so a mapping never makes a working vault worse.
 */
export function suggestConfig(
  all: NoteSample[],
  current: Settings = defaultSettings(),
  context: MappingContext = {},
): ConfigSuggestion {
  const reasons: string[] = [];
  const review = emptyReview();
  // Every value of every note is looked at: a note whose aliases stand for millions is left out.
  // Bases (`.base` files) are read for the words they filter on, and are no notes.
  const samples = all.filter((s) => !exceedsValues(s.frontmatter) && !isBase(s));
  const bases = all.filter(isBase);
  const config: Record<string, unknown> = { version: current.version };
  if (!context.fresh && alreadyMatches(samples, current, reasons, review)) return { config, reasons, review };

  const { templates, candidates } = setTemplatesAside(samples, review, context);
  const ranked = statusCandidates(propertyStats(candidates.map((n) => n.frontmatter)));
  const status = ranked[0];
  if (!status) {
    reasons.push(
      "No property reads like an application status (applied, interviewing, offer, rejected …), so no application notes were found: nothing to map; the default schema applies.",
    );
    reportInlineFields(candidates, reasons);
    return { config, reasons, review };
  }
  const statusKey = status.stats.key;
  review.status = {
    key: statusKey,
    alternatives: ranked.slice(1).map((c) => ({ key: c.stats.key, why: describeCandidate(c) })),
  };
  const found = findApplications(candidates, ranked, review, reasons);
  const jobStats = propertyStats(found.jobNotes.map((n) => n.frontmatter));

  const keys: Partial<Record<KeyField, string>> = { status: statusKey };
  const typeKey = applicationRule(found, { samples, templates, statusKey }, { config, keys, reasons });
  const excluded = templatesMatched(samples, templates, config, keys.type);
  if (excluded.length > 0) {
    config.excludeFolders = excluded;
    reasons.push(`left-out folders: ${excluded.map((f) => `"${f}/"`).join(", ")} (templates that would match)`);
  }
  chooseFields(jobStats, new Set([statusKey, ...(typeKey ? [typeKey] : [])]), keys, reasons, review.doubts);
  for (const alt of review.status.alternatives)
    review.doubts.push(`"${alt.key}" also reads like a status (${alt.why}); "${statusKey}" is read as the status`);
  const vocabulary = vaultVocabulary([...samples, ...bases], statusKey, applicationFolders(config, found));
  mapStatusWords(jobStats.get(statusKey) ?? status.stats, vocabulary, current, config, review, reasons);

  if (keys.interviewers) {
    const emailKey = personEmailKey(samples, found.jobNotes, keys.interviewers, reasons);
    if (emailKey) config.personEmailKey = emailKey;
  }
  relatedNotes(samples, found.jobNotes, templates, keys, config, reasons);
  reportInlineFields(candidates, reasons, review.doubts);
  for (const l of review.leftOut) reasons.push(`left out: "${l.path}": ${l.why}`);

  const changed = keysToWrite(keys, reasons);
  if (Object.keys(changed).length > 0) config.keys = changed;
  review.fields = keys;
  const checked = loadSettings(config, undefined, "suggestion");
  for (const e of checked.errors) reasons.push(`check: ${e}`);
  return { config, reasons, review };
}
