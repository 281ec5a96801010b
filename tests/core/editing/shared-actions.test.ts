import { describe, expect, it } from "vitest";
import { emailEdit, emailProblem, withoutEmail } from "../../../src/core/editing/contacts";
import { loggedInterview } from "../../../src/core/editing/interview-log";
import { parsePerson } from "../../../src/core/notes/people";
import { KeyLookup, readInterviewNote } from "../../../src/core/notes/schema";
import { defaultSettings } from "../../../src/core/settings/settings";

/** What the plugin, VS Code and the CLI share for Add emails and Log an interview: one reading of what people type. */

const settings = defaultSettings();
const note = (fm: Record<string, unknown>) => {
  const read = readInterviewNote(
    "Interviews/Tyrell.md",
    { type: "interview", company: "Tyrell", ...fm },
    new KeyLookup(settings),
  );
  if (!read.note) throw new Error("not a note");
  return read.note;
};

describe("Log an interview: what was typed", () => {
  it.each([
    ["Jane Doe <jane@acme.com>; Tom Becker", ["Jane Doe <jane@acme.com>", "Tom Becker"]],
    ["Doe, Jane; Tom", ["Doe, Jane", "Tom"]],
    ["Ann\nTom Lee\n", ["Ann", "Tom Lee"]],
    [" ; ;  ", []],
    ["", []],
  ])("%j → %j", (typed, people) => {
    expect(loggedInterview("2026-03-10", typed).people).toEqual(people);
  });

  it.each([
    ["onsite", { stage: "onsite" }],
    ["  final  ", { stage: "final" }],
    ["   ", {}],
  ])("stage %j", (stage, expected) => {
    expect(loggedInterview("2026-03-10T14:00", "Ann", stage)).toEqual({
      kind: "interview",
      interview: "2026-03-10T14:00",
      people: ["Ann"],
      ...expected,
    });
  });
});

describe("Add emails", () => {
  it.each([
    ["rachael@tyrell.example", undefined],
    ["  rachael@tyrell.example  ", undefined],
    ["", undefined],
    ["rachael", "An email address, like name@company.com"],
    ["rachael@tyrell", "An email address, like name@company.com"],
    ["a b@c.d", "An email address, like name@company.com"],
  ])("%j: %s", (typed, problem) => {
    expect(emailProblem(typed)).toBe(problem);
  });

  it("asks only for interviewers with no email on file, from the note or their person note", () => {
    const n = note({ interviewers: ["Rachael Rosen", "Eldon <eldon@tyrell.example>", "[[Roy Batty]]", "[[Pris]]"] });
    const people = { emailOf: (target: string) => (target === "Pris" ? "pris@tyrell.example" : undefined) };
    expect(withoutEmail(n, people).map((p) => p.name)).toEqual(["Rachael Rosen", "Roy Batty"]);
  });

  it("writes the email where it is read from: the person note of a link, else the interviewer's entry", () => {
    const n = note({ interviewers: ["Rachael Rosen", "[[Roy Batty]]"] });
    expect(emailEdit(n, parsePerson("Rachael Rosen"), " rachael@tyrell.example ", settings, undefined)).toEqual({
      path: "Interviews/Tyrell.md",
      edits: [
        {
          op: "replace-text",
          key: "interviewers",
          find: "Rachael Rosen",
          value: "Rachael Rosen <rachael@tyrell.example>",
        },
      ],
    });
    expect(emailEdit(n, parsePerson("[[Roy Batty]]"), "roy@tyrell.example", settings, "People/Roy Batty.md")).toEqual({
      path: "People/Roy Batty.md",
      edits: [{ op: "set-if-empty", key: "email", value: "roy@tyrell.example" }],
    });
  });
});
