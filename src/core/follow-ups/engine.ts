import type { Person } from "../notes/people";
import { PipelineTally, type PipelineSummary } from "./pipeline";
import { isPerishable, itemsForNote, kindOrder } from "./kinds";
import type { DueItem, ItemKind, ItemState, RawItem } from "./items";
import type { InterviewNote } from "../notes/schema";
import type { Problem } from "../notes/problem";
import type { NoteEntry } from "../notes/note-entry";
import { attachAll } from "./attach";
import { compareText } from "../lib/compare-text";
import type { Settings } from "../settings/settings";
import { dayOf, formatWhen, type WallTime, type When } from "../lib/time";

/**
 * Turns interview notes into the follow-ups due at `now`. The caller supplies the notes
 * (from the metadata cache, or files on disk), the time, and a way to look up a linked
 * person's email; the engine has no other view of the world.
 */

export interface PeopleDirectory {
  /** The email of the person note a link points at, seen from the note holding the link. */
  emailOf(linkTarget: string, fromFile: string): string | undefined;
}

export interface FollowUpReport {
  now: WallTime;
  items: DueItem[];
  problems: Problem[];
  summary: PipelineSummary;
}

/** The state of an item due at `due`, or undefined when it is beyond the look-ahead. */
export function stateOf(due: When, now: WallTime, lookaheadDays: number): ItemState | undefined {
  const today = dayOf(now);
  const dueDay = dayOf(due.at);
  if (due.hasTime ? now > due.at : dueDay < today) return "overdue";
  if (dueDay === today) return "due";
  return dueDay - today <= lookaheadDays ? "upcoming" : undefined;
}

export function itemId(file: string, kind: ItemKind, person?: string, attempt?: number): string {
  let id = `${file}#${kind}`;
  if (person !== undefined) id += `/${person.toLowerCase()}`;
  if (attempt !== undefined) id += `/${attempt}`;
  return id;
}

/** A person's email: the one written with their name, else their person note's (by link). */
export function emailFor(
  person: Person | undefined,
  file: string,
  people: PeopleDirectory | undefined,
): string | undefined {
  if (!person) return undefined;
  if (person.email) return person.email;
  if (person.link && people) return people.emailOf(person.link.target, file);
  return undefined;
}

function toDueItem(note: InterviewNote, raw: RawItem, state: ItemState, people: PeopleDirectory | undefined): DueItem {
  // Every field set, absent ones to undefined: one shape for every item (sorting reads them).
  return {
    id: itemId(note.file, raw.kind, raw.person?.name, raw.attempt),
    file: note.file,
    kind: raw.kind,
    person: raw.person?.name,
    email: emailFor(raw.person, note.file, people) || undefined,
    channel: raw.channel,
    attempt: raw.attempt,
    missing: raw.missing,
    application: raw.application,
    due: raw.due,
    state,
    company: note.company,
    role: note.role,
    stage: note.stage,
    interview: note.interview,
  };
}

/** The items of one note that are shown at `now`, with their states. */
export function dueItemsForNote(
  note: InterviewNote,
  now: WallTime,
  settings: Settings,
  people?: PeopleDirectory,
): DueItem[] {
  const rules = settings.rules;
  const today = dayOf(now);
  const out: DueItem[] = [];
  const hasEmail = (p: Person) => emailFor(p, note.file, people) !== undefined;
  for (const raw of itemsForNote(note, now, rules, hasEmail)) {
    const state = stateOf(raw.due, now, rules.lookaheadDays);
    if (!state) continue;
    if (isPerishable(raw.kind) && today - dayOf(raw.due.at) > rules.staleDays) continue;
    out.push(toDueItem(note, raw, state, people));
  }
  return out;
}

export function compareItems(a: DueItem, b: DueItem): number {
  return (
    a.due.at - b.due.at ||
    Number(a.due.hasTime) - Number(b.due.hasTime) ||
    compareText(a.file, b.file) ||
    kindOrder(a.kind) - kindOrder(b.kind) ||
    (a.attempt ?? 0) - (b.attempt ?? 0) ||
    compareText(a.person ?? "", b.person ?? "")
  );
}

export function summarize(notes: Iterable<InterviewNote>, now: WallTime, settings: Settings): PipelineSummary {
  const tally = new PipelineTally(settings);
  for (const note of notes) tally.add(tally.contribution(note, now));
  return tally.summary();
}

/** Problems by file, then line. */
export function compareProblems(a: Problem, b: Problem): number {
  return compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/** The whole report for a set of notes at `now`. */
export function followUpReport(
  entries: Iterable<NoteEntry>,
  now: WallTime,
  settings: Settings,
  people?: PeopleDirectory,
): FollowUpReport {
  const items: DueItem[] = [];
  const problems: Problem[] = [];
  const notes: InterviewNote[] = [];
  for (const entry of attachAll(entries, settings)) {
    for (const p of entry.problems) problems.push(p);
    if (!entry.note) continue;
    notes.push(entry.note);
    for (const item of dueItemsForNote(entry.note, now, settings, people)) items.push(item);
  }
  items.sort(compareItems);
  problems.sort(compareProblems);
  return { now, items, problems, summary: summarize(notes, now, settings) };
}

/** The report as plain JSON, as the CLI prints it with --json. */
export function reportToJson(report: FollowUpReport, formatNow: (t: WallTime) => string): unknown {
  return {
    now: formatNow(report.now),
    items: report.items.map((i) => ({
      file: i.file,
      kind: i.kind,
      person: i.person ?? null,
      email: i.email ?? null,
      channel: i.channel ?? null,
      attempt: i.attempt ?? null,
      ...(i.missing ? { missing: i.missing } : {}),
      ...(i.application ? { application: true } : {}),
      due: formatWhen(i.due),
      state: i.state,
      company: i.company,
      role: i.role,
      stage: i.stage,
    })),
    problems: report.problems.map((p) => ({
      file: p.file,
      key: p.key ?? null,
      line: p.line ?? null,
      message: p.message,
    })),
    summary: report.summary,
  };
}
