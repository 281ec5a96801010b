import { memoize } from "../lib/memo";

/**
 * Interviewers, thanked names and references as people write them: `Jane Doe`,
 * `Jane Doe <jane@acme.com>`, `[[Jane Doe]]`, `[[People/Jane Doe|Jane]]`, or an email alone.
 */

export interface WikiLink {
  /** The link path without heading or block: `People/Jane Doe`. */
  target: string;
  alias?: string;
}

export interface Person {
  /** The name used in sentences and written to `thanked`: the link's file name, or the text. */
  readonly name: string;
  readonly email?: string;
  readonly link?: WikiLink;
  /** The entry as written in the note. */
  readonly raw: string;
  /** Set when the entry gives an email that is not a valid address (checked once per entry). */
  readonly badEmail?: true;
  /** Every spelling that identifies the person, lower case: name, link target and alias, email. */
  readonly ids: readonly string[];
}

const LINK_RE = /^\[\[([^\]|#^]*)(?:[#^][^\]|]*)?(?:\|([^\]]*))?\]\]$/;
const ANGLE_EMAIL_RE = /^(.*?)\s*<([^<>\s]*)>$/;
const EMAIL_RE = /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/;

export function parseLink(text: string): WikiLink | undefined {
  const m = LINK_RE.exec(text.trim());
  if (!m || m[1] === undefined || m[1].trim() === "") return undefined;
  const alias = m[2]?.trim();
  return alias ? { target: m[1].trim(), alias } : { target: m[1].trim() };
}

/** The file name a link points at, without folders or `.md`. */
export function linkBasename(target: string): string {
  const base = target.slice(target.lastIndexOf("/") + 1);
  return base.toLowerCase().endsWith(".md") ? base.slice(0, -3) : base;
}

const displayTextOfLink: (text: string) => string = memoize(displayTextUncached);

/** Text for display: `[[Acme Corp|Acme]]` shows as Acme, `[[Orgs/Acme]]` as Acme. */
export function displayText(text: string): string {
  // Most values are no link: no parse, no cache lookup.
  return text.includes("[[") ? displayTextOfLink(text) : text;
}

function displayTextUncached(text: string): string {
  const link = parseLink(text);
  if (!link) return text;
  return link.alias ?? linkBasename(link.target);
}

export function isEmail(text: string): boolean {
  return EMAIL_RE.test(text);
}

/** Parsed once per distinct entry: the same interviewers recur across notes. Persons are read-only. */
export const parsePerson: (raw: string) => Person = memoize(parsePersonUncached);

function parsePersonUncached(raw: string): Person {
  const text = raw.trim();
  let namePart = text;
  let email: string | undefined;
  const angle = ANGLE_EMAIL_RE.exec(text);
  if (angle && angle[2] !== undefined) {
    namePart = (angle[1] ?? "").trim();
    email = angle[2].trim();
  } else if (isEmail(text)) {
    email = text;
  }
  const link = parseLink(namePart);
  const name = link ? linkBasename(link.target) : namePart || email || text;
  const person: { name: string; raw: string; ids: string[]; email?: string; link?: WikiLink; badEmail?: true } = {
    name,
    raw: text,
    ids: identities(name, link, email),
  };
  if (email) person.email = email;
  if (email && !isEmail(email)) person.badEmail = true;
  if (link) person.link = link;
  return person;
}

function identities(name: string, link: WikiLink | undefined, email: string | undefined): string[] {
  const ids = [name.toLowerCase()];
  if (link) {
    ids.push(link.target.toLowerCase());
    if (link.alias) ids.push(link.alias.toLowerCase());
  }
  if (email) ids.push(email.toLowerCase());
  return ids;
}

/** Same person, compared in any case and by link target, file name, alias or email. */
export function samePerson(a: Person, b: Person): boolean {
  if (a === b) return true;
  for (const id of b.ids) if (a.ids.includes(id)) return true;
  return false;
}

/** How a greeting addresses someone: a link's alias when given, else the first name. */
export function greetingName(person: Person): string {
  if (person.link?.alias) return person.link.alias;
  // `Doe, Jane` is greeted as Jane.
  const lastFirst = /^[^\s,]+,\s*(\S+)/.exec(person.name);
  if (lastFirst?.[1]) return lastFirst[1];
  return person.name.trim().split(/\s+/)[0] ?? person.name;
}

/**
 * Several people typed as one value: `Jane Doe <jane@x.com>, Bob Smith; Carla`. Semicolons and
 * line breaks always separate people; commas do too, except in the one shape where a comma is
 * part of a name: `Doe, Jane` (one word, a comma, then one or two words, with no link or bare
 * email on either side). That shape is kept whole and, unless the list around it already
 * separates people, reported as ambiguous: it may as well be two first names.
 * Separators inside `[[links]]`, `<emails>` and quotes are not separators.
 */
export interface PeopleText {
  readonly entries: readonly string[];
  /** Entries kept whole that might be several people. */
  readonly ambiguous: readonly string[];
}

const SINGLE_WORD = /^[^\s@<>[\]]+$/;
const LAST_FIRST_TAIL = /^[^\s@<>[\],]+(?:\s+[^\s@<>[\],]+)?(?:\s*<[^<>]*>)?$/;

function splitOutside(text: string, separators: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let angle = false;
  let quote = "";
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quote) {
      if (c === quote) quote = "";
    } else if (c === '"') quote = c;
    else if (c === "[" && text[i + 1] === "[") {
      depth++;
      i++;
    } else if (c === "]" && text[i + 1] === "]" && depth > 0) {
      depth--;
      i++;
    } else if (c === "<") angle = true;
    else if (c === ">") angle = false;
    else if (depth === 0 && !angle && separators.includes(c)) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

function isLastFirst(parts: string[]): boolean {
  if (parts.length !== 2) return false;
  const [last, first] = parts as [string, string];
  return SINGLE_WORD.test(last) && LAST_FIRST_TAIL.test(first) && !isEmail(first);
}

const NOBODY: readonly string[] = Object.freeze([]);
const NO_PEOPLE: PeopleText = Object.freeze({ entries: NOBODY, ambiguous: NOBODY });

// The same few dozen entries recur across a vault's notes: each is split once. Results are shared, so read-only.
const splitAlone = memoize((text: string) => splitUncached(text, false));
const splitListed = memoize((text: string) => splitUncached(text, true));

/** Splits one typed value into entries; `listed` when it is one item of a list of several. Read-only result. */
export function splitPeople(text: string, listed = false): PeopleText {
  return listed ? splitListed(text) : splitAlone(text);
}

/** Whether a typed entry may hold more than one person. */
export function hasSeparator(text: string): boolean {
  return /[,;\n]/.test(text);
}

function splitUncached(text: string, listed: boolean): PeopleText {
  if (!hasSeparator(text)) {
    const t = text.trim();
    return t === "" ? NO_PEOPLE : { entries: [t], ambiguous: NOBODY };
  }
  const entries: string[] = [];
  const ambiguous: string[] = [];
  for (const chunk of splitOutside(text, ";\n")) {
    const parts = splitOutside(chunk, ",");
    if (isLastFirst(parts)) {
      entries.push(chunk);
      if (!listed) ambiguous.push(chunk);
    } else {
      for (const p of parts) entries.push(p);
    }
  }
  return { entries, ambiguous };
}

/** Every entry of a list of people as typed (a list, or one string of several), with the ambiguous ones. */
export function peopleEntries(items: readonly string[]): PeopleText {
  if (items.length === 0) return NO_PEOPLE;
  if (items.length === 1) return splitPeople(items[0] as string);
  const entries: string[] = [];
  const ambiguous: string[] = [];
  for (const item of items) {
    const split = splitPeople(item, true);
    for (const e of split.entries) entries.push(e);
    for (const a of split.ambiguous) ambiguous.push(a);
  }
  return { entries, ambiguous };
}
