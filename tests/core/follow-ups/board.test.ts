import { describe, expect, it } from "vitest";
import { buildBoard, lastEventOf, neighbourColumn, sinceWords } from "../../../src/core/follow-ups/board";
import { boardText } from "../../../src/core/follow-ups/board-text";
import { at, KINDS_OF_THESE_TESTS, ofKinds, readNote, reportFor } from "../../helpers/notes";

/** The pipeline board as data: columns by class, cards by what needs attention first. */

const NOW = "2026-03-12T09:00";
const notes = {
  "Interviews/Acme.md": {
    type: "interview",
    company: "Acme",
    role: "Engineer",
    stage: "onsite",
    interview_date: "2026-03-09T14:00",
    interviewers: ["Jane Doe <jane@acme.com>"],
  },
  "Interviews/Globex.md": { type: "interview", company: "Globex", status: "applied", applied_on: "2026-03-10" },
  "Interviews/Initech.md": {
    type: "interview",
    company: "Initech",
    interview_date: "2026-03-02",
    debriefed: "2026-03-02",
    thanked: ["the team"],
    follow_up_1: "2026-03-05",
  },
  "Interviews/Hooli.md": { type: "interview", company: "Hooli", interview_date: "2026-03-20" },
  "Interviews/Stark.md": { type: "interview", company: "Stark", status: "offer", replied: "2026-03-11" },
  "Interviews/Wayne.md": { type: "interview", company: "Wayne", status: "rejected", replied: "2026-02-20" },
  "Interviews/Later.md": { type: "interview", company: "Later", status: "parked" },
};

function board(folded?: Parameters<typeof buildBoard>[3]) {
  const report = reportFor(notes, NOW);
  const read = Object.entries(notes).flatMap(([file, fm]) => readNote(fm, undefined, file).note ?? []);
  // The kinds these tests were written for: a kind added later changes none of these cards.
  return buildBoard(read, ofKinds(KINDS_OF_THESE_TESTS, report.items), report.now, folded);
}

describe("the board", () => {
  it("has one column per class, each application once, in no column when its status is in no class", () => {
    const b = board();
    expect(b.columns.map((c) => [c.column, c.cards.map((k) => k.company)])).toEqual([
      ["considering", []],
      ["applied", ["Globex"]],
      ["interviewing", ["Acme", "Initech", "Hooli"]],
      ["offer", ["Stark"]],
      ["closed", ["Wayne"]],
    ]);
    expect(b.unplaced.map((c) => [c.company, c.status])).toEqual([["Later", "parked"]]);
  });

  it("folds closed unless told otherwise", () => {
    expect(board().columns.map((c) => c.collapsed)).toEqual([false, false, false, false, true]);
    expect(board([]).columns.every((c) => !c.collapsed)).toBe(true);
  });

  it("puts what needs attention first: overdue, then due, then upcoming, then the rest", () => {
    const cards = board().columns[2]?.cards ?? [];
    expect(cards.map((c) => [c.company, c.overdue, c.next?.state ?? "-"])).toEqual([
      ["Acme", true, "overdue"],
      ["Initech", false, "due"],
      ["Hooli", false, "-"],
    ]);
    // The card shows the application's most pressing item: the one due first.
    expect(cards[0]?.next?.sentence).toBe("Write your Acme debrief while it is fresh");
  });

  it.each([
    ["an interview that has happened", { interview_date: "2026-03-12T08:59" }, "interviewed today", 0],
    ["one later today has not", { interview_date: "2026-03-12T09:01" }, "", undefined],
    ["applied yesterday", { applied_on: "2026-03-11" }, "applied yesterday", 1],
    [
      "the latest of applied and followed up",
      { applied_on: "2026-03-01", follow_up_1: "2026-03-05" },
      "followed up 7 days ago",
      7,
    ],
    ["a reply after the follow-up", { follow_up_1: "2026-03-05", replied: "2026-03-06" }, "replied 6 days ago", 6],
  ])("since the last event: %s", (_, fm, words, days) => {
    const note = readNote({ type: "interview", company: "X", ...fm }).note;
    const last = lastEventOf(note, at(NOW));
    const card = { lastEvent: last, daysSince: last ? Math.round((at(NOW) - last.at.at) / 1440 - 0.49) : undefined };
    expect(sinceWords(card)).toBe(words);
    const b = buildBoard([note], [], at(NOW), []);
    expect(b.columns.flatMap((c) => c.cards)[0]?.daysSince).toBe(days);
  });

  it.each([
    ["considering", -1, undefined],
    ["considering", 1, "applied"],
    ["offer", 1, "closed"],
    ["closed", 1, undefined],
  ] as const)("the column beside %s (%d) is %s", (from, step, to) => {
    expect(neighbourColumn(from, step)).toBe(to);
  });

  it("prints as text, closed folded unless --all", () => {
    expect(boardText(board(), false)).toBe(
      [
        "Considering (0)",
        "Applied (1)",
        "    Globex — applied 2 days ago",
        "Interviewing (3)",
        "  ! Acme · Engineer · onsite — interviewed 3 days ago — Write your Acme debrief while it is fresh (3 days overdue)",
        "    Initech — followed up 7 days ago — Follow up with Initech by email (2 of 2) (due today)",
        "    Hooli",
        "Offer (1)",
        "    Stark — replied yesterday",
        "Closed (1): folded (--all lists them)",
        "In no column (1): their status is in no class; place it with suggest-config --place",
        "    Later — status: parked",
        "",
      ].join("\n"),
    );
    expect(boardText(board(), true)).toContain("Closed (1)\n    Wayne — replied 20 days ago\n");
  });
});
