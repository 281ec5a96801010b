import { describe, expect, it } from "vitest";
import { parsePerson, samePerson } from "../../../src/core/notes/people";
import { isInterviewNote, KeyLookup } from "../../../src/core/notes/schema";
import { defaultSettings } from "../../../src/core/settings/settings";
import { formatWhen } from "../../../src/core/lib/time";
import { asList, asText, propertyInAnyCase } from "../../../src/core/notes/values";
import { readNote, settingsWith } from "../../helpers/notes";

describe("values as people type them", () => {
  it.each<[unknown, string | undefined]>([
    ["  Acme  ", "Acme"],
    ["", undefined],
    [null, undefined],
    [42, "42"],
    [true, "true"],
    [[["Acme"]], "[[Acme]]"], // YAML's reading of an unquoted [[Acme]]
    [["Acme"], "Acme"],
    [new Date(Date.UTC(2026, 2, 9)), "2026-03-09"],
    [{ nested: 1 }, undefined],
  ])("asText(%j) = %j", (value, expected) => {
    expect(asText(value)).toBe(expected);
  });

  it.each<[unknown, string[]]>([
    ["Jane Doe", ["Jane Doe"]],
    [
      ["Jane", "", null, "Tom"],
      ["Jane", "Tom"],
    ],
    [
      [[["Jane Doe"]], [["Tom|T"]]],
      ["[[Jane Doe]]", "[[Tom|T]]"],
    ],
    [[["Jane Doe"]], ["[[Jane Doe]]"]],
    [null, []],
    [[], []],
  ])("asList(%j) = %j", (value, expected) => {
    expect(asList(value)).toEqual(expected);
  });
});

describe("a property in any case", () => {
  it.each<[Record<string, unknown>, string, unknown]>([
    [{ email: "a@b.co" }, "email", "a@b.co"],
    [{ Email: "a@b.co" }, "email", "a@b.co"],
    [{ EMAIL: "x@y.co", email: "a@b.co" }, "email", "a@b.co"],
    [{ EMAIL: "x@y.co", Email: "a@b.co" }, "email", "x@y.co"],
    [{}, "email", undefined],
    // Names Object.prototype has are not properties of a note.
    [{}, "constructor", undefined],
    [{}, "toString", undefined],
    [{ Constructor: "yes" }, "constructor", "yes"],
    // Lower-casing can lengthen a name (İ is i and a dot): still found; a longer key never matches.
    [{ İD: "x" }, "i̇d", "x"],
    [{ typed: "x", TYPE: "y" }, "type", "y"],
  ])("%j, %s: %j", (frontmatter, name, expected) => {
    expect(propertyInAnyCase(frontmatter, name)).toBe(expected);
  });
});

describe("people", () => {
  it.each([
    ["Jane Doe", { name: "Jane Doe", ids: ["jane doe"] }],
    ["Jane Doe <jane@acme.com>", { name: "Jane Doe", email: "jane@acme.com", ids: ["jane doe", "jane@acme.com"] }],
    ["[[Jane Doe]]", { name: "Jane Doe", link: { target: "Jane Doe" }, ids: ["jane doe", "jane doe"] }],
    [
      "[[People/Jane Doe|Jane]]",
      {
        name: "Jane Doe",
        link: { target: "People/Jane Doe", alias: "Jane" },
        ids: ["jane doe", "people/jane doe", "jane"],
      },
    ],
    ["[[Jane Doe#Notes]]", { name: "Jane Doe", link: { target: "Jane Doe" }, ids: ["jane doe", "jane doe"] }],
    [
      "[[Jane Doe]] <jane@acme.com>",
      {
        name: "Jane Doe",
        email: "jane@acme.com",
        link: { target: "Jane Doe" },
        ids: ["jane doe", "jane doe", "jane@acme.com"],
      },
    ],
    ["jane@acme.com", { name: "jane@acme.com", email: "jane@acme.com", ids: ["jane@acme.com", "jane@acme.com"] }],
    ["José Núñez-Ñandú", { name: "José Núñez-Ñandú", ids: ["josé núñez-ñandú"] }],
  ])("%s", (raw, expected) => {
    expect(parsePerson(raw)).toEqual({ ...expected, raw });
  });

  it.each([
    ["Jane Doe", "jane doe", true],
    ["[[People/Jane Doe]]", "Jane Doe", true],
    ["[[Jane Doe|Janey]]", "janey", true],
    ["Jane Doe <jane@acme.com>", "JANE@acme.com", true],
    ["Jane Doe", "Jane Smith", false],
    ["Jane Doe", "Jane", false],
  ])("%s is %s: %s", (a, b, same) => {
    expect(samePerson(parsePerson(a), parsePerson(b))).toBe(same);
  });
});

