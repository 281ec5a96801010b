import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  classifyStatus,
  isRejection,
  normaliseDecorated,
  normaliseStatus,
  statusTypo,
} from "../../../src/core/settings/status-words";

/** Status values as vaults built from public templates write them, each with the class a person would give it. */
describe("status values to classes", () => {
  it.each<[string, string | undefined]>([
    // Being considered: not applied yet, including paused and the steps before sending.
    ["Reviewing", "considering"],
    ["Interested", "considering"],
    ["To apply", "considering"],
    ["Wishlist", "considering"],
    ["wish list", "considering"],
    ["New", "considering"],
    ["🔍 New", "considering"],
    ["Saved", "considering"],
    ["Resume Written", "considering"],
    ["Paused", "considering"],
    ["⏸️ Paused", "considering"],
    ["On hold", "considering"],
    ["Blocked", "considering"], // held up before sending (tests/corpus/trackers-folder)
    ["Research", "considering"],
    ["Pursue", "considering"],
    ["Not applied yet", "considering"],
    ["not-applied", "considering"],
    ["Not_Applied", "considering"],
    ["1. Wishlist", "considering"],
    // Applied, no interview yet.
    ["Applied", "applied"],
    ["✅ Applied", "applied"],
    ["2. Applied", "applied"],
    ["Application sent", "applied"],
    ["Submitted", "applied"],
    ["Active", "applied"],
    ["ACTIVE", "applied"],
    ["In progress", "applied"],
    // Interviewing, and waiting for a decision after talking to them.
    ["Recruiter screen", "interviewing"],
    ["Recruiter_Screen", "interviewing"],
    ["Recruiter_Conversation", "interviewing"],
    ["Interview", "interviewing"],
    ["📞 Interview", "interviewing"],
    ["3. Interview", "interviewing"],
    ["Phone screen", "interviewing"],
    ["Onsite", "interviewing"],
    ["On-site", "interviewing"],
    ["Take-home", "interviewing"],
    ["Final round", "interviewing"],
    ["HR Interview", "interviewing"],
    ["Waiting", "interviewing"],
    ["Under review", "interviewing"],
    ["Under_Review", "interviewing"],
    ["under-review", "interviewing"],
    ["Awaiting decision", "interviewing"],
    ["In conversation", "interviewing"],
    // Offers.
    ["Offered", "offer"],
    ["Offer", "offer"],
    ["🎉 Offer", "offer"],
    // Closed: the negations first.
    ["Offer declined", "closed"],
    ["Offer accepted", "closed"],
    ["Rejected", "closed"],
    ["❌ Rejected", "closed"],
    ["Do not apply", "closed"],
    ["Do_Not_Apply", "closed"],
    ["Don't apply", "closed"],
    ["not_interested", "closed"],
    ["🚫 Not Interested", "closed"],
    ["Not a fit", "closed"],
    ["No-Go", "closed"],
    ["nogo", "closed"],
    ["Pass", "closed"],
    ["Declined", "closed"],
    ["Withdrawn", "closed"],
    ["Ghosted", "closed"],
    ["No response", "closed"],
    ["Position filled", "closed"],
    ["Hired", "closed"],
    ["Dead", "closed"],
    ["Accepted", "closed"],
    // Left alone: nothing says which class.
    ["Maybe", undefined],
    ["Full-time", undefined],
    ["Remote", undefined],
    ["", undefined],
    ["✅", undefined],
    // Typos are not placed (statusTypo names them).
    ["applid", undefined],
    ["Actve", undefined],
    ["Intreviewing", undefined],
    ["Rejcted", undefined],
  ])("%s: %s", (value, cls) => {
    expect(classifyStatus(value)).toBe(cls);
  });
});

describe("a closed word that says the employer refused", () => {
  it.each<[string, boolean]>([
    ["Rejected", true],
    ["❌ Rejected", true],
    ["Denied", true],
    ["Absage", true],
    ["Candidature refusee", true],
    ["書類落ち", true],
    ["一次面接落ち", true],
    ["불합격", true],
    ["Отказ", true],
    // The user's own decision, or no word from anyone: what closing an application means.
    ["Withdrawn", false],
    ["Discarded", false],
    ["Closed", false],
    ["Ghosted", false],
    ["No reply", false],
    ["辞退", false],
    ["Zurückgezogen", false],
    ["Sans réponse", false],
  ])("%s: %s", (value, refused) => {
    expect(isRejection(value)).toBe(refused);
  });
});

describe("a status that looks like a typo is named, never placed", () => {
  it.each<[string, string | undefined]>([
    ["applid", "applied"],
    ["Actve", "active"],
    ["Intreviewing", "interviewing"],
    ["Rejcted", "rejected"],
    ["offerd", "offer"],
    ["Inteview", "interview"],
    // Real words of their own, or placed: no typo.
    ["Applied", undefined],
    ["Remote", undefined],
    ["Maybe", undefined],
    ["Full-time", undefined],
    ["Hold", undefined],
    ["", undefined],
  ])("%s: %s", (value, word) => {
    expect(statusTypo(value)).toBe(word);
  });
});

describe("normalising a status", () => {
  it.each<[string, string]>([
    ["Do_Not_Apply", "do not apply"],
    ["No-Go", "no go"],
    ["✅ Applied", "applied"],
    ["3. Interview", "interview"],
    ["03 - Interview", "interview"],
    ["2) Applied", "applied"],
    ["  Under   Review ", "under review"],
    ["Don’t apply", "don't apply"],
    ["Recruiter/HR screen", "recruiter hr screen"],
    ["✅ 3. Applied", "applied"],
    // Found by the tables' decoration property: numbering after an emoji.
    ["❌ 2) Active", "active"],
    ["📞 1: Interview", "interview"],
    // Found by the property below: upper-casing ᾀ gives two letters.
    ["ᾀ", "ᾀ"],
    ["Ϲ", "ς"],
  ])("%s → %s", (value, normal) => {
    expect(normaliseStatus(value)).toBe(normal);
  });

  it("is idempotent on any text, and case-blind on the text statuses are written in", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 30 }), (s) => {
        const n = normaliseStatus(s);
        expect(normaliseStatus(n)).toBe(n);
        expect(normaliseStatus(s.toLowerCase())).toBe(n);
      }),
      { numRuns: 20000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."aBcDeÉ _-./3✅ "), maxLength: 30 }), (s) => {
        expect(normaliseStatus(s.toUpperCase())).toBe(normaliseStatus(s));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    "Applied",
    "under review",
    "Under  Review",
    " applied",
    "applied ",
    "Straße",
    "ſent",
    "K",
    "İ",
    "offer\n",
    "a b",
  ])("%j: the quick path gives what the passes give", (value) => {
    expect(normaliseStatus(value)).toBe(normaliseDecorated(value));
  });

  it("gives what the passes give, plain words or not", () => {
    const status = fc.oneof(
      fc.string(),
      fc.stringMatching(/^[A-Za-z ]{0,14}$/),
      fc
        .array(fc.constantFrom("Applied", "under", "REVIEW", " ", "  ", "\t", "_", "-", "3.", "ſ", "K", "İ", "✅"), {
          maxLength: 6,
        })
        .map((p) => p.join("")),
    );
    fc.assert(
      fc.property(status, (s) => {
        expect(normaliseStatus(s)).toBe(normaliseDecorated(s));
      }),
      { numRuns: 3000 },
    );
  });
});
