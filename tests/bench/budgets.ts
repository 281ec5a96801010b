/**
 * Every budget of the benchmark, each a ratio against a floor measured in the same run (the
 * size of main.js aside, which is bytes, not time). Each was set from five idle runs on
 * 2026-12-07 (docs/performance.md lists their spread), with room for a busy machine, which moves
 * a ratio taken pair by pair far less than it moves milliseconds.
 */
export const BUDGETS = {
  /** The due list from parsed frontmatter, against touching every key and list item (idle: 20.3–23.8×). */
  engine: 30,
  /** The warm index from the metadata cache, against touching every cached frontmatter (6.1–8.8×). */
  warmIndex: 12,
  /** The first index in a fresh process, against the first touch of the same caches (8.0–12.4×). */
  coldIndex: 16,
  /** One changed note (index and view model), against Obsidian's own parse of it (1.4–3.1×). */
  incremental: 5,
  /** The same at 50,000 notes against 10,000 (1.89–2.13×): typing must not cost more in a bigger vault. */
  flat: 2.5,
  /** onload's own work, cold, against the official sample plugin's onload, cold (1.3–1.4×). */
  onload: 2.5,
  /** The sidebar's 500 items as shown, against laying out as many bare elements (2.0–2.7×). */
  view: 4,
  /** `job-journal due` as a whole process, against a process that reads every note (1.1–1.5×). */
  cli: 1.6,
  /**
   * The same on the dense vault, where parsing weighs more against reading (1.5–1.7× with SheetJS
   * loaded at every start, 1.5× since; 1.6–2.2× with both cores busy).
   */
  cliDense: 1.8,
  /** The CLI's peak memory at 50,000 notes, against the reading process's peak (1.0×). */
  memory: 1.5,
  /** main.js in KB: issue 36 (a size is not noisy, so it stays in bytes). */
  mainJsKb: 210,
} as const;
