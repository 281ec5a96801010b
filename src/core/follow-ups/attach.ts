import { compareText } from "../lib/compare-text";
import { noteTitle } from "../lib/paths";
import { dayOf, formatDate } from "../lib/time";
import type { Meeting } from "../notes/meetings";
import type { NoteEntry } from "../notes/note-entry";
import { linkBasename } from "../notes/people";
import type { InterviewNote, Recorded } from "../notes/schema";
import type { Problem } from "../notes/problem";
import { quoteValue } from "../notes/values";
import { isOpenStatus, statusFor } from "../settings/status-words";
import type { Settings } from "../settings/settings";

/**
 * Interviews kept as notes of their own, attached to their applications: a meeting note links
 * to the application's note (`[[Acme - Engineer]]`) or to its company's (`[[Acme]]`, when one
 * application of that company is open). The application is then read with its latest
 * interview: that interview's date, people and steps, so its thank-yous, debrief and follow-ups
 * are due as for an interview kept in the application's own note, and each step is written
 * where it is kept (write-target.ts). Kept current one note at a time for the plugin.
 */

/** The latest dated interview, and how many came before it. */
function latest(meetings: Iterable<Meeting>): { meeting: Meeting; before: number } | undefined {
  const dated = [...meetings].filter((m) => m.note.interview !== undefined);
  dated.sort((a, b) => (a.note.interview?.at ?? 0) - (b.note.interview?.at ?? 0) || compareText(a.file, b.file));
  const meeting = dated[dated.length - 1];
  return meeting && { meeting, before: dated.length - 1 };
}

/** What the application's own note records, unless an earlier interview's (dated before this one). */
function since<T extends Recorded>(record: T | undefined, day: number): T | undefined {
  return record && (record.date === undefined || dayOf(record.date.at) >= day) ? record : undefined;
}

/** The application read with its latest interview's note; its own problems, less a missing interview date. */
export function withMeetings(entry: NoteEntry, meetings: Iterable<Meeting>, settings: Settings): NoteEntry {
  const app = entry.note;
  const found = app && latest(meetings);
  const interview = found?.meeting.note.interview;
  if (!app || !found || !interview) return entry;
  if (app.interview && app.interview.at > interview.at)
    return { ...entry, note: { ...app, earlierRounds: app.earlierRounds + found.before + 1 } };
  const m = found.meeting.note;
  const day = dayOf(interview.at);
  const thankedHere = app.thankedOn === undefined || dayOf(app.thankedOn.at) >= day;
  const datesSay = settings.noWordFor.includes("interviewing") || isOpenStatus(app.status);
  const statusClass = app.statusClass === "applied" && datesSay ? "interviewing" : app.statusClass;
  const phase = statusClass ?? (app.unplaced ? app.phase : "interviewing");
  const note: InterviewNote = {
    ...app,
    interview,
    interviewers: m.interviewers.length > 0 ? m.interviewers : app.interviewers,
    stage: m.stage || app.stage,
    decisionBy: m.decisionBy ?? (app.decisionBy && dayOf(app.decisionBy.at) >= day ? app.decisionBy : undefined),
    thanked: m.thanked.length > 0 ? m.thanked : thankedHere ? app.thanked : [],
    thankedOn: m.thankedOn ?? (thankedHere ? app.thankedOn : undefined),
    references: app.references.length > 0 ? app.references : m.references,
    statusClass,
    phase,
    closed: phase === "closed" || phase === "offer",
    earlierRounds: app.earlierRounds + found.before,
    meetingFile: found.meeting.file,
  };
  for (const step of ["debriefed", "referencesInformed", "followUp1", "followUp2", "replied"] as const)
    note[step] = m[step] ?? since(app[step], day);
  return { ...entry, note, problems: meetingProblems(entry.problems, note, found.meeting, settings) };
}

function meetingProblems(
  own: readonly Problem[],
  note: InterviewNote,
  meeting: Meeting,
  settings: Settings,
): Problem[] {
  const problems = own.filter((p) => p.fix !== "log-interview");
  if (note.statusClass === "applied" || note.statusClass === "considering") {
    const key = settings.keys.status;
    problems.push({
      file: note.file,
      key,
      message:
        `${key} ${quoteValue(note.statusText)} says no interview yet, but "${meeting.file}" is an interview on ` +
        `${formatDate(meeting.note.interview?.at ?? 0)}: set ${key} to ${statusFor("interviewing", settings)} for its follow-ups`,
    });
  }
  return problems;
}

/** The names an application is linked by: its note's, its company's. */
function namesOf(path: string, note: InterviewNote): { name: string; companies: string[] } {
  const companies = new Set([note.company.toLowerCase()]);
  if (note.companyLink) companies.add(linkBasename(note.companyLink).toLowerCase());
  return { name: noteTitle(path).toLowerCase(), companies: [...companies].filter((c) => c !== "") };
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (!set) return;
  set.delete(value);
  if (set.size === 0) map.delete(key);
}

/**
 * Which application each interview's note belongs to, kept as notes come, change and go: each
 * change says which notes' joined entries may have changed, so the plugin redoes only those.
 */
export class MeetingLinks {
  private readonly apps = new Map<string, NoteEntry>();
  private readonly byName = new Map<string, Set<string>>();
  private readonly byCompany = new Map<string, Set<string>>();
  private readonly meetings = new Map<string, Meeting>();
  private readonly byTarget = new Map<string, Set<string>>();
  /** Meeting → its application's path, or why it has none. */
  private readonly attachedTo = new Map<string, string | Problem>();
  private readonly attached = new Map<string, Set<string>>();

