import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { minimalChange } from "../../../src/core/lib/text-diff";

describe("the minimal change between two texts", () => {
  it.each([
    ["abc", "abc", undefined],
    ["a\nb\n", "a\nx: 1\nb\n", { from: 2, to: 2, text: "x: 1\n" }],
    ["😀a", "😃a", { from: 0, to: 2, text: "😃" }],
    ["x\r\ny", "x\r\nz\r\ny", { from: 3, to: 3, text: "z\r\n" }],
  ])("%j → %j", (a, b, change) => {
    expect(minimalChange(a, b)).toEqual(change);
  });
  it("property: applying it gives the new text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }), (a, b) => {
        const c = minimalChange(a, b);
        const result = c ? a.slice(0, c.from) + c.text + a.slice(c.to) : a;
        expect(result).toBe(b);
      }),
    );
  });
});
