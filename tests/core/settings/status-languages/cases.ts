import { expect, it } from "vitest";
import { classifyStatus, isOpenStatus } from "../../../../src/core/settings/status-words";
import type { StatusTable, WordClass } from "../../../../src/core/settings/status-languages/table";

/** What a value reads as: its class, or `open` for a word that says going on without a stage. */
export function readAs(value: string): WordClass | undefined {
  return isOpenStatus(value) ? "open" : classifyStatus(value);
}

/** A language's table: each value as trackers in that language write it, with the class decided by hand. */
export function statusCases(cases: readonly [string, WordClass | undefined][]): void {
  it.each(cases)("%s: %s", (value, cls) => {
    expect(readAs(value)).toBe(cls);
  });
}

/** Every phrase of a table, alone, reads as its own class (a stem with an ending a word would have). */
export function eachPhraseAlone(table: StatusTable, ending = ""): void {
  it.each(table.words.map(([phrase, cls]) => [phrase.endsWith("*") ? `${phrase.slice(0, -1)}${ending}` : phrase, cls]))(
    "the phrase %s alone: %s",
    (phrase, cls) => {
      expect(readAs(phrase)).toBe(cls);
    },
  );
}
