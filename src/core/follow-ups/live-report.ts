import { compareItems, compareProblems, dueItemsForNote, type FollowUpReport, type PeopleDirectory } from "./engine";
import type { DueItem, ItemState } from "./items";
import { PipelineTally, type Contribution, type PipelineSummary } from "./pipeline";
import type { InterviewNote } from "../notes/schema";
import type { Problem } from "../notes/problem";
import type { NoteEntry } from "../notes/note-entry";
import { meetingsOn } from "../notes/meetings";
import { MeetingLinks } from "./attach";
import type { Settings } from "../settings/settings";
import type { WallTime } from "../lib/time";

/**
 * The report kept current one note at a time, for the plugin: a changed note costs that note's
 * work and a splice into the sorted list, never a pass over the vault. The whole report is
 * recomputed only when the minute changes (states depend on the time) or the settings do.
 */

export class LiveReport {
  /** What the report shows for each note: with interviews' own notes attached, when the vault keeps them. */
  private entries = new Map<string, NoteEntry>();
  /** The notes as read, when interviews' own notes are attached to them. */
  private readonly raw = new Map<string, NoteEntry>();
  private links: MeetingLinks | undefined;
  private itemsByPath = new Map<string, DueItem[]>();
  private contributions = new Map<string, Contribution>();
  private tally: PipelineTally;
  private sorted: DueItem[] = [];
  private groups: Record<ItemState, DueItem[]> = { overdue: [], due: [], upcoming: [] };
  private problems: Problem[] = [];
  private now: WallTime | undefined;

  constructor(
    private settings: Settings,
    private readonly people?: PeopleDirectory,
  ) {
    this.tally = new PipelineTally(settings);
    this.links = meetingsOn(settings) ? new MeetingLinks(settings) : undefined;
  }

  /** New settings; the notes are set again after (they are read with the settings). */
  setSettings(settings: Settings): void {
    this.settings = settings;
    this.tally = new PipelineTally(settings);
    this.now = undefined;
    this.raw.clear();
    this.links = meetingsOn(settings) ? new MeetingLinks(settings) : undefined;
  }

  /** Sets the time; a new minute recomputes every note's items. */
  at(now: WallTime): void {
    if (now === this.now) return;
    this.reset();
    this.now = now;
    for (const [path, entry] of this.entries) this.add(path, entry);
    this.sorted.sort(compareItems);
    for (const group of Object.values(this.groups)) group.sort(compareItems);
    this.problems.sort(compareProblems);
  }

  private reset(): void {
    this.sorted = [];
    this.groups = { overdue: [], due: [], upcoming: [] };
    this.problems = [];
    this.itemsByPath.clear();
    this.contributions.clear();
    this.tally = new PipelineTally(this.settings);
  }

  set(path: string, entry: NoteEntry | undefined): void {
    const links = this.links;
    if (links) {
      if (entry) this.raw.set(path, entry);
      else this.raw.delete(path);
      // An interview's note changes its application's items, and an application its interviews'.
      for (const changed of links.set(path, entry)) this.show(changed, this.raw.get(changed), links);
      return;
    }
    this.show(path, entry);
  }

  private show(path: string, entry: NoteEntry | undefined, links?: MeetingLinks): void {
    if (this.entries.has(path)) this.remove(path);
    if (!entry) return;
    const shown = links ? links.joined(path, entry) : entry;
    this.entries.set(path, shown);
    if (this.now !== undefined) this.add(path, shown, true);
  }

  delete(path: string): void {
    this.set(path, undefined);
  }

  clear(): void {
    this.entries.clear();
    this.raw.clear();
    if (this.links) this.links = new MeetingLinks(this.settings);
    this.reset();
    this.now = undefined;
  }

  notes(): InterviewNote[] {
    return [...this.entries.values()].flatMap((e) => (e.note ? [e.note] : []));
  }

  noteAt(path: string): InterviewNote | undefined {
    return this.entries.get(path)?.note;
  }

  private add(path: string, entry: NoteEntry, insertSorted = false): void {
    if (this.now === undefined) return;
    for (const p of entry.problems) {
      if (insertSorted) this.problems.splice(upperBound(this.problems, p, compareProblems), 0, p);
      else this.problems.push(p);
    }
    const note = entry.note;
    if (!note) return;
    const items = dueItemsForNote(note, this.now, this.settings, this.people);
    if (items.length > 0) {
      this.itemsByPath.set(path, items);
      for (const item of items) {
        const group = this.groups[item.state];
        if (insertSorted) {
          this.sorted.splice(upperBound(this.sorted, item, compareItems), 0, item);
          group.splice(upperBound(group, item, compareItems), 0, item);
        } else {
          this.sorted.push(item);
          group.push(item);
        }
      }
    }
    const c = this.tally.contribution(note, this.now);
    this.contributions.set(path, c);
    this.tally.add(c);
  }

  private remove(path: string): void {
    const entry = this.entries.get(path);
    this.entries.delete(path);
    if (this.now === undefined) return;
    // Found by binary search, then by identity among equals: no pass over the whole list.
    for (const p of entry?.problems ?? []) removeOne(this.problems, p, compareProblems);
    const items = this.itemsByPath.get(path);
    if (items) {
      for (const item of items) {
        removeOne(this.sorted, item, compareItems);
        removeOne(this.groups[item.state], item, compareItems);
      }
      this.itemsByPath.delete(path);
    }
    const c = this.contributions.get(path);
    if (c) this.tally.remove(c);
    this.contributions.delete(path);
  }

  /** The items grouped by state, each group in report order (kept, not recomputed). */
  byState(): Record<ItemState, readonly DueItem[]> {
    return this.groups;
  }

  summary(): PipelineSummary {
    return this.tally.summary();
  }

  /** The report as followUpReport would give it for the same notes and time. */
  report(extraProblems: readonly Problem[] = []): FollowUpReport {
    const problems =
      extraProblems.length === 0 ? this.problems : [...this.problems, ...extraProblems].sort(compareProblems);
    return { now: this.now ?? 0, items: this.sorted, problems, summary: this.summary() };
  }
}

/** The index after the last element that sorts before or equal to `value`. */
function upperBound<T>(list: readonly T[], value: T, compare: (a: T, b: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(list[mid] as T, value) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Removes `value` itself (not an equal one) from a sorted list. */
function removeOne<T>(list: T[], value: T, compare: (a: T, b: T) => number): void {
  for (let i = upperBound(list, value, compare) - 1; i >= 0 && compare(list[i] as T, value) === 0; i--) {
    if (list[i] === value) {
      list.splice(i, 1);
      return;
    }
  }
  const i = list.indexOf(value);
  if (i !== -1) list.splice(i, 1);
}