describe("reading a note", () => {
  it("reads every key of the schema", () => {
    const { note, problems } = readNote({
      type: "interview",
      company: "[[Orgs/Acme Corp|Acme]]",
      role: "Backend Engineer",
      stage: "onsite",
      interview_date: "2026-03-09T14:00",
      interviewers: ["Jane Doe <jane@acme.com>", "[[Tom]]"],
      contact_preference: "phone",
      decision_by: "2026-03-16",
      thanked: "Jane Doe",
      debriefed: "2026-03-09",
      references: ["Ann"],
      references_informed: "2026-03-10",
      follow_up_1: "2026-03-17",
      follow_up_2: "2026-03-24",
      follow_up_on: "2026-03-20",
      replied: "2026-03-25",
      status: "Waiting",
      snooze_until: "2026-03-21",
    });
    expect(problems).toEqual([]);
    expect(note.company).toBe("Acme");
    expect(note.channel).toBe("phone");
    expect(note.status).toBe("waiting");
    expect(note.interviewers.map((p) => p.name)).toEqual(["Jane Doe", "Tom"]);
    expect(formatWhen(note.interview!)).toBe("2026-03-09T14:00");
    expect(note.replied?.date && formatWhen(note.replied.date)).toBe("2026-03-25");
  });

  it("keys in another case are read, exact names win", () => {
    const { note } = readNote({ Interview_Date: "2026-03-09", STATUS: "rejected", Status: "waiting", status: "offer" });
    expect(note.interview && formatWhen(note.interview)).toBe("2026-03-09");
    expect(note.status).toBe("offer");
  });

  it.each<[string, Record<string, unknown>, string, string]>([
    [
      "the first of two other cases",
      { Interview_Date: "soon", INTERVIEW_DATE: "2026-03-09" },
      "Interview_Date",
      "soon",
    ],
    [
      "the exact name, written last",
      { Interview_Date: "2026-03-09", interview_date: "soon" },
      "interview_date",
      "soon",
    ],
    [
      "the exact name, written first",
      { interview_date: "soon", Interview_Date: "2026-03-09" },
      "interview_date",
      "soon",
    ],
  ])("a problem names the property the value was read from: %s", (_, frontmatter, key, value) => {
    const { problems } = readNote(frontmatter);
    expect(problems.map((p) => [p.key, p.message])).toEqual([
      [key, `${key} "${value}" is not a date (write YYYY-MM-DD or YYYY-MM-DDTHH:mm)`],
    ]);
  });

  it("a note without a company is named after its file", () => {
    expect(
      readNote({ interview_date: "2026-03-09" }, defaultSettings(), "Interviews/Acme onsite.md").note.company,
    ).toBe("Acme onsite");
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      "a date in words",
      { interview_date: "next tuesday" },
      'interview_date "next tuesday" is not a date (write YYYY-MM-DD or YYYY-MM-DDTHH:mm)',
    ],
    [
      "no interview date",
      {},
      "interview_date is missing, so no follow-ups can be worked out: log the interview (Log an interview, or job-journal interview)",
    ],
    [
      "an empty interview date",
      { interview_date: null },
      "interview_date is missing, so no follow-ups can be worked out: log the interview (Log an interview, or job-journal interview)",
    ],
    [
      "a bad decision date",
      { interview_date: "2026-03-09", decision_by: "soon" },
      'decision_by "soon" is not a date (write YYYY-MM-DD or YYYY-MM-DDTHH:mm)',
    ],
    [
      "an odd contact preference",
      { interview_date: "2026-03-09", contact_preference: "LinkedIn" },
      'contact_preference "linkedin" should be email or phone; using email',
    ],
    [
      "a done marker that is not a date",
      { interview_date: "2026-03-09", follow_up_1: "yes" },
      'follow_up_1 "yes" is not a date; counted as done, but write YYYY-MM-DD so dates can be worked out from it',
    ],
  ])("%s is reported with the key and the value", (_, fm, message) => {
    const { problems } = readNote({ type: "interview", ...fm }, defaultSettings(), "Interviews/X.md");
    expect(problems.map((p) => p.message)).toEqual([message]);
    expect(problems[0]?.file).toBe("Interviews/X.md");
  });

  it.each<[string, Record<string, unknown>, string[]]>([
    ["applied, no interview date yet: nothing is missing", { status: "Applied" }, []],
    [
      "applied, with a date that is not one: that is said",
      { status: "applied", interview_date: "soon" },
      ['interview_date "soon" is not a date (write YYYY-MM-DD or YYYY-MM-DDTHH:mm)'],
    ],
    [
      "applied, with an interview date: the status is behind",
      { status: "applied", interview_date: "2026-03-09" },
      [
        'status "applied" says no interview yet, but interview_date is set: set status to scheduled (or another interviewing status) for its follow-ups',
      ],
    ],
    ["considering, nothing else: fine", { status: "Reviewing" }, []],
    ["rejected after applying, never interviewed: fine", { status: "rejected", applied_on: "2026-02-01" }, []],
    ["no status, only an applied date: an application", { applied_on: "2026-02-01" }, []],
    [
      "waiting, no interview date: missing",
      { status: "waiting" },
      [
        "interview_date is missing, so no follow-ups can be worked out: log the interview (Log an interview, or job-journal interview)",
      ],
    ],
  ])("%s", (_, fm, messages) => {
    expect(readNote(fm).problems.map((p) => p.message)).toEqual(messages);
  });

  it.each<[string, Record<string, unknown>, string, string[]]>([
    ["Active, no dates", { status: "Active" }, "applied", []],
    ["Active, applied on a day", { status: "Active", applied_on: "2026-02-01" }, "applied", []],
    [
      "Active, an interview dated: interviewing",
      { status: "Active", interview_date: "2026-03-09" },
      "interviewing",
      [],
    ],
    ["laufend, an interview dated", { status: "laufend", interview_date: "2026-03-09" }, "interviewing", []],
    ["进行中, an interview dated", { status: "进行中", interview_date: "2026-03-09T10:00" }, "interviewing", []],
    [
      "Applied says a stage: it is behind the interview date",
      { status: "Applied", interview_date: "2026-03-09" },
      "applied",
      [
        'status "Applied" says no interview yet, but interview_date is set: set status to scheduled (or another interviewing status) for its follow-ups',
      ],
    ],
  ])("a word that says only going on takes its stage from the dates: %s", (_, fm, phase, messages) => {
    const s = settingsWith((x) => x.statuses.applied.push("Active", "laufend", "进行中"));
    const { note, problems } = readNote(fm, s);
    expect(note.phase).toBe(phase);
    expect(problems.map((p) => p.message)).toEqual(messages);
  });

  it("a status set up only as before-the-interview is known", () => {
    const s = settingsWith((x) => (x.statuses.applied = ["sent off"]));
    expect(readNote({ status: "Sent off" }, s).problems).toEqual([]);
  });

  it("custom key names are read", () => {
    const s = settingsWith((x) => {
      x.keys.interviewDate = "Date";
      x.keys.company = "Employer";
    });
    const { note, problems } = readNote({ Date: "2026-03-09", Employer: "Globex" }, s);
    expect(problems).toEqual([]);
    expect(note.company).toBe("Globex");
  });
});

