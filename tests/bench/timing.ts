import { performance } from "node:perf_hooks";
import { median as coreMedian } from "../../src/core/stats/stats";

/** Medians, and the floor against which a row is read. */

export function median(values: number[]): number {
  return coreMedian(values) ?? 0;
}

export interface Paired {
  floor: number;
  subject: number;
  /** The median of the ratios taken pair by pair (each subject run over the floor run beside it). */
  ratio: number;
}

/** The pairs' medians and the median of their ratios. */
export function paired(floors: number[], subjects: number[]): Paired {
  const ratios = subjects.map((s, i) => s / Math.max(floors[i] ?? 0, 1e-6));
  return { floor: median(floors), subject: median(subjects), ratio: median(ratios) };
}

export interface Timing {
  runs: number;
  warmupRuns: number;
  warmupMs: number;
}

function warmUp(fn: () => void, t: Timing): void {
  const t0 = performance.now();
  for (let i = 0; i < t.warmupRuns || performance.now() - t0 < t.warmupMs; i++) fn();
}

/**
 * Warm-up (at least so many runs and so long, so that what is timed is the optimised code:
 * V8 compiles hot functions in the background), then the median of `runs`.
 */
export function time(fn: () => void, t: Timing): number {
  warmUp(fn, t);
  const samples: number[] = [];
  for (let i = 0; i < t.runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/**
 * Runs the floor and the subject alternately, so a machine whose speed drifts (as shared ones
 * do, by several times over minutes) affects both alike, and takes the ratio pair by pair.
 */
export function timePair(floor: () => void, subject: () => void, t: Timing): Paired {
  warmUp(() => {
    floor();
    subject();
  }, t);
  const fs: number[] = [];
  const ss: number[] = [];
  for (let i = 0; i < t.runs; i++) {
    let t0 = performance.now();
    floor();
    fs.push(performance.now() - t0);
    t0 = performance.now();
    subject();
    ss.push(performance.now() - t0);
  }
  return paired(fs, ss);
}
