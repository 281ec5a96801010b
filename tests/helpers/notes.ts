import { dueItemsForNote, followUpReport, type PeopleDirectory } from "../../src/core/follow-ups/engine";
import type { DueItem } from "../../src/core/follow-ups/items";
import { KeyLookup, readInterviewNote, type InterviewNote } from "../../src/core/notes/schema";
import type { NoteEntry } from "../../src/core/notes/note-entry";
import { defaultSettings, type Settings } from "../../src/core/settings/settings";
import { formatWhen, parseWhen, type WallTime } from "../../src/core/lib/time";
import type { ItemKind } from "../../src/core/follow-ups/items";

/** Wall-clock time from `2026-03-09` or `2026-03-09T14:00`. */
export function at(text: string): WallTime {
  const when = parseWhen(text);
  if (!when) throw new Error(`bad test time ${text}`);
  return when.at;
}

export function settingsWith(change: (s: Settings) => void = () => undefined): Settings {
  const s = defaultSettings();
  change(s);
  return s;
}

export function readNote(
  fm: Record<string, unknown>,
  settings = defaultSettings(),
  file = "Interviews/Test.md",
): NoteEntry & { note: InterviewNote } {
  return readInterviewNote(file, fm, new KeyLookup(settings));
}

/** Items as compact strings: `kind[/person][#attempt] state due`. */
export function summarizeItems(items: DueItem[]): string[] {
  return items.map((i) => {
    let s = i.kind;
    if (i.person) s += `/${i.person}`;
    if (i.attempt) s += `#${i.attempt}`;
    return `${s} ${i.state} ${formatWhen(i.due)}`;
  });
}

export function dueAt(
  fm: Record<string, unknown>,
  now: string,
  settings = defaultSettings(),
  people?: PeopleDirectory,
): string[] {
  return summarizeItems(dueItemsForNote(readNote(fm, settings).note, at(now), settings, people));
}

/**
 * The kinds the tests were written for. A test that expects a whole list of items looks only at
 * these (or at the kinds it is about), so a kind added later changes none of its lists: the new
 * kind's own tests say what it raises.
 */
export const KINDS_OF_THESE_TESTS: readonly ItemKind[] = [
  "ask-contacts",
  "thank-you",
  "debrief",
  "inform-references",
  "follow-up",
  "move-on",
];

/** The items of `kinds` (as the core types them, or as `due --json` prints them). */
export function ofKinds<T extends { kind: string }>(kinds: readonly ItemKind[], items: readonly T[]): T[] {
  return items.filter((i) => (kinds as readonly string[]).includes(i.kind));
}

/** `dueAt`, only the items of `kinds`. */
export function dueOf(
  kinds: readonly ItemKind[],
  fm: Record<string, unknown>,
  now: string,
  settings = defaultSettings(),
  people?: PeopleDirectory,
): string[] {
  return summarizeItems(ofKinds(kinds, dueItemsForNote(readNote(fm, settings).note, at(now), settings, people)));
}

export function reportFor(fms: Record<string, Record<string, unknown>>, now: string, settings = defaultSettings()) {
  const entries = Object.entries(fms).map(([file, fm]) => readNote(fm, settings, file));
  return followUpReport(entries, at(now), settings);
}

/**
 * An item as the engine makes it, for tests that build one by hand: the fields every item has
 * are filled in (Acme's debrief, due on 12 March), `over` sets the rest. A field added to
 * DueItem is added here once, and no hand-built item breaks.
 */
export function dueItem(over: Partial<DueItem> = {}): DueItem {
  return {
    id: "x",
    file: "x.md",
    kind: "debrief",
    due: { at: at("2026-03-12T00:00"), hasTime: false },
    state: "due",
    company: "Acme",
    role: "",
    stage: "",
    ...over,
  };
}
