import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applicationKey } from "../../../src/core/notes/application-key";

describe("the same application: company and role as people type them, nothing more", () => {
  it.each([
    [["Acme", "Backend Engineer"], ["ACME", "backend engineer"], true],
    [["Acme Corp.", "Engineer"], ["Acme Corp", "Engineer"], true],
    [["Acme Corp,", "Engineer"], ["Acme Corp", "Engineer"], true],
    [[" Acme  Corp ", "Engineer"], ["Acme Corp", "Engineer"], true],
    [["Acme", "Engineer II"], ["Acme", "Engineer"], false],
    [["AT&T", "Engineer"], ["AT T", "Engineer"], false],
    [["C++ Labs", "Engineer"], ["C Labs", "Engineer"], false],
    [["Acme", "Sr. Engineer"], ["Acme", "Sr Engineer"], false],
    [["Acme", ""], ["Acme", "Engineer"], false],
    [["Straße AG", "Engineer"], ["STRASSE AG", "Engineer"], false],
  ] as const)("%j and %j: %s", (a, b, same) => {
    expect(applicationKey(a[0], a[1]) === applicationKey(b[0], b[1])).toBe(same);
  });
});

describe("the key's quick path", () => {
  // The rule in three passes, as the comment states it: the key must agree with it on any name.
  const byTheRule = (t: string): string =>
    t
      .toLowerCase()
      .replace(/\s+/g, " ")
      .replace(/[\s.,]+$/, "")
      .trim();

  it("folds any company and role as the rule says", () => {
    const name = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[ \t\u00a0.,A-Za-z&+]{0,12}$/),
      fc
        .array(fc.constantFrom(" ", "  ", "\t", ".", ",", "Acme", "Corp", "\u00a0", "É"), { maxLength: 8 })
        .map((p) => p.join("")),
    );
    fc.assert(
      fc.property(name, name, (company, role) => {
        expect(applicationKey(company, role)).toBe(`${byTheRule(company)}\u0000${byTheRule(role)}`);
      }),
      { numRuns: 2000 },
    );
  });
});
