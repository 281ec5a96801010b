import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { greetingName, parsePerson, peopleEntries, splitPeople } from "../../../src/core/notes/people";
import { dueAt, readNote } from "../../helpers/notes";

/** Interviewers, thanked names and references typed as one string, the way people type them. */

describe("one string, several people", () => {
  it.each<[string, string, string[], string[]]>([
    [
      "commas, with and without emails",
      "Jane Doe <jane@x.com>, Bob Smith, Carla Gomez <carla@x.com>",
      ["Jane Doe <jane@x.com>", "Bob Smith", "Carla Gomez <carla@x.com>"],
      [],
    ],
    ["semicolons", "Jane Doe; Bob Smith;Carla", ["Jane Doe", "Bob Smith", "Carla"], []],
    ["a semicolon splits even two single words", "Doe; Jane", ["Doe", "Jane"], []],
    ["three first names", "Priya, Tom, Lena", ["Priya", "Tom", "Lena"], []],
    ["two full names", "Jane Doe, Bob Smith", ["Jane Doe", "Bob Smith"], []],
    ["a full name and a first name", "Jane Doe, Bob", ["Jane Doe", "Bob"], []],
    ["emails alone", "jane@x.com, bob@y.org", ["jane@x.com", "bob@y.org"], []],
    ["a single word and an email", "Doe, jane@x.com", ["Doe", "jane@x.com"], []],
    [
      "links, with commas inside an alias",
      "[[Priya Raman|Priya, PM]], [[Tom Becker]]",
      ["[[Priya Raman|Priya, PM]]", "[[Tom Becker]]"],
      [],
    ],
    [
      "a comma inside the name of an email",
      '"Doe, Jane" <jane@x.com>, Bob Smith',
      ['"Doe, Jane" <jane@x.com>', "Bob Smith"],
      [],
    ],
    ["line breaks", "Jane Doe\nBob Smith\n", ["Jane Doe", "Bob Smith"], []],
    ["empty pieces are dropped", "Jane Doe, , ;Bob Smith,", ["Jane Doe", "Bob Smith"], []],
    ["Last, First stays one person, reported", "Doe, Jane", ["Doe, Jane"], ["Doe, Jane"]],
    [
      "Last, First Middle, with an email",
      "Doe, Jane Marie <jane@x.com>",
      ["Doe, Jane Marie <jane@x.com>"],
      ["Doe, Jane Marie <jane@x.com>"],
    ],
    ["two first names look the same: kept whole, reported", "Priya, Tom", ["Priya, Tom"], ["Priya, Tom"]],
    ["Last, First; Last, First", "Doe, Jane; Smith, Bob", ["Doe, Jane", "Smith, Bob"], ["Doe, Jane", "Smith, Bob"]],
  ])("%s", (_, text, entries, ambiguous) => {
    expect(splitPeople(text)).toEqual({ entries, ambiguous });
  });

  it("in a list of several items, Last, First is one person and not ambiguous: the list already separates people", () => {
    expect(peopleEntries(["Doe, Jane", "Smith, Bob"])).toEqual({ entries: ["Doe, Jane", "Smith, Bob"], ambiguous: [] });
    expect(peopleEntries(["Jane Doe, Bob Smith", "Carla"])).toEqual({
      entries: ["Jane Doe", "Bob Smith", "Carla"],
      ambiguous: [],
    });
  });

  it("Doe, Jane is greeted as Jane", () => {
    expect(greetingName(parsePerson("Doe, Jane <jane@x.com>"))).toBe("Jane");
  });
});

describe("through the reader and the rules", () => {
  const base = { type: "interview", interview_date: "2026-03-09T14:00" };

  it("each person gets their own thank-you with their own email", () => {
    const { note, problems } = readNote({
      ...base,
      interviewers: "Jane Doe <jane@x.com>, Bob Smith, Carla Gomez <carla@x.com>",
    });
    expect(problems).toEqual([]);
    expect(note.interviewers.map((p) => [p.name, p.email])).toEqual([
      ["Jane Doe", "jane@x.com"],
      ["Bob Smith", undefined],
      ["Carla Gomez", "carla@x.com"],
    ]);
    expect(
      dueAt({ ...base, interviewers: "Jane Doe; Bob Smith" }, "2026-03-10T09:00").filter((i) =>
        i.startsWith("thank-you"),
      ),
    ).toEqual(["thank-you/Jane Doe due 2026-03-10T14:00", "thank-you/Bob Smith due 2026-03-10T14:00"]);
  });

  it("thanked typed as one string counts for each name in it", () => {
    expect(
      dueAt(
        {
          ...base,
          interviewers: ["Jane Doe", "Bob Smith", "Carla"],
          thanked: "Jane Doe, Bob Smith",
          thanked_on: "2026-03-09",
        },
        "2026-03-10T09:00",
      ).filter((i) => i.startsWith("thank-you")),
    ).toEqual(["thank-you/Carla due 2026-03-10T14:00"]);
  });

  it("references typed as one string are several references", () => {
    expect(readNote({ ...base, references: "Maria Lopez; Dave Kim" }).note.references).toEqual([
      "Maria Lopez",
      "Dave Kim",
    ]);
  });

  it("what stays ambiguous is reported for check, not guessed at", () => {
    const { note, problems } = readNote({ ...base, interviewers: "Doe, Jane" });
    expect(note.interviewers.map((p) => p.name)).toEqual(["Doe, Jane"]);
    expect(problems.map((p) => p.message)).toEqual([
      'interviewers: "Doe, Jane" could be one person or two; write one person per list item, or separate people with ";"',
    ]);
  });
});

describe("property: splitting never loses or invents a person", () => {
  const name = fc.constantFrom(
    "Jane Doe",
    "Bob Smith",
    "Carla",
    "José Núñez",
    "李小龍",
    "O'Brien",
    "Anne-Marie Dupont",
  );
  const entry = fc.oneof(
    name,
    fc.tuple(name, fc.constantFrom("jane@x.com", "b.smith@acme.example")).map(([n, e]) => `${n} <${e}>`),
    name.map((n) => `[[${n}]]`),
    name.map((n) => `[[People/${n}|${n.split(" ")[0] ?? n}]]`),
  );
  it("people joined with semicolons come back one for one", () => {
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("; ", ";", " ; ", "\n"),
        (people, sep) => {
          expect(splitPeople(people.join(sep)).entries).toEqual(people);
        },
      ),
    );
  });
  it("people of two words or more, joined with commas, come back one for one", () => {
    const full = entry.filter((e) => /\s|@|\[\[/.test(e.replace(/<.*>/, "")) || e.includes("@"));
    fc.assert(
      fc.property(fc.array(full, { minLength: 2, maxLength: 6 }), (people) => {
        expect(splitPeople(people.join(", ")).entries).toEqual(people);
      }),
    );
  });
  it("any text: the entries are its non-separator pieces, nothing else", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        const { entries, ambiguous } = splitPeople(text);
        for (const e of entries) {
          expect(e).toBe(e.trim());
          expect(e).not.toBe("");
          expect(text).toContain(e);
        }
        for (const a of ambiguous) expect(entries).toContain(a);
      }),
    );
  });
});
