import { fieldsWith, type KeyField } from "../settings/fields";
import { DEFAULT_KEYS } from "../settings/settings";
import { looksLikeDates, looksLikePeople, shapeWords, type PropertyStats } from "./property-stats";
import { fieldForName } from "./suggest-names";

/** Fields that hold a date, and fields that hold people: a property must have that shape to be mapped. */
const DATE_FIELDS = new Set(fieldsWith((f) => f.shape === "date"));
const PEOPLE_FIELDS = new Set(fieldsWith((f) => f.shape === "people"));
/** Fields a checkbox can record: a step done (`debrief_done: true`), or everyone thanked (`thank_you_sent: true`). */
const CHECKBOX_FIELDS = new Set<KeyField>([...fieldsWith((f) => f.step === true), "thanked"]);

/** A property whose values are true or false: a checkbox. */
function looksLikeCheckbox(s: PropertyStats): boolean {
  return s.items > 0 && s.booleans >= s.items * 0.9;
}

/** How people say they want to be reached: what a contact preference holds (`remote_preference: hybrid` does not). */
const CHANNEL = /^(e-?mail|mail|phone|phone call|call|calls|text|sms)$/i;

/** Why a property's values do not fit a field, or undefined when they do. */
function misfit(field: KeyField, s: PropertyStats): string | undefined {
  if (field === "contactPreference" && ![...s.texts.keys()].some((v) => CHANNEL.test(v.trim())))
    return `its values (${[...s.texts.keys()].slice(0, 3).join(", ")}) are no way of reaching someone (email or phone)`;
  if (CHECKBOX_FIELDS.has(field) && looksLikeCheckbox(s)) return undefined;
  if (DATE_FIELDS.has(field)) return looksLikeDates(s) ? undefined : `its values are ${shapeWords(s)}, not dates`;
  if (PEOPLE_FIELDS.has(field)) {
    if (s.items === 0 && s.lists > 0) return undefined;
    return looksLikePeople(s) ? undefined : `its values are ${shapeWords(s)}, not people (names, links or emails)`;
  }
  if (s.notes === 0) return "it is empty in every note";
  if (s.booleans + s.urls + s.dates > s.items * 0.5) return `its values are ${shapeWords(s)}`;
  return undefined;
}

/**
 * Fields by the words in their names, among properties whose values have the field's shape;
 * ties and doubts left unmapped. Every property with dates that ends up unmapped is named with
 * the reason, so no reminder or interview date is ignored without a word.
 */
export function chooseFields(
  stats: Map<string, PropertyStats>,
  used: Set<string>,
  keys: Partial<Record<KeyField, string>>,
  reasons: string[],
  doubts: string[] = [],
): void {
  const candidates: { field: KeyField; key: string; score: number }[] = [];
  const unmapped = new Map<string, string>();
  for (const s of stats.values()) {
    // An empty list still says what it is for (`Thank-Yous-Sent: []` waits for names).
    if (used.has(s.key) || (s.notes === 0 && s.lists === 0)) continue;
    const named = fieldForName(s.key);
    if ("doubt" in named) {
      unmapped.set(s.key, named.doubt);
      doubts.push(`"${s.key}" is not read: ${named.doubt}`);
      continue;
    }
    if (!named.field) {
      if (looksLikeDates(s)) unmapped.set(s.key, "its name says no step of an application that this tool reads");
      continue;
    }
    const why = misfit(named.field, s);
    if (why) {
      unmapped.set(s.key, `read as ${DEFAULT_KEYS[named.field]} by its name, but ${why}`);
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
    const taken = keys[c.field];
    if (taken !== undefined || used.has(c.key)) {
      if (taken !== undefined && taken !== c.key)
        unmapped.set(c.key, `${DEFAULT_KEYS[c.field]} is read from "${taken}"`);
      continue;
    }
    keys[c.field] = c.key;
    used.add(c.key);
    reasons.push(`${DEFAULT_KEYS[c.field]}: "${c.key}"`);
  }
  for (const [key, why] of unmapped) reasons.push(`"${key}": not mapped: ${why}`);
  if (!keys.interviewDate) {
    reasons.push(
      "no interview date property: nothing is due after an interview until one is written; *Log an interview* " +
        `(job-journal interview) writes ${DEFAULT_KEYS.interviewDate}, ${keys.interviewers ?? DEFAULT_KEYS.interviewers} ` +
        `and ${keys.stage ?? DEFAULT_KEYS.stage} into an application's note`,
    );
  }
}
