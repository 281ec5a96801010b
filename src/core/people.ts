import { memoize } from "./memo";

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
  const person: { name: string; raw: string; ids: string[]; email?: string; link?: WikiLink; badEmail?: true } = { name, raw: text, ids: identities(name, link, email) };
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
  return person.name.trim().split(/\s+/)[0] ?? person.name;
}
