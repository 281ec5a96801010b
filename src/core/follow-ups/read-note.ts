import type { NoteEntry } from "./engine";
import { looksLikeInterviewNote, mightBeInterviewNote } from "../notes/prefilter";
import { readProperties, type ParseYaml } from "../notes/read-properties";
import { isInterviewNote, readInterviewNote, type KeyLookup } from "../notes/schema";
import type { Settings } from "../settings/settings";

/**
 * The entry of a note, or undefined when it is not an interview note: the raw-text test first
 * (most notes stop there), then the frontmatter; broken YAML is reported when the text looks
 * like an interview note's, since it cannot say what it is.
 */
export function noteEntry(
  path: string,
  text: string,
  settings: Settings,
  lookup: KeyLookup,
  parse: ParseYaml,
): NoteEntry | undefined {
  if (!mightBeInterviewNote(path, text, settings)) return undefined;
  const frontmatter = readProperties(path, text, parse);
  if (frontmatter.kind === "error") {
    return looksLikeInterviewNote(path, text, settings) ? { problems: [frontmatter.problem] } : undefined;
  }
  const data = frontmatter.kind === "ok" ? frontmatter.data : undefined;
  return isInterviewNote(path, data, lookup) ? readInterviewNote(path, data, lookup) : undefined;
}
