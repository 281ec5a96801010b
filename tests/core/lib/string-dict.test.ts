import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { memoize } from "../../../src/core/lib/memo";
import { PipelineTally } from "../../../src/core/follow-ups/pipeline";
import { defaultSettings } from "../../../src/core/settings/settings";
import { StringDict } from "../../../src/core/lib/string-dict";
import { readNote } from "../../helpers/notes";

// Names an ordinary object would answer for itself, and names that look like array indices.
const AWKWARD = [
  "__proto__",
  "constructor",
  "toString",
  "hasOwnProperty",
  "valueOf",
  "0",
  "1",
  "-1",
  "4294967295",
  "",
  " ",
  "NaN",
];

describe("StringDict", () => {
  it.each(AWKWARD)("holds %j like any other name, and knows nothing of it before", (key) => {
    const dict = new StringDict<number>();
    expect(dict.get(key)).toBeUndefined();
    dict.set(key, 7);
    expect(dict.get(key)).toBe(7);
    expect(dict.size).toBe(1);
    dict.delete(key);
    expect(dict.get(key)).toBeUndefined();
    expect(dict.size).toBe(0);
  });

  it("behaves as a Map under any sequence of sets, deletes and clears", () => {
    const key = fc.oneof(
      fc.constantFrom(...AWKWARD),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: "grapheme", maxLength: 4 }),
    );
    const op = fc.oneof(
      fc.record({ op: fc.constant("set" as const), key, value: fc.integer() }),
      fc.record({ op: fc.constant("delete" as const), key }),
      fc.record({ op: fc.constant("clear" as const) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.array(key, { maxLength: 10 }), (ops, probes) => {
        const dict = new StringDict<number>();
        const model = new Map<string, number>();
        for (const o of ops) {
          if (o.op === "set") {
            dict.set(o.key, o.value);
            model.set(o.key, o.value);
          } else if (o.op === "delete") {
            dict.delete(o.key);
            model.delete(o.key);
          } else {
            dict.clear();
            model.clear();
          }
          expect(dict.size).toBe(model.size);
        }
        for (const k of [...probes, ...model.keys()]) expect(dict.get(k)).toBe(model.get(k));
      }),
    );
  });
});

describe("memoize", () => {
  it("computes once per key, remembers undefined results, and starts over when full", () => {
    const calls: string[] = [];
    const f = memoize((k: string) => {
      calls.push(k);
      return k.startsWith("x") ? undefined : k.length;
    }, 3);
    expect([f("ab"), f("ab"), f("x"), f("x"), f("__proto__"), f("__proto__")]).toEqual([
      2,
      2,
      undefined,
      undefined,
      9,
      9,
    ]);
    expect(calls).toEqual(["ab", "x", "__proto__"]);
    // A fourth key fills it: everything is computed again once, then remembered.
    expect([f("abcd"), f("ab"), f("ab")]).toEqual([4, 2, 2]);
    expect(calls).toEqual(["ab", "x", "__proto__", "abcd", "ab"]);
  });
});

describe("the pipeline tally", () => {
  const note = (company: string, role: string) =>
    readNote({ interview_date: "2026-03-09", company, role, status: "waiting" }).note;

  it("counts an application once whatever the case of its company and role", () => {
    const tally = new PipelineTally(defaultSettings());
    for (const [c, r] of [
      ["Acme", "Backend Engineer"],
      ["ACME", "backend engineer"],
      ["acme", "Backend engineer"],
      ["Acme", "Data Engineer"],
    ]) {
      tally.add(tally.contribution(note(c as string, r as string), 0));
    }
    expect(tally.summary().active).toBe(2);
  });

  it("stays right past the size where it forgets the keys it made", () => {
    const tally = new PipelineTally(defaultSettings());
    const contributions = Array.from({ length: 5000 }, (_, i) =>
      tally.contribution(note(`Company ${i % 2500}`, i % 2 ? "Role" : "ROLE"), 0),
    );
    for (const c of contributions) tally.add(c);
    expect(tally.summary().active).toBe(2500);
    for (const c of contributions.slice(0, 2500)) tally.remove(c);
    expect(tally.summary().active).toBe(2500);
    for (const c of contributions.slice(2500)) tally.remove(c);
    expect(tally.summary().active).toBe(0);
  });
});