  constructor(private readonly settings: Settings) {}

  /** Records a note's entry (undefined: gone); returns the notes whose joined entry may have changed. */
  set(path: string, entry: NoteEntry | undefined): Set<string> {
    const changed = new Set<string>([path]);
    const resolve = new Set<string>();
    const app = this.apps.get(path);
    if (app) this.unindexApp(path, app, resolve);
    if (this.meetings.has(path)) this.unindexMeeting(path, changed);
    if (entry?.note) this.indexApp(path, entry, resolve);
    if (entry?.meeting) {
      this.meetings.set(path, entry.meeting);
      for (const link of entry.meeting.links) addTo(this.byTarget, link.toLowerCase(), path);
      resolve.add(path);
    }
    for (const m of resolve) this.reattach(m, changed);
    return changed;
  }

  /** What the report shows for a note: an application with its interviews, an interview's own problems. */
  joined(path: string, entry: NoteEntry): NoteEntry {
    if (entry.meeting) {
      const to = this.attachedTo.get(path);
      return { problems: typeof to === "object" ? [...entry.problems, to] : entry.problems };
    }
    const ids = this.attached.get(path);
    if (!ids || !entry.note) return entry;
    const meetings = [...ids].flatMap((id) => this.meetings.get(id) ?? []);
    return withMeetings(entry, meetings, this.settings);
  }

  private indexApp(path: string, entry: NoteEntry, resolve: Set<string>): void {
    this.apps.set(path, entry);
    const { name, companies } = namesOf(path, entry.note as InterviewNote);
    addTo(this.byName, name, path);
    for (const c of companies) addTo(this.byCompany, c, path);
    for (const key of [name, ...companies]) for (const m of this.byTarget.get(key) ?? []) resolve.add(m);
  }

  private unindexApp(path: string, entry: NoteEntry, resolve: Set<string>): void {
    this.apps.delete(path);
    const { name, companies } = namesOf(path, entry.note as InterviewNote);
    removeFrom(this.byName, name, path);
    for (const c of companies) removeFrom(this.byCompany, c, path);
    for (const m of this.attached.get(path) ?? []) resolve.add(m);
    for (const key of [name, ...companies]) for (const m of this.byTarget.get(key) ?? []) resolve.add(m);
  }

  private unindexMeeting(path: string, changed: Set<string>): void {
    const meeting = this.meetings.get(path);
    this.meetings.delete(path);
    for (const link of meeting?.links ?? []) removeFrom(this.byTarget, link.toLowerCase(), path);
    const to = this.attachedTo.get(path);
    if (typeof to === "string") {
      removeFrom(this.attached, to, path);
      changed.add(to);
    }
    this.attachedTo.delete(path);
  }

  private reattach(path: string, changed: Set<string>): void {
    const meeting = this.meetings.get(path);
    const before = this.attachedTo.get(path);
    if (typeof before === "string") removeFrom(this.attached, before, path);
    if (!meeting) return;
    const to = this.resolve(meeting);
    this.attachedTo.set(path, to);
    if (typeof to === "string") addTo(this.attached, to, path);
    changed.add(path);
    if (typeof before === "string") changed.add(before);
    if (typeof to === "string") changed.add(to);
  }

  /** The application an interview's note belongs to: the note it links to, else its company's one open application. */
  private resolve(meeting: Meeting): string | Problem {
    const key = this.settings.meetings.linkKey.trim() || undefined;
    for (const link of meeting.links) {
      const named = [...(this.byName.get(link.toLowerCase()) ?? [])].sort(compareText);
      if (named[0] !== undefined) return named[0];
    }
    for (const link of meeting.links) {
      const of = [...(this.byCompany.get(link.toLowerCase()) ?? [])].sort(compareText);
      const open = of.filter((p) => this.apps.get(p)?.note?.closed !== true);
      const only = of.length === 1 ? of[0] : open.length === 1 ? open[0] : undefined;
      if (only !== undefined) return only;
      if (of.length > 1) {
        const titles = of.map((p) => `"${noteTitle(p)}"`).join(", ");
        const message = `links to [[${link}]], the company of ${of.length} applications (${titles}): link the application's own note`;
        return { file: meeting.file, ...(key ? { key } : {}), message };
      }
    }
    const message =
      meeting.links.length === 0
        ? `an interview's note with no link to its application: link it${key ? ` in ${key}` : ""} (such as [[Acme - Engineer]]) for its follow-ups`
        : `links to ${meeting.links.map((l) => `[[${l}]]`).join(", ")}, which is no application's note nor the company of one: link it to its application for its follow-ups`;
    return { file: meeting.file, ...(key ? { key } : {}), message };
  }
}

/** Every entry with interviews' notes attached to their applications (the command line, VS Code). */
export function attachAll(entries: Iterable<NoteEntry>, settings: Settings): NoteEntry[] {
  const list = [...entries];
  if (!list.some((e) => e.meeting)) return list;
  const links = new MeetingLinks(settings);
  const paths = list.map((e, i) => e.note?.file ?? e.meeting?.file ?? `\u0000${i}`);
  list.forEach((e, i) => links.set(paths[i] as string, e));
  return list.map((e, i) => links.joined(paths[i] as string, e));
}
