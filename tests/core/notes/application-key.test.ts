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
    expect(applicationKey(...a) === applicationKey(...b)).toBe(same);
  });
});
