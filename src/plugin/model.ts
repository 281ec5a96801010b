import { Events, type TFile } from "obsidian";
import type { FollowUpReport } from "../core/follow-ups/engine";
import type { DueItem } from "../core/follow-ups/items";
import { LiveReport } from "../core/follow-ups/live-report";
import type { InterviewNote } from "../core/notes/schema";
import type { Problem } from "../core/notes/problem";
import type { Settings } from "../core/settings/settings";
import { buildViewModel, type ViewItem, type ViewModel } from "../core/follow-ups/view-model";
import type { VaultNotes } from "./vault-notes";
import type { PeopleDirectory } from "../core/follow-ups/engine";
import type { Clock } from "../core/lib/clock";
import { buildBoard, type Board } from "../core/follow-ups/board";
import { STATUS_CLASSES, type StatusClass } from "../core/settings/settings";

/**
 * The index of interview notes and the follow-ups computed from it. Built once when the
 * layout is ready, then kept current one note at a time (a changed note costs that note's
 * work, whatever the size of the vault); listeners hear "updated".
 */
export class FollowUpModel extends Events {
  private live: LiveReport;
  private broken = new Map<string, Problem>();
  private viewCache = new WeakMap<DueItem, ViewItem>();
  private filter = "";
  ready = false;
  report: FollowUpReport | undefined;
  view: ViewModel | undefined;

  constructor(
    private readonly notes: VaultNotes,
    private readonly settings: () => Settings,
    private readonly clock: Clock,
  ) {
    super();
    this.live = new LiveReport(settings(), notes);
  }

  /** Emails of the person notes interviewers link to. */
  people(): PeopleDirectory {
    return this.notes;
  }

  /** The whole index, from the metadata cache (no file is read, but for broken YAML). */
  rebuild(): void {
    this.live.clear();
    this.live.setSettings(this.settings());
    this.broken.clear();
    // Nothing to forget on a fresh index: only the notes that are interview notes are stored.
    for (const file of this.notes.markdownFiles()) {
      const entry = this.notes.entryFor(file);
      if (entry !== undefined) this.store(file, entry);
    }
    this.ready = true;
    this.publish();
  }

  /** One note changed: one update, not a rescan. */
  update(file: TFile): void {
    this.index(file);
    this.publish();
  }

  rename(file: TFile, oldPath: string): void {
    this.live.delete(oldPath);
    this.broken.delete(oldPath);
    this.update(file);
  }

  remove(path: string): void {
    this.live.delete(path);
    this.broken.delete(path);
    // A sync tool's copy of the note that went is now the only one left: read it as the note.
    for (const copy of this.notes.syncCopiesOf(path)) this.index(copy);
    this.publish();
  }

  /**
   * The pipeline board of the applications the index holds, or of `only` (a base's notes),
   * with the columns folded as the user left them (closed folded until opened).
   */
  board(only?: ReadonlySet<string>): Board | undefined {
    const report = this.report;
    if (!report) return undefined;
    const notes = this.live.notes().filter((n) => !only || only.has(n.file));
    const items = only ? report.items.filter((i) => only.has(i.file)) : report.items;
    return buildBoard(notes, items, report.now, foldedColumns(this.settings().view.collapsed));
  }

  /** The interview notes the index holds (parsed), for pickers and commands. */
  interviewNotes(): InterviewNote[] {
    return this.live.notes();
  }

  noteAt(path: string): InterviewNote | undefined {
    return this.live.noteAt(path);
  }

  /** Time passes: states move from upcoming to due to overdue without any edit. */
  tick(): void {
    if (this.ready) this.publish();
  }

  /** Settings changed elsewhere than the vault (the clock is read again too). */
  recompute(): void {
    this.publish();
  }

  /** The sidebar's filter box: kept for the session, not in the settings. */
  setFilter(text: string): void {
    if (text === this.filter) return;
    this.filter = text;
    // The report is the same whatever the filter shows: only the view is drawn again.
    this.publishView();
  }

  private publish(): void {
    if (!this.ready) return;
    this.live.at(this.clock.wall());
    this.report = this.live.report([...this.broken.values()]);
    this.publishView();
  }

  private publishView(): void {
    if (!this.report) return;
    const { groupBy, collapsed, compact } = this.settings().view;
    this.view = buildViewModel(this.report, this.viewCache, this.live.byState(), {
      groupBy: groupBy === "application" ? "application" : "due",
      collapsed,
      compact,
      filter: this.filter,
    });
    this.trigger("updated", this.view);
  }

  private index(file: TFile): void {
    if (file.extension !== "md") return;
    this.broken.delete(file.path);
    this.store(file, this.notes.entryFor(file));
  }

  private store(file: TFile, entry: ReturnType<VaultNotes["entryFor"]>): void {
    this.live.set(file.path, entry === "broken" ? undefined : entry);
    if (entry === "broken") {
      void this.notes.brokenYamlProblem(file).then((problem) => {
        if (!problem) return;
        this.broken.set(file.path, problem);
        this.publish();
      });
    }
  }
}

/**
 * The board's folded columns, kept with the sidebar's folded sections: `board:<class>` toggles one
 * (closed starts folded).
 */
export function foldedColumns(collapsed: readonly string[]): StatusClass[] {
  return STATUS_CLASSES.filter((c) => collapsed.includes(`board:${c}`) !== (c === "closed"));
}
