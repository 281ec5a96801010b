import { describe, expect, it } from "vitest";
import { actionProblem } from "../../../src/core/editing/action-checks";
import { recordAction } from "../../../src/core/editing/actions";
import { columnWord } from "../../../src/core/editing/choices";
import type { RecordAction } from "../../../src/core/follow-ups/items";
import { readYaml } from "../../../src/core/notes/read-yaml";
import type { StatusClass } from "../../../src/core/settings/settings";
import { readNote, settingsWith } from "../../helpers/notes";

/** A card moved on the board: the status in the vault's word, byte-safe, nothing else. */

const move = (to: StatusClass): RecordAction => ({ kind: "move", to, date: "2026-03-12" });
const note = [
  "---",
  "type: interview",
  "company: Acme   # the employer",
  "status: 'applied'",
  "tags: [jobs, 2026]",
  "---",
  "# Acme",
  "",
].join("\n");

describe("a move on the board", () => {
  it.each([
    ["interviewing", "status: interviewing"],
    ["closed", "status: closed"],
    ["considering", "status: considering"],
  ] as const)(
    "to %s writes the status line and nothing else, keeping its quotes' absence and the comments",
    (to, line) => {
      const out = recordAction(note, move(to), settingsWith(), readYaml);
      expect(out.status).toBe("changed");
      expect(out.status === "changed" && out.text).toBe(
        note.replace("status: 'applied'", line.replace(": ", ": '") + "'"),
      );
    },
  );

  it("to an offer also dates the reply, only when none is recorded", () => {
    const out = recordAction(note, move("offer"), settingsWith(), readYaml);
    expect(out.status === "changed" && out.text).toBe(
      note
        .replace("status: 'applied'\n", "status: 'offer'\n")
        .replace("tags: [jobs, 2026]\n", "tags: [jobs, 2026]\nreplied: 2026-03-12\n"),
    );
    const replied = note.replace("tags:", "replied: 2026-03-01\ntags:");
    const again = recordAction(replied, move("offer"), settingsWith(), readYaml);
    expect(again.status === "changed" && again.text).toBe(replied.replace("status: 'applied'", "status: 'offer'"));
  });

  it("writes the vault's own word for the column, else the class's own name where it is listed", () => {
    const own = settingsWith((s) => (s.writeStatuses.interviewing = "In Gesprächen"));
    expect(columnWord("interviewing", own)).toBe("In Gesprächen");
    expect(columnWord("interviewing", settingsWith())).toBe("interviewing");
    const listed = settingsWith((s) => (s.statuses.interviewing = ["Screen", "Onsite"]));
    expect(columnWord("interviewing", listed)).toBe("Screen");
  });

  it("changes nothing when the note is in that column already, in whatever word", () => {
    const s = settingsWith((x) => x.statuses.interviewing.push("final round"));
    const text = note.replace("'applied'", "Final Round");
    expect(recordAction(text, move("interviewing"), s, readYaml)).toEqual({
      status: "unchanged",
      reason: "it is already in Interviewing (status: Final Round)",
    });
  });

  it("asks to insist before moving a closed application back", () => {
    const closed = readNote({ type: "interview", company: "Acme", status: "rejected" }).note;
    expect(actionProblem(closed, move("interviewing"), settingsWith(), true)).toBe(
      "status is closed (rejected): moving it back would replace your word, for an application that has ended",
    );
    expect(actionProblem(closed, move("closed"), settingsWith(), true)).toBeUndefined();
    expect(actionProblem(closed, move("interviewing"), settingsWith(), true, true)).toContain("is a template");
  });

  it("asks for the vault's word where it has none, and keeps the note's own for a step the dates say", () => {
    const s = settingsWith((x) => (x.noWordFor = ["interviewing", "offer"]));
    expect(recordAction(note, move("offer"), s, readYaml)).toMatchObject({ status: "refused" });
    expect(recordAction(note, move("interviewing"), s, readYaml)).toMatchObject({
      status: "unchanged",
      reason: expect.stringContaining("your vault has no word for interviewing") as string,
    });
  });
});