describe("which notes are interview notes", () => {
  const lookup = new KeyLookup(
    settingsWith((s) => {
      s.interviewFolders = ["Jobs/Interviews"];
      s.excludeFolders = ["Templates"];
    }),
  );
  it.each<[string, Record<string, unknown> | undefined, boolean]>([
    ["a.md", { type: "interview" }, true],
    ["a.md", { type: "Interview" }, true],
    ["a.md", { Type: "INTERVIEW" }, true],
    ["a.md", { type: ["note", "interview"] }, true],
    ["a.md", { type: "interviews" }, false],
    ["a.md", { type: "company" }, false],
    ["a.md", undefined, false],
    ["Jobs/Interviews/x.md", undefined, true],
    ["Jobs/Interviews/2026/x.md", { type: "company" }, true],
    ["Jobs/InterviewsOld/x.md", undefined, false],
    ["Templates/Interview.md", { type: "interview" }, false],
  ])("%s %j: %s", (path, fm, expected) => {
    expect(isInterviewNote(path, fm, lookup)).toBe(expected);
  });
});

describe("consistency checks (also what `job-journal check` lists)", () => {
  const base = {
    type: "interview",
    interview_date: "2026-03-09T14:00",
    interviewers: ["Jane Doe <jane@acme.com>", "[[Tom Becker]]"],
  };
  it.each<[string, Record<string, unknown>, string[]]>([
    [
      "a clean note",
      {
        thanked: ["jane doe", "Tom Becker"],
        follow_up_1: "2026-03-16",
        follow_up_2: "2026-03-23",
        replied: "2026-03-24",
        status: "Next Round",
      },
      [],
    ],
    [
      "an unknown status",
      { status: "in limbo" },
      [
        'status "in limbo" is in no class of statuses (add it to one in the settings: considering, applied, interviewing, offer or closed; nothing is due for this note until then)',
      ],
    ],
    [
      "a malformed email",
      { interviewers: ["Jane Doe <jane@acme>"] },
      ['interviewers: "jane@acme" is not an email address (Jane Doe)'],
    ],
    [
      "a thanked name that is not an interviewer",
      { thanked: ["Jane Doe", "Ann Other"] },
      ['thanked: "Ann Other" is not among the interviewers'],
    ],
    ["follow-up 2 without follow-up 1", { follow_up_2: "2026-03-23" }, ["follow_up_2 is set but follow_up_1 is not"]],
    ["a reply before the interview is an earlier round's, not a mistake", { replied: "2026-03-08" }, []],
    ["a reply the same day is fine", { replied: "2026-03-09" }, []],
    [
      "a thank-you dated before the interview is an earlier round's",
      { thanked: ["Ann Other"], thanked_on: "2026-03-08" },
      [],
    ],
    [
      "a thank-you date that is not a date",
      { thanked: ["Jane Doe"], thanked_on: "Tuesday" },
      ['thanked_on "Tuesday" is not a date (write YYYY-MM-DD or YYYY-MM-DDTHH:mm)'],
    ],
    ["a thank-you the same day is fine", { thanked: ["Jane Doe"], thanked_on: "2026-03-09" }, []],
  ])("%s", (_, extra, messages) => {
    expect(readNote({ ...base, ...extra }).problems.map((p) => p.message)).toEqual(messages);
  });

  it("thanked without interviewers listed is not a problem (a company-level thank-you)", () => {
    expect(readNote({ type: "interview", interview_date: "2026-03-09", thanked: ["the panel"] }).problems).toEqual([]);
  });
});
