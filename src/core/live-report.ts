import { compareItems, dueItemsForNote, type DueItem, type FollowUpReport, type ItemState, type NoteEntry, type PeopleDirectory, type PipelineSummary } from "./engine";
import type { InterviewNote, Problem } from "./schema";
import type { Settings } from "./settings";
import { hasArrived, type WallTime } from "./time";

/**
 * The report kept current one note at a time, for the plugin: a changed note costs that note's
 * work and a splice into the sorted list, never a pass over the vault. The whole report is
 * recomputed only when the minute changes (states depend on the time) or the settings do.
 */

interface Contribution {
  application?: string;
  awaiting: boolean;
  offer: boolean;
  accepted: boolean;
}

function contribution(note: InterviewNote, now: WallTime, offers: Set<string>, accepted: Set<string>): Contribution {
  const c: Contribution = {
    awaiting: !note.closed && note.interview !== undefined && hasArrived(note.interview, now) && !note.replied,
    offer: offers.has(note.status),
    accepted: accepted.has(note.status),
  };
  if (!note.closed) c.application = `${note.company.toLowerCase()}\u0000${note.role.toLowerCase()}`;
  return c;
}

function byFileThenLine(a: Problem, b: Problem): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0);
}

export class LiveReport {
  private entries = new Map<string, NoteEntry>();
  private itemsByPath = new Map<string, DueItem[]>();
  private contributions = new Map<string, Contribution>();
  private sorted: DueItem[] = [];
  private groups: Record<ItemState, DueItem[]> = { overdue: [], due: [], upcoming: [] };
  private problems: Problem[] = [];
  private applications = new Map<string, number>();
  private awaiting = 0;
  private offers = 0;
  private accepted = 0;
  private now: WallTime | undefined;
  private offerSet = new Set<string>();
  private acceptedSet = new Set<string>();

  constructor(private settings: Settings, private readonly people?: PeopleDirectory) {
    this.setSettings(settings);
  }

  setSettings(settings: Settings): void {
    this.settings = settings;
    this.offerSet = new Set(settings.offerStatuses.map((s) => s.toLowerCase()));
    this.acceptedSet = new Set(settings.acceptedStatuses.map((s) => s.toLowerCase()));
    this.now = undefined;
  }

  /** Sets the time; a new minute recomputes every note's items. */
  at(now: WallTime): void {
    if (now === this.now) return;
    this.reset();
    this.now = now;
    for (const [path, entry] of this.entries) this.add(path, entry);
    this.sorted.sort(compareItems);
    for (const group of Object.values(this.groups)) group.sort(compareItems);
    this.problems.sort(byFileThenLine);
  }

  private reset(): void {
    this.sorted = [];
    this.groups = { overdue: [], due: [], upcoming: [] };
    this.problems = [];
    this.itemsByPath.clear();
    this.contributions.clear();
    this.applications.clear();
    this.awaiting = this.offers = this.accepted = 0;
  }

  set(path: string, entry: NoteEntry | undefined): void {
    if (this.entries.has(path)) this.remove(path);
    if (!entry) return;
    this.entries.set(path, entry);
    if (this.now !== undefined) this.add(path, entry, true);
  }

  delete(path: string): void {
    if (this.entries.has(path)) this.remove(path);
  }

  clear(): void {
    this.entries.clear();
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
      if (insertSorted) this.problems.splice(upperBound(this.problems, p, byFileThenLine), 0, p);
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
    const c = contribution(note, this.now, this.offerSet, this.acceptedSet);
    this.contributions.set(path, c);
    this.tally(c, 1);
  }

  private remove(path: string): void {
    const entry = this.entries.get(path);
    this.entries.delete(path);
    if (this.now === undefined) return;
    // Found by binary search, then by identity among equals: no pass over the whole list.
    for (const p of entry?.problems ?? []) removeOne(this.problems, p, byFileThenLine);
    const items = this.itemsByPath.get(path);
    if (items) {
      for (const item of items) {
        removeOne(this.sorted, item, compareItems);
        removeOne(this.groups[item.state], item, compareItems);
      }
      this.itemsByPath.delete(path);
    }
    const c = this.contributions.get(path);
    if (c) this.tally(c, -1);
    this.contributions.delete(path);
  }

  private tally(c: Contribution, sign: 1 | -1): void {
    if (c.application !== undefined) {
      const n = (this.applications.get(c.application) ?? 0) + sign;
      if (n > 0) this.applications.set(c.application, n);
      else this.applications.delete(c.application);
    }
    if (c.awaiting) this.awaiting += sign;
    if (c.offer) this.offers += sign;
    if (c.accepted) this.accepted += sign;
  }


  /** The items grouped by state, each group in report order (kept, not recomputed). */
  byState(): Record<ItemState, readonly DueItem[]> {
    return this.groups;
  }

  summary(): PipelineSummary {
    const threshold = this.settings.keepApplyingThreshold;
    const active = this.applications.size;
    return { active, awaitingReply: this.awaiting, offers: this.offers, keepApplyingThreshold: threshold, keepApplying: this.accepted === 0 && active < threshold };
  }

  /** The report as followUpReport would give it for the same notes and time. */
  report(extraProblems: readonly Problem[] = []): FollowUpReport {
    const problems = extraProblems.length === 0 ? this.problems : [...this.problems, ...extraProblems].sort(byFileThenLine);
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
