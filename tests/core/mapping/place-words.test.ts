import { describe, expect, it } from "vitest";
import { placeOwnWord } from "../../../src/core/mapping/adjust";
import { defaultSettings, type StatusClass } from "../../../src/core/settings/settings";

/** A word the user places in the review or with --place: in its class, and written for it where the notes had none. */
const base = defaultSettings();
const own = (...classes: StatusClass[]) => new Set(classes);

describe("placing a word", () => {
  it.each<[string, StatusClass[], Record<string, unknown>, Record<string, string> | undefined]>([
    ["a class the notes have no word for: the word is written for it", [], {}, { applied: "Wysłane" }],
    ["a class the notes have a word for: their word stays the one written", ["applied"], {}, undefined],
    [
      "a word chosen for the class already: it stays",
      [],
      { writeStatuses: { applied: "Beworben" } },
      { applied: "Beworben" },
    ],
  ])("%s", (_, classes, config, written) => {
    const out = placeOwnWord(config, "Wysłane", "applied", base, own(...classes));
    expect((out.statuses as Record<string, string[]>).applied).toContain("Wysłane");
    expect(out.writeStatuses).toEqual(written);
  });

  it("in no class: not written for any", () => {
    const out = placeOwnWord({ writeStatuses: { applied: "Wysłane" } }, "Wysłane", undefined, base, own());
    expect(out.writeStatuses).toBeUndefined();
    expect(Object.values(out.statuses as Record<string, string[]>).flat()).not.toContain("Wysłane");
  });
});
