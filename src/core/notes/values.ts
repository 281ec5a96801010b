import { formatWhen, parseWhen, whenFromYamlDate, type When } from "../lib/time";
import { exceedsValues } from "./value-limits";

/**
 * Frontmatter values as people really type them. YAML turns an unquoted `[[Acme]]` into a
 * list holding a list, `2026-03-09` into a Date in some parsers, `yes` into true in others,
 * and a one-person list is often written as a plain string. These helpers read all of that
 * the way Obsidian's Properties panel shows it.
 */

/** `[["Acme"]]` is what YAML makes of an unquoted [[Acme]]: give the link text back. */
function unwrapYamlLink(value: unknown[]): string | undefined {
  if (value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 && typeof value[0][0] === "string") {
    return `[[${value[0][0]}]]`;
  }
  return undefined;
}

/**
 * A property's value by name: the exact name first, else the same name in another case, as
 * Obsidian treats `Email` and `email` as one property.
 */
export function propertyInAnyCase(frontmatter: Record<string, unknown>, name: string): unknown {
  const key = keyInAnyCase(frontmatter, name);
  return key === undefined ? undefined : frontmatter[key];
}

/** The property name under which `name` is found that way, if any. */
export function keyInAnyCase(frontmatter: Record<string, unknown>, name: string): string | undefined {
  // Own properties only: a note without `constructor` has none, whatever Object.prototype has.
  if (Object.prototype.hasOwnProperty.call(frontmatter, name)) return name;
  const wanted = name.toLowerCase();
  // Every note of the vault is asked for its type, and most keys (created, aliases) are longer:
  // those are not lower-cased. Lower-casing never shortens a string (İ even grows), so a longer
  // key cannot match.
  for (const key in frontmatter) if (key.length <= wanted.length && key.toLowerCase() === wanted) return key;
  return undefined;
}

/**
 * How deep lists inside lists are read: an unquoted [[link]] is two levels, and nothing a person
 * types goes deeper; the bound keeps a list of lists of lists (an alias bomb) from being walked.
 */
const MAX_DEPTH = 3;

/** A single text value, or undefined when the property is empty. */
export function asText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") {
    const t = value.trim();
    return t === "" ? undefined : t;
  }
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) {
    const when = whenFromYamlDate(value);
    return when ? formatWhen(when) : undefined;
  }
  return Array.isArray(value) ? nestedText(value, 1) : undefined;
}

/** A list read as one text (`a, b`), `depth` levels down; nothing past MAX_DEPTH. */
function nestedText(value: unknown[], depth: number): string | undefined {
  const link = unwrapYamlLink(value);
  if (link) return link;
  if (depth > MAX_DEPTH) return undefined;
  const parts: string[] = [];
  for (const item of value) {
    const t = Array.isArray(item) ? nestedText(item, depth + 1) : asText(item);
    if (t !== undefined) parts.push(t);
  }
  return parts.length === 0 ? undefined : parts.join(", ");
}

/** A list value: a list, a single value standing for a one-item list, or nothing. */
export function asList(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    const t = asText(value);
    return t === undefined ? [] : [t];
  }
  const link = unwrapYamlLink(value);
  if (link) return [link];
  const out: string[] = [];
  for (const item of value) {
    const t = Array.isArray(item) ? (unwrapYamlLink([item]) ?? nestedText(item, 2)) : asText(item);
    if (t !== undefined) out.push(t);
  }
  return out;
}

export type DateRead = { ok: true; when: When } | { ok: false; text: string } | undefined;

/**
 * A date property: undefined when empty, its When, or the text that is not a date. Allocates
 * nothing for a date (the When is shared), as the schema reader calls it for every date of
 * every note.
 */
export function dateOrText(value: unknown): When | string | undefined {
  if (value instanceof Date)
    return whenFromYamlDate(value) ?? (Number.isNaN(value.getTime()) ? String(value) : value.toISOString());
  const text = asText(value);
  if (text === undefined) return undefined;
  return parseWhen(text) ?? text;
}

/** A date property: undefined when empty, else the date or the text that is not one. */
export function asDate(value: unknown): DateRead {
  const read = dateOrText(value);
  if (read === undefined) return undefined;
  return typeof read === "string" ? { ok: false, text: read } : { ok: true, when: read };
}

/** How a value is quoted in a message: short, on one line (and never a walk through a huge value). */
export function quoteValue(value: unknown): string {
  let text: string;
  if (typeof value === "string") text = value;
  else if (value instanceof Date) text = value.toISOString();
  else if (exceedsValues(value, 200)) text = Array.isArray(value) ? "[a very long list]" : "{a very large value}";
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      text = String(value);
    }
  }
  text = text.replace(/\s+/g, " ");
  if (text.length > 60) text = `${text.slice(0, 57)}...`;
  return `"${text}"`;
}
