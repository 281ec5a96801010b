import { isTemplateFrontmatter } from "./note-roles";
import { linkBasename, parseLink } from "./people";
import type { Problem } from "./problem";
import { KeyLookup, readInterviewNote, type InterviewNote } from "./schema";
import { noteTitle, underFolder } from "../lib/paths";
import type { Settings } from "../settings/settings";
import type { KeyField } from "../settings/fields";
import { asList, propertyInAnyCase } from "./values";

/**
 * Interviews kept as notes of their own (a meeting note tagged `interview`, with its date, the
 * people met and a link to the application), as many vaults do beside one note per application.
 * Such a note is read like an application's note, with the meeting's own property names; the
 * follow-ups attach it to its application (follow-ups/attach.ts).
 */

export interface Meeting {
  file: string;
  /** What it links to, by file name: the application's note, or its company's. */
  links: readonly string[];
  /** The interview as this note records it: its date, people, stage and steps. */
  note: InterviewNote;
  problems: readonly Problem[];
}

export function meetingsOn(settings: Settings): boolean {
  return settings.meetings.typeValue.trim() !== "" || settings.meetings.folders.length > 0;
}

const READERS = new WeakMap<Settings, { settings: Settings; lookup: KeyLookup }>();

/**
 * The settings an interview's note is read and written with: the application's, with the
 * meeting's own names for its date and people. A field whose name the meeting uses for its date
 * (an application's `date`, say) is read from no property in these notes.
 */
export function meetingSettings(settings: Settings): Settings {
  return meetingReader(settings).settings;
}

function meetingReader(settings: Settings): { settings: Settings; lookup: KeyLookup } {
  let reader = READERS.get(settings);
  if (reader) return reader;
  const m = settings.meetings;
  const keys = { ...settings.keys };
  const own: [KeyField, string][] = [
    ["interviewDate", m.dateKey.trim()],
    ["interviewers", m.attendeesKey.trim()],
  ];
  for (const [field, name] of own) {
    if (name === "") continue;
    for (const other of Object.keys(keys) as KeyField[])
      if (other !== field && keys[other].toLowerCase() === name.toLowerCase()) keys[other] = `\u0000${other}`;
    keys[field] = name;
  }
  const read = { ...settings, keys };
  reader = { settings: read, lookup: new KeyLookup(read) };
  READERS.set(settings, reader);
  return reader;
}

function hasKind(frontmatter: Record<string, unknown>, settings: Settings): boolean {
  const wanted = settings.meetings.typeValue.trim().toLowerCase();
  if (wanted === "") return false;
  for (const key of new Set([settings.keys.type, "tags", "type"])) {
    const value = propertyInAnyCase(frontmatter, key);
    if (asList(value).some((v) => v.trim().replace(/^#/, "").toLowerCase() === wanted)) return true;
  }
  return false;
}

/** Whether a note is an interview's own note, by its type or tag or by its folder; never a template. */
export function isMeetingNote(
  path: string,
  frontmatter: Record<string, unknown> | undefined,
  settings: Settings,
): boolean {
  if (!meetingsOn(settings) || frontmatter === undefined) return false;
  if (settings.excludeFolders.some((f) => underFolder(path, f))) return false;
  const matches = settings.meetings.folders.some((f) => underFolder(path, f)) || hasKind(frontmatter, settings);
  // A template kept beside the interviews (`interview-notes-template.md`) has their folder and tag.
  return matches && !isTemplateFrontmatter(frontmatter) && !/\btemplate\b/i.test(noteTitle(path));
}

/** The notes a meeting links to, by file name: its link property's, else every link among its properties. */
function linksOf(frontmatter: Record<string, unknown>, linkKey: string): string[] {
  const values = linkKey.trim() === "" ? Object.values(frontmatter) : [propertyInAnyCase(frontmatter, linkKey.trim())];
  const out = new Map<string, string>();
  for (const value of values) {
    for (const item of asList(value)) {
      const link = parseLink(item);
      if (link) out.set(linkBasename(link.target).toLowerCase(), linkBasename(link.target));
    }
  }
  return [...out.values()];
}

/** Reads an interview's own note. Its status, if it has one, is not the application's and is not read. */
export function readMeetingNote(path: string, frontmatter: Record<string, unknown>, settings: Settings): Meeting {
  const reader = meetingReader(settings);
  const read = readInterviewNote(path, frontmatter, reader.lookup);
  const dateKey = reader.settings.keys.interviewDate;
  const problems = read.problems
    .filter((p) => p.key?.toLowerCase() !== reader.settings.keys.status.toLowerCase())
    .map((p) =>
      p.fix === "log-interview"
        ? {
            file: path,
            key: dateKey,
            message: `${dateKey} is missing: an interview's note needs the interview's date for its thank-yous and follow-ups`,
          }
        : p,
    );
  return { file: path, links: linksOf(frontmatter, settings.meetings.linkKey), note: read.note, problems };
}
