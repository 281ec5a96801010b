/**
 * Every budget of the benchmark, each a ratio against a floor measured in the same run (the
 * size of main.js aside, which is bytes, not time). docs/performance.md says where each figure
 * comes from: the worst of five idle runs, with room for a busy machine, which moves a ratio
 * taken pair by pair far less than it moves milliseconds.
 */
export const BUDGETS = {
  /** The due list from parsed frontmatter, against touching every key and list item. */
  engine: 25,
  /** The warm index from the metadata cache, against touching every cached frontmatter. */
  warmIndex: 12,
  /** The first index in a fresh process, against the first touch of the same caches. */
  coldIndex: 14,
  /** One changed note (index and view model), against Obsidian's own parse of that note. */
  incremental: 4,
  /** The same at 50,000 notes against 10,000: typing must not cost more in a bigger vault. */
  flat: 2,
  /** onload's own work, cold, against the official sample plugin's onload, cold. */
  onload: 6,
  /** The sidebar's 500 items as shown, against laying out as many bare elements. */
  view: 3,
  /** `job-journal due` as a whole process, against a process that reads every note. */
  cli: 1.6,
  /** The CLI's peak memory at 50,000 notes, against the reading process's peak. */
  memory: 2,
  /** main.js in KB: issue 36 (a size is not noisy, so it stays in bytes). */
  mainJsKb: 210,
} as const;
