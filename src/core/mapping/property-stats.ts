import { isEmail, parseLink } from "../notes/people";
import { asDate, asList, asText } from "../notes/values";

/**
 * What a property's values look like across notes: how many read as dates, people, links,
 * URLs, numbers or true/false. A property is mapped to a field only when its values have that
 * field's shape, so `Applied: true` never becomes a date and a job-posting URL never becomes
 * your references.
 */
export interface PropertyStats {
  key: string;
  /** Notes with a value. */
  notes: number;
  /** Items, a list counting one per item. */
  items: number;
  dates: number;
  booleans: number;
  numbers: number;
  urls: number;
  emails: number;
  links: number;
  /** Items that read as a person's name: letters, a few words, nothing of the above. */
  names: number;
  lists: number;
  /** Distinct single values in lower case, with how many notes hold each. */
  texts: Map<string, number>;
  /** The same values as written, most notes first when read through `spelling`. */
  written: Map<string, Map<string, number>>;
}

const URL = /^(https?:\/\/|www\.)\S+$/i;
const NUMBER = /^[-+]?[$€£]?\d[\d,.]*\s*[kK]?$/;
const BOOLEAN = /^(true|false|yes|no)$/i;
const NAME = /^[\p{L}][\p{L}'’.-]*(\s+[\p{L}][\p{L}'’.-]*){0,4}$/u;

function addItem(s: PropertyStats, raw: unknown, text: string): void {
  s.items++;
  if (typeof raw === "boolean" || BOOLEAN.test(text)) s.booleans++;
  else if (typeof raw === "number" || NUMBER.test(text)) s.numbers++;
  else if (asDate(raw)?.ok === true || asDate(text)?.ok === true) s.dates++;
  else if (parseLink(text)) s.links++;
  else if (URL.test(text)) s.urls++;
  else if (isEmail(text) || /<[^\s@]+@[^\s@]+>/.test(text)) s.emails++;
  else if (text.split(/[;,]/).every((part) => NAME.test(part.trim()))) s.names++;
}

export function propertyStats(notes: readonly Record<string, unknown>[]): Map<string, PropertyStats> {
  const stats = new Map<string, PropertyStats>();
  for (const frontmatter of notes) {
    for (const [key, value] of Object.entries(frontmatter)) {
      let s = stats.get(key);
      if (!s) {
        s = {
          key,
          notes: 0,
          items: 0,
          dates: 0,
          booleans: 0,
          numbers: 0,
          urls: 0,
          emails: 0,
          links: 0,
          names: 0,
          lists: 0,
          texts: new Map(),
          written: new Map(),
        };
        stats.set(key, s);
      }
      // An empty list still says the property is a list.
      if (Array.isArray(value) && value.length === 0) s.lists++;
      const text = asText(value);
      if (text === undefined) continue;
      s.notes++;
      if (Array.isArray(value)) {
        s.lists++;
        const items = value.length === 1 && Array.isArray(value[0]) ? asList(value) : value;
        for (const item of items) {
          const t = asText(item);
          if (t !== undefined) addItem(s, item, t);
        }
        continue;
      }
      addItem(s, value, text);
      if (asDate(value)?.ok === true) continue;
      const lower = text.toLowerCase();
      s.texts.set(lower, (s.texts.get(lower) ?? 0) + 1);
      const spellings = s.written.get(lower) ?? new Map<string, number>();
      spellings.set(text, (spellings.get(text) ?? 0) + 1);
      s.written.set(lower, spellings);
    }
  }
  return stats;
}

/** The value as the notes write it most (`Applied` where one note has `applied`). */
export function spelling(s: PropertyStats, lower: string): string {
  let best: [string, number] = [lower, 0];
  for (const entry of s.written.get(lower) ?? []) if (entry[1] > best[1]) best = entry;
  return best[0];
}

/** Whether most items are dates. */
export function looksLikeDates(s: PropertyStats): boolean {
  return s.items > 0 && s.dates >= s.items * 0.7;
}

/** Whether the items read as people (names, links to notes, emails) and never as dates, URLs, numbers or true/false. */
export function looksLikePeople(s: PropertyStats): boolean {
  const people = s.names + s.links + s.emails;
  const other = s.dates + s.urls + s.numbers + s.booleans;
  return s.items > 0 && people >= s.items * 0.7 && other <= s.items * 0.1;
}

/** What the values are, in a few words, for a reason line. */
export function shapeWords(s: PropertyStats): string {
  const kinds: [number, string][] = [
    [s.booleans, "true/false"],
    [s.numbers, "numbers"],
    [s.urls, "web addresses"],
    [s.dates, "dates"],
    [s.links, "links"],
    [s.emails, "emails"],
    [s.names, "names or words"],
  ];
  const top = kinds.filter(([n]) => n > 0).sort((a, b) => b[0] - a[0])[0];
  return top ? top[1] : "empty";
}
