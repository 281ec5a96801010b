import { Events, type TFile } from "obsidian";
import { followUpReport, type FollowUpReport, type NoteEntry } from "../core/engine";
import type { InterviewNote, Problem } from "../core/schema";
import type { Settings } from "../core/settings";
import { wallClockOf, type WallTime } from "../core/time";
import { buildViewModel, type ViewModel } from "../core/view-model";
import type { VaultNotes } from "./vault-notes";

/**
 * The index of interview notes and the follow-ups computed from it. Built once when the
 * layout is ready, then kept current one note at a time; listeners hear "updated".
 */
export class FollowUpModel extends Events {
  private entries = new Map<string, NoteEntry>();
  private broken = new Map<string, Problem>();
  private lastMinute: WallTime | undefined;
  ready = false;
  report: FollowUpReport | undefined;
  view: ViewModel | undefined;

  constructor(private readonly notes: VaultNotes, private settings: () => Settings, private readonly now: () => Date) {
    super();
  }

  /** The whole index, from the metadata cache (no file is read, but for broken YAML). */
  rebuild(): void {
    this.entries.clear();
    this.broken.clear();
    for (const file of this.notes.markdownFiles()) this.index(file);
    this.ready = true;
    this.recompute();
  }

  /** One note changed: one update, not a rescan. */
  update(file: TFile): void {
    this.index(file);
    this.recompute();
  }

  rename(file: TFile, oldPath: string): void {
    this.entries.delete(oldPath);
    this.broken.delete(oldPath);
    this.update(file);
  }

  remove(path: string): void {
    const had = this.entries.delete(path) || this.broken.delete(path);
    if (had) this.recompute();
  }

  /** The interview notes the index holds (parsed), for pickers and commands. */
  interviewNotes(): InterviewNote[] {
    return [...this.entries.values()].flatMap((e) => (e.note ? [e.note] : []));
  }

  noteAt(path: string): InterviewNote | undefined {
    return this.entries.get(path)?.note;
  }

  /** Time passes: states move from upcoming to due to overdue without any edit. */
  tick(): void {
    if (this.ready && wallClockOf(this.now()) !== this.lastMinute) this.recompute();
  }

  recompute(): void {
    if (!this.ready) return;
    const now = wallClockOf(this.now());
    this.lastMinute = now;
    const brokenEntries = [...this.broken.values()].map((p): NoteEntry => ({ problems: [p] }));
    this.report = followUpReport([...this.entries.values(), ...brokenEntries], now, this.settings(), this.notes);
    this.view = buildViewModel(this.report);
    this.trigger("updated", this.view);
  }

  private index(file: TFile): void {
    if (file.extension !== "md") return;
    this.broken.delete(file.path);
    const entry = this.notes.entryFor(file);
    if (entry) this.entries.set(file.path, entry);
    else this.entries.delete(file.path);
    if (!entry && this.notes.isBroken(file)) {
      void this.notes.brokenYamlProblem(file).then((problem) => {
        if (!problem) return;
        this.broken.set(file.path, problem);
        this.recompute();
      });
    }
  }
}
