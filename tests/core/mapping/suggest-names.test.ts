import { describe, expect, it } from "vitest";
import { fieldForName, words } from "../../../src/core/mapping/suggest-names";

/** The property names suggest-config reads, name by name (status values: mapping/status-words.test.ts). */

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
    // Names in other languages (mapping/name-languages.ts).
    ["Firma", "company"],
    ["Stelle", "role"],
    ["Beworben am", "appliedOn"],
    ["Bewerbungsdatum", "appliedOn"],
    ["Gesprächstermin", "interviewDate"],
    ["Gespraechstermin", undefined], // ae for ä is not read: a name the review shows, not a guess
    ["Ansprechpartner", "interviewers"],
    ["Entreprise", "company"],
    ["Société", "company"],
    ["Poste", "role"],
    ["Date de candidature", "appliedOn"],
    ["Date d'entretien", "interviewDate"],
    ["Empresa", "company"],
    ["Puesto", "role"],
    ["Fecha de entrevista", "interviewDate"],
    ["Azienda", "company"],
    ["Colloquio", "interviewDate"],
    ["Data colloquio", undefined], // "data" is an English word too: not read as a date
    ["Bedrijf", "company"],
    ["Functie", "role"],
    ["Компания", "company"],
    ["Должность", "role"],
    ["Дата собеседования", "interviewDate"],
    ["会社名", "company"],
    ["職種", "role"],
    ["応募日", "appliedOn"],
    ["面接日", "interviewDate"],
    ["面接官", "interviewers"],
    ["公司", "company"],
    ["职位", "role"],
    ["面试时间", "interviewDate"],
    ["회사", "company"],
    ["직무", "role"],
    ["면접일", "interviewDate"],
    ["勤務地", undefined], // location: not a field
    // Names that are also properties of every JavaScript object are only names.
    ["constructor", undefined],
    ["toString", undefined],
    ["__proto__", undefined],
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
    // Names that are also properties of every JavaScript object stay themselves.
    expect(words("constructor")).toBe(" constructor ");
    expect(words("toString")).toBe(" to string ");
  });
});
