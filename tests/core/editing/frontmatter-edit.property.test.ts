import fc from "fast-check";
import { stepAction } from "../../../src/core/follow-ups/kinds";
import { describe, expect, it } from "vitest";
import { recordAction } from "../../../src/core/editing/actions";
import type { RecordAction } from "../../../src/core/follow-ups/items";
import { defaultSettings } from "../../../src/core/settings/settings";
import { ROUND_FIELDS } from "../../../src/core/notes/schema";
import { readYaml } from "../../../src/core/notes/read-yaml";
import { build, isValidYaml, note } from "../../helpers/generated-frontmatter";
import { asList } from "../../../src/core/notes/values";
import { comments, expectOnlyKeysChanged, values } from "../../helpers/frontmatter";

/**
 * Generated notes: frontmatter in every style people write (comments, plain and quoted scalars,
 * flow and block lists, nested maps, multi-line strings, anchors, unicode), and bodies that
 * include lines that are exactly `---`. Every action must change only its own key.
 */

const settings = defaultSettings();

const action: fc.Arbitrary<RecordAction> = fc.oneof(
  fc
    .constantFrom("Jane Doe", "[[Lena Fischer]]", "José Núñez", "李小龍", "O'Brien, Pat")
    .map((person): RecordAction => ({ kind: "thank-you", date: "2026-03-12", person })),
  fc.constant<RecordAction>({ kind: "thank-you", date: "2026-03-12", company: "Acme" }),
  fc.constant(stepAction("debrief", "2026-03-10")),
  fc.constant(stepAction("inform-references", "2026-03-11")),
  fc.constantFrom<1 | 2>(1, 2).map((attempt): RecordAction => ({ kind: "follow-up", attempt, date: "2026-03-12" })),
  fc
    .constantFrom(undefined, "offer", "next round")
    .map((status): RecordAction =>
      status ? { kind: "reply", date: "2026-03-13", status } : { kind: "reply", date: "2026-03-13" },
    ),
  fc.constant<RecordAction>({ kind: "move-on" }),
  fc.constant<RecordAction>({ kind: "snooze", until: "2026-03-20" }),
  fc
    .record({
      people: fc.subarray(["Jane Doe", "Tom Becker <tom@acme.example>", "[[Priya Raman]]"]),
      stage: fc.constantFrom(undefined, "onsite"),
    })
    .map(({ people, stage }): RecordAction =>
      stage
        ? { kind: "interview", interview: "2026-03-24", people, stage }
        : { kind: "interview", interview: "2026-03-24", people },
    ),
);

/** What a next round moves into `rounds`: an interview logged on a new day starts one. */
const ROUND_RECORD_KEYS = ROUND_FIELDS.map((f) => settings.keys[f]);

const keysOf = (a: RecordAction): string[] => {
  const k = settings.keys;
  switch (a.kind) {
    case "thank-you":
      return [k.thanked, k.thankedOn];
    case "step":
      return [k[a.field]];
    case "follow-up":
      return [a.attempt === 1 ? k.followUp1 : k.followUp2];
    case "reply":
      return a.status ? [k.replied, k.status] : [k.replied];
    case "move-on":
      return [k.status];
    case "move":
      return a.to === "offer" ? [k.status, k.replied] : [k.status];
    case "snooze":
      return [k.snoozeUntil];
    case "next-round":
      return [k.interviewDate, k.stage, k.status, k.rounds];
    case "interview":
      return [k.interviewDate, k.stage, k.status, k.rounds, k.interviewers, ...ROUND_RECORD_KEYS];
  }
};

describe("every action on generated notes", () => {
  it("changes only its key, keeps the body and every comment, and is idempotent", () => {
    let changedCount = 0;
    fc.assert(
      fc.property(note, action, (n, a) => {
        const before = build(n);
        fc.pre(isValidYaml(before));
        const r = recordAction(before, a, settings, readYaml);
        if (r.status === "refused") {
          // Only a list key that holds a map, or a value other keys share through an anchor, may be
          // refused; never the safety guard.
          expect(r.message, JSON.stringify(before)).toMatch(/holds a map, not a list|is a YAML anchor/);
          return;
        }
        if (r.status === "unchanged") return;
        changedCount++;
        const keys = keysOf(a);
        if (keys.length === 1) expectOnlyKeysChanged(before, r.text, keys);
        const after = values(r.text);
        const read = (key: string) => Object.entries(after).find(([k]) => k.toLowerCase() === key.toLowerCase())?.[1];
        if (a.kind === "step" && a.of === "debrief") expect(read(settings.keys.debriefed)).toBeTruthy();
        if (a.kind === "snooze") expect(read(settings.keys.snoozeUntil)).toBe("2026-03-20");
        if (a.kind === "move-on") expect(read(settings.keys.status)).toBe("closed");
        if (a.kind === "step" && a.of === "inform-references")
          expect(read(settings.keys.referencesInformed)).toBe("2026-03-11");
        if (a.kind === "follow-up")
          expect(read(a.attempt === 1 ? settings.keys.followUp1 : settings.keys.followUp2)).toBe("2026-03-12");
        if (a.kind === "reply") {
          expect(read(settings.keys.replied)).toBeTruthy();
          if (a.status) expect(read(settings.keys.status)).toBe(a.status);
        }
        if (a.kind === "thank-you") {
          expect(asList(read(settings.keys.thanked)).at(-1)).toBe(a.person ?? "Acme");
          expect(read(settings.keys.thankedOn)).toBe("2026-03-12");
        }
        if (keys.length > 1) {
          const b = values(before);
          for (const k of Object.keys(b))
            if (!keys.some((key) => key.toLowerCase() === k.toLowerCase())) expect(after[k]).toEqual(b[k]);
        }
        for (const c of comments(before)) expect(comments(r.text)).toContain(c);
        expect(r.text.startsWith("\uFEFF")).toBe(before.startsWith("\uFEFF"));
        expect(recordAction(r.text, a, settings, readYaml).status).toBe("unchanged");
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 600) },
    );
    expect(changedCount).toBeGreaterThan(100);
  });
});
