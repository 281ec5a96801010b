import type { InterviewNote } from "../notes/schema";
import type { Settings } from "../settings/settings";
import { StringDict } from "../lib/string-dict";
import { applicationKey } from "../notes/application-key";
import { hasArrived, type WallTime } from "../lib/time";

/**
 * The pipeline line (active applications, awaiting reply, offers, keep applying): what one note
 * contributes, and a tally that can add and take away contributions, so the one-shot report and
 * the plugin's note-by-note report count by the same rule.
 */

export interface PipelineSummary {
  /**
   * Applications (company and role) really applied to and still open (applied or interviewing,
   * not considering, offer or closed): two rounds with the same employer for the same role are
   * one application in the pipeline.
   */
  active: number;
  /** Active interview notes that have happened and have no reply yet. */
  awaitingReply: number;
  offers: number;
  keepApplyingThreshold: number;
  /** Fewer active interviews than the threshold, and no accepted offer. */
  keepApplying: boolean;
  /** Application notes read, whatever their status: none means nothing was found, not a slow search. */
  notes: number;
}

export interface Contribution {
  application?: string;
  awaiting: boolean;
  offer: boolean;
  accepted: boolean;
}

export class PipelineTally {
  private readonly applications = new StringDict<number>();
  private awaiting = 0;
  private offers = 0;
  private accepted = 0;
  private notes = 0;
  private readonly acceptedSet: ReadonlySet<string>;
  /**
   * Application keys by company and role as written. A search has a few dozen of them, and
   * looking the key up costs less than lower-casing and joining two strings for every note.
   */
  private readonly keys = new StringDict<StringDict<string>>();
  private keyCount = 0;

  constructor(private readonly settings: Settings) {
    this.acceptedSet = new Set(settings.acceptedStatuses.map((s) => s.toLowerCase()));
  }

  contribution(note: InterviewNote, now: WallTime): Contribution {
    const c: Contribution = {
      awaiting:
        note.phase === "interviewing" &&
        note.interview !== undefined &&
        hasArrived(note.interview, now) &&
        !note.replied,
      offer: note.phase === "offer",
      accepted: this.acceptedSet.has(note.status),
    };
    if ((note.phase === "applied" || note.phase === "interviewing") && !note.unplaced)
      c.application = this.cachedKey(note.company, note.role);
    return c;
  }

  private cachedKey(company: string, role: string): string {
    let byRole = this.keys.get(company);
    let key = byRole?.get(role);
    if (key !== undefined) return key;
    // Bounded whatever the vault: start over past a size no job search reaches.
    if (this.keyCount >= 4096) {
      this.keys.clear();
      this.keyCount = 0;
      byRole = undefined;
    }
    if (!byRole) this.keys.set(company, (byRole = new StringDict()));
    key = applicationKey(company, role);
    byRole.set(role, key);
    this.keyCount++;
    return key;
  }

  add(c: Contribution, sign: 1 | -1 = 1): void {
    if (c.application !== undefined) {
      const n = (this.applications.get(c.application) ?? 0) + sign;
      if (n > 0) this.applications.set(c.application, n);
      else this.applications.delete(c.application);
    }
    this.notes += sign;
    if (c.awaiting) this.awaiting += sign;
    if (c.offer) this.offers += sign;
    if (c.accepted) this.accepted += sign;
  }

  remove(c: Contribution): void {
    this.add(c, -1);
  }

  summary(): PipelineSummary {
    const threshold = this.settings.keepApplyingThreshold;
    const active = this.applications.size;
    return {
      active,
      awaitingReply: this.awaiting,
      offers: this.offers,
      keepApplyingThreshold: threshold,
      keepApplying: this.notes > 0 && this.accepted === 0 && active < threshold,
      notes: this.notes,
    };
  }
}
