import { findFrontmatter } from "../notes/frontmatter-block";

/** Adding the debrief section to a note: once, at the end, with the note's own line endings. */

const DEBRIEF_HEADING = /^#{1,6}\s+debrief\s*$/im;

export function hasDebrief(text: string): boolean {
  const block = findFrontmatter(text);
  return DEBRIEF_HEADING.test(block ? text.slice(block.end) : text);
}

/** The note with `section` appended, or undefined when it already has a Debrief heading. */
export function addDebrief(text: string, section: string): string | undefined {
  if (hasDebrief(text)) return undefined;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const body = section.replace(/\r?\n/g, eol).trimEnd() + eol;
  if (text === "") return body;
  const sep = text.endsWith(`${eol}${eol}`) ? "" : text.endsWith(eol) ? eol : `${eol}${eol}`;
  return `${text}${sep}${body}`;
}
