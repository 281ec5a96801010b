import { describe, expect, it } from "vitest";
import { classifyStatus, fieldForName, words } from "../../src/core/suggest-names";

/** The words suggest-config reads, value by value: what is placed, and what is left alone. */

describe("status values to classes", () => {
  it.each<[string, string | undefined]>([
    ["Reviewing", "considering"],
    ["Interested", "considering"],
    ["To apply", "considering"],
    ["Wishlist", "considering"],
    ["Not applied yet", "considering"],
    ["Applied", "applied"],
    ["Application sent", "applied"],
    ["Under review", "applied"],
    ["Submitted", "applied"],
    ["Recruiter screen", "interviewing"],
    ["Interview", "interviewing"],
    ["Phone screen", "interviewing"],
    ["Onsite", "interviewing"],
    ["Take-home", "interviewing"],
    ["Final round", "interviewing"],
    ["Waiting", "interviewing"],
    ["Offered", "offer"],
    ["Offer", "offer"],
    ["Offer declined", "closed"],
    ["Offer accepted", "closed"],
    ["Rejected", "closed"],
    ["Do not apply", "closed"],
    ["Don't apply", "closed"],
    ["Ghosted", "closed"],
    ["No response", "closed"],
    ["Withdrawn", "closed"],
    ["Position filled", "closed"],
    ["Hired", "closed"],
    // Left alone: nothing says which class.
    ["Maybe", undefined],
    ["Full-time", undefined],
    ["Remote", undefined],
    ["", undefined],
  ])("%s: %s", (value, cls) => {
    expect(classifyStatus(value)).toBe(cls);
  });
});

describe("property names to fields", () => {
  it.each<[string, string | undefined]>([
    ["Date Applied", "appliedOn"],
    ["Applied-Date", "appliedOn"],
    ["appliedOn", "appliedOn"],
    ["Application Date", "appliedOn"],
    ["Interview Date", "interviewDate"],
    ["Interview-Date", "interviewDate"],
    ["interview_on", "interviewDate"],
    ["Interview", "interviewDate"],
    ["Follow-up Reminder", "followUpOn"],
    ["Follow-Up-Reminder-Date", "followUpOn"],
    ["Next follow up", "followUpOn"],
    ["Follow up 1", "followUp1"],
    ["Second follow-up", "followUp2"],
    ["Decision deadline", "decisionBy"],
    ["Heard back", "replied"],
    ["Contact", "interviewers"],
    ["Contacts", "interviewers"],
    ["Recruiter", "interviewers"],
    ["Thanked", "thanked"],
    ["Thank-you date", "thankedOn"],
    ["Company", "company"],
    ["Employer", "company"],
    ["Position", "role"],
    ["Job title", "role"],
    ["Job board", undefined],
    ["Job URL", undefined],
    ["Salary Range", undefined],
    ["Location", undefined],
    ["Source", undefined],
  ])("%s: %s", (key, field) => {
    const named = fieldForName(key);
    expect("field" in named ? named.field : undefined).toBe(field);
  });

  it.each(["Date", "date", "When", "Follow-up Date", "Follow up date"])("%s is a doubt, not a guess", (key) => {
    expect(fieldForName(key)).toHaveProperty("doubt");
  });

  it("names are read as words, camelCase included", () => {
    expect(words("Follow-Up-Reminder-Date")).toBe(" follow up reminder date ");
    expect(words("appliedOn")).toBe(" applied on ");
  });
});
