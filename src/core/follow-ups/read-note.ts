import type { NoteEntry } from "../notes/note-entry";
import { looksLikeInterviewNote, mightBeInterviewNote } from "../notes/prefilter";
import { readProperties, type ParseYaml } from "../notes/read-properties";
import { isInterviewNote, readInterviewNote, type KeyLookup } from "../notes/schema";
import { isMeetingNote, readMeetingNote } from "../notes/meetings";
import { syncCopyOf, syncCopyProblem, type OtherNotes } from "../notes/sync-copies";
import type { Settings } from "../settings/settings";

/**
 * The entry of a note, or undefined when it is not an interview note: the raw-text test first
 * (most notes stop there), then the frontmatter; broken YAML is reported when the text looks
 * like an interview note's, since it cannot say what it is. A sync tool's copy of a note that
 * is there (`others`) is only reported.
 */
export function noteEntry(
  path: string,
  text: string,
  settings: Settings,
  lookup: KeyLookup,
  parse: ParseYaml,
  others?: OtherNotes,
): NoteEntry | undefined {
  if (!mightBeInterviewNote(path, text, settings)) return undefined;
  const frontmatter = readProperties(path, text, parse);
  if (frontmatter.kind === "error") {
    return looksLikeInterviewNote(path, text, settings) ? { problems: [frontmatter.problem] } : undefined;
  }
  const data = frontmatter.kind === "ok" ? frontmatter.data : undefined;
  if (data && isMeetingNote(path, data, settings)) return meetingEntry(path, data, settings, others);
  if (!isInterviewNote(path, data, lookup)) return undefined;
  return (others && syncCopyEntry(path, data, others)) ?? readInterviewNote(path, data, lookup);
}

/** An interview's own note, to be attached to its application (a sync tool's copy is only reported). */
export function meetingEntry(
  path: string,
  frontmatter: Record<string, unknown>,
  settings: Settings,
  others?: OtherNotes,
): NoteEntry {
  const copy = others && syncCopyEntry(path, frontmatter, others);
  if (copy) return copy;
  const meeting = readMeetingNote(path, frontmatter, settings);
  return { meeting, problems: meeting.problems };
}

/** The entry of a sync tool's copy: its problem, no note (the original is the one counted). */
export function syncCopyEntry(
  path: string,
  frontmatter: Record<string, unknown> | undefined,
  others: OtherNotes,
): NoteEntry | undefined {
  const copy = syncCopyOf(path, frontmatter, others);
  return copy ? { problems: [syncCopyProblem(path, copy)] } : undefined;
}
