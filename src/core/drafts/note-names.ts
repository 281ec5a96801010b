/**
 * File names for new interview notes: readable (`2026-03-09 Acme - Backend Engineer (onsite)`)
 * and legal on Windows, macOS, Linux, Android and iOS, and for Obsidian's links.
 */

// Illegal on Windows (<>:"/\|?*) and in Obsidian links (#^[]|); control characters go too.
const ILLEGAL = /[<>:"/\\|?*#^[\]]/g;

function withoutControlCharacters(s: string): string {
  return [...s].map((c) => (c.charCodeAt(0) < 32 || c.charCodeAt(0) === 127 ? " " : c)).join("");
}
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/i;
const MAX_LENGTH = 120;

export function safeFileName(name: string): string {
  let s = withoutControlCharacters(name.normalize("NFC")).replace(ILLEGAL, " ").replace(/\s+/g, " ").trim();
  // Windows drops trailing dots and spaces; a leading dot hides the file on macOS, Linux and from Obsidian.
  s = s.replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  if (s.length > MAX_LENGTH) s = s.slice(0, MAX_LENGTH).replace(/[.\s]+$/, "");
  if (WINDOWS_RESERVED.test(s)) s = `${s} note`;
  return s === "" ? "Untitled interview" : s;
}

export interface NewNoteFields {
  date: string;
  company: string;
  role: string;
  stage: string;
}

export function interviewNoteName(f: NewNoteFields): string {
  let name = [f.date, f.company].filter((s) => s.trim() !== "").join(" ");
  if (f.role.trim() !== "") name += ` - ${f.role.trim()}`;
  if (f.stage.trim() !== "") name += ` (${f.stage.trim()})`;
  return safeFileName(name);
}

/** `folder/name.md`, or `folder/name 2.md` and so on when taken: never an existing file. */
export function uniqueNotePath(
  folder: string,
  name: string,
  exists: (path: string) => boolean,
  extension = "md",
): string {
  const dir = folder.replace(/^\/+|\/+$/g, "");
  const prefix = dir === "" ? "" : `${dir}/`;
  for (let n = 1; ; n++) {
    const path = `${prefix}${name}${n === 1 ? "" : ` ${n}`}.${extension}`;
    if (!exists(path)) return path;
  }
}
