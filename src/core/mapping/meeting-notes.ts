import { linkBasename, parseLink } from "../notes/people";
import { dashboardReason, personLike } from "../notes/note-roles";
import { asList, asText } from "../notes/values";
import type { MeetingSettings } from "../settings/settings";
import type { KeyField } from "../settings/fields";
import { chooseFields } from "./choose-fields";
import { commonFolder, kindsOf } from "./note-kinds";
import type { NoteSample } from "./note-sample";
import { looksLikeDates, propertyStats, type PropertyStats } from "./property-stats";

/**
 * Interviews kept as notes of their own: notes that are not applications, hold a date, and link
 * to an application's note or to the company of one. They become the `meetings` settings when
 * they share a tag, a type or a folder that says interview, so a cover letter or a call log
 * linked to an application is not taken for an interview.
 */

/** "Interview", "meeting", "call", "screen" in the languages the status tables read. */
const INTERVIEW_WORDS =
  /interview|meeting|screen|gespr[äa]ch|entretien|entrevista|colloquio|sollicitatiegesprek|собеседован|面接|面试|面談|면접/i;

/** The steps an interview's note may keep for itself, mapped for every note when the applications do not. */
const MEETING_FIELDS: readonly KeyField[] = ["thanked", "thankedOn", "debriefed", "referencesInformed", "stage"];

export interface MeetingsFound {
  settings: MeetingSettings;
  paths: string[];
}

function targetsOf(value: unknown): string[] {
  return asList(value).flatMap((v) => {
    const link = parseLink(v);
    return link ? [linkBasename(link.target).toLowerCase()] : [];
  });
}

/** The names an application is linked by: its note's and its company's. */
function applicationNames(jobNotes: NoteSample[], companyKey: string): Set<string> {
  const names = new Set<string>();
  for (const n of jobNotes) {
    names.add(linkBasename(n.path).toLowerCase());
    const company = n.frontmatter[companyKey];
    for (const t of targetsOf(company)) names.add(t);
    const text = asText(company);
    if (text && !text.includes("[[")) names.add(text.toLowerCase());
  }
  return names;
}

/** The property that links most of them to an application. */
function linkProperty(notes: NoteSample[], names: Set<string>): string | undefined {
  const counts = new Map<string, number>();
  for (const n of notes)
    for (const [key, value] of Object.entries(n.frontmatter))
      if (targetsOf(value).some((t) => names.has(t))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A kind they share and no application has, that says interview; else their own folder. */
function markOf(notes: NoteSample[], jobNotes: NoteSample[]): { typeValue: string } | { folder: string } | undefined {
  const counts = new Map<string, number>();
  for (const n of notes) for (const kind of kindsOf(n).keys()) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const jobKinds = new Set(jobNotes.flatMap((n) => [...kindsOf(n).keys()]));
  const shared = [...counts]
    .filter(([kind, count]) => count >= notes.length * 0.8 && !jobKinds.has(kind) && INTERVIEW_WORDS.test(kind))
    .sort((a, b) => b[1] - a[1])[0];
  if (shared) return { typeValue: shared[0] };
  const folder = commonFolder(notes.map((n) => n.path));
  if (folder !== "" && !jobNotes.some((n) => n.path.startsWith(`${folder}/`))) return { folder };
  return undefined;
}

/** The interview's date in these notes: the field the names say, else the date most of them hold. */
function dateProperty(
  stats: Map<string, PropertyStats>,
  chosen: string | undefined,
  notes: number,
): string | undefined {
  if (chosen) return chosen;
  const dated = [...stats.values()].filter((s) => looksLikeDates(s) && s.notes >= notes * 0.5);
  const named = dated.find((s) => /date|time|when|datum|日|时间|일/i.test(s.key));
  return (named ?? dated.sort((a, b) => b.notes - a.notes)[0])?.key;
}

/**
 * Finds interviews' own notes among `others` (notes that are no application, template or
 * dashboard). `keys` gains the steps they keep where the applications keep none.
 */
export function findMeetings(
  others: NoteSample[],
  jobNotes: NoteSample[],
  keys: Partial<Record<KeyField, string>>,
  reasons: string[],
): MeetingsFound | undefined {
  const names = applicationNames(jobNotes, keys.company ?? "company");
  const linked = others.filter(
    (n) =>
      !personLike(n.frontmatter) &&
      !dashboardReason(n.frontmatter, n.body ?? "") &&
      Object.values(n.frontmatter).some((v) => targetsOf(v).some((t) => names.has(t))),
  );
  const linkKey = linkProperty(linked, names);
  const mark = linked.length > 0 ? markOf(linked, jobNotes) : undefined;
  if (!linkKey || !mark) return undefined;
  const notes = linked.filter((n) => ("folder" in mark ? n.path.startsWith(`${mark.folder}/`) : true));
  const stats = propertyStats(notes.map((n) => n.frontmatter));
  const own: Partial<Record<KeyField, string>> = {};
  chooseFields(stats, new Set([linkKey]), own, []);
  const dateKey = dateProperty(stats, own.interviewDate, notes.length);
  const named = INTERVIEW_WORDS.test("folder" in mark ? mark.folder : mark.typeValue);
  if (!dateKey || !named) return undefined;
  for (const field of MEETING_FIELDS)
    if (keys[field] === undefined && own[field] !== undefined) keys[field] = own[field];
  const where = "folder" in mark ? `in "${mark.folder}/"` : `with "${mark.typeValue}"`;
  reasons.push(
    `interviews kept as notes of their own: the ${notes.length} notes ${where} that link to an application in ` +
      `"${linkKey}"; their date: "${dateKey}"${own.interviewers ? `, their people: "${own.interviewers}"` : ""}`,
  );
  return {
    settings: {
      typeValue: "typeValue" in mark ? mark.typeValue : "",
      folders: "folder" in mark ? [mark.folder] : [],
      linkKey,
      dateKey: dateKey === keys.interviewDate ? "" : dateKey,
      attendeesKey: own.interviewers === undefined || own.interviewers === keys.interviewers ? "" : own.interviewers,
    },
    paths: notes.map((n) => n.path),
  };
}
