import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { followUpReport } from "../../../src/core/follow-ups/engine";
import type { NoteEntry } from "../../../src/core/notes/note-entry";
import { LiveReport } from "../../../src/core/follow-ups/live-report";
import { KeyLookup, readInterviewNote } from "../../../src/core/notes/schema";
import { defaultSettings } from "../../../src/core/settings/settings";
import { at } from "../../helpers/notes";

const settings = defaultSettings();
const lookup = new KeyLookup(settings);

const frontmatter = fc.record({
  company: fc.constantFrom("Acme", "Globex", "Initech"),
  role: fc.constantFrom("SRE", "PM"),
  interview_date: fc.constantFrom("2026-03-01", "2026-03-09T14:00", "2026-03-11", "2026-03-20", "soon", undefined),
  interviewers: fc.constantFrom([], ["Jane"], ["Jane", "Tom <tom@x.io>"]),
  thanked: fc.constantFrom([], ["Jane"]),
  follow_up_1: fc.constantFrom(undefined, "2026-03-05"),
  follow_up_2: fc.constantFrom(undefined, "2026-03-10"),
  replied: fc.constantFrom(undefined, "2026-03-12"),
  status: fc.constantFrom("waiting", "offer", "accepted", "rejected", ""),
});

const op = fc.oneof(
  fc.record({
    kind: fc.constant("set" as const),
    path: fc.constantFrom("a.md", "b.md", "c.md", "d.md"),
    fm: frontmatter,
  }),
  fc.record({ kind: fc.constant("delete" as const), path: fc.constantFrom("a.md", "b.md", "c.md", "d.md") }),
  fc.record({
    kind: fc.constant("at" as const),
    now: fc.constantFrom("2026-03-10T09:00", "2026-03-12T09:00", "2026-03-12T15:00", "2026-03-25T09:00"),
  }),
);

describe("the live report", () => {
  it("equals the report computed from scratch after any sequence of edits and clock ticks", () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const live = new LiveReport(settings);
        const current = new Map<string, NoteEntry>();
        let now = at("2026-03-12T09:00");
        live.at(now);
        for (const o of ops) {
          if (o.kind === "set") {
            const entry = readInterviewNote(o.path, o.fm, lookup);
            current.set(o.path, entry);
            live.set(o.path, entry);
          } else if (o.kind === "delete") {
            current.delete(o.path);
            live.delete(o.path);
          } else {
            now = at(o.now);
            live.at(now);
          }
          const expected = followUpReport(current.values(), now, settings);
          const got = live.report();
          expect(got.items.map((i) => i.id)).toEqual(expected.items.map((i) => i.id));
          expect(got.items).toEqual(expected.items);
          expect(got.problems).toEqual(expected.problems);
          expect(got.summary).toEqual(expected.summary);
          const groups = live.byState();
          for (const state of ["overdue", "due", "upcoming"] as const)
            expect(groups[state]).toEqual(expected.items.filter((i) => i.state === state));
        }
      }),
      { numRuns: 300 },
    );
  });
});
