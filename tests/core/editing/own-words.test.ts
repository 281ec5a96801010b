import { describe, expect, it } from "vitest";
import { actionProblem } from "../../../src/core/editing/action-checks";
import { recordAction } from "../../../src/core/editing/actions";
import type { RecordAction } from "../../../src/core/follow-ups/items";
import { readYaml } from "../../../src/core/notes/read-yaml";
import { settingsWith, readNote } from "../../helpers/notes";

/** Meaning is never overwritten: a status the note already has in its own word stays. */
const settings = settingsWith((s) => {
  s.statuses.considering.push("queued");
  s.statuses.interviewing.push("一次面接完了", "最終面接予定");
  s.statuses.closed.push("discarded", "denied");
  s.writeStatuses.closed = "denied";
  s.writeStatuses.interviewing = "最終面接予定";
});

const note = (status: string) =>
  `---\ntype: interview\ncompany: Acme\ninterview_date: 2026-03-02T10:00\nstatus: ${status}\n---\nBody.\n`;

function record(text: string, action: RecordAction) {
  return recordAction(text, action, settings, readYaml);
}

describe("a status the tool implies", () => {
  it("close on a note closed in another word writes nothing", () => {
    expect(record(note("discarded"), { kind: "move-on" })).toMatchObject({
      status: "unchanged",
      reason: "it is already closed (status: discarded)",
    });
  });

  it("the next round keeps the vault's own interviewing word, and moves the interview on", () => {
    const out = record(note("一次面接完了"), { kind: "next-round", next: { interview: "2026-03-16T09:00" } });
    expect(out.status).toBe("changed");
    const text = out.status === "changed" ? out.text : "";
    expect(text).toContain("status: 一次面接完了\n");
    expect(text).toContain("interview_date: 2026-03-16T09:00\n");
  });

  it("a stock word is the tool's to move on: next round becomes the vault's interviewing word", () => {
    const out = record(note("next round"), { kind: "next-round", next: { interview: "2026-03-16T09:00" } });
    expect(out.status === "changed" && out.text).toContain("status: 最終面接予定\n");
  });

  it("a logged interview moves a note not yet interviewing to the vault's interviewing word", () => {
    const text = "---\ntype: interview\ncompany: Acme\nstatus: queued\n---\n";
    const out = record(text, { kind: "interview", interview: "2026-03-11T14:00", people: [] });
    expect(out.status === "changed" && out.text).toContain("status: 最終面接予定\n");
  });
});

describe("a status the user types", () => {
  const reply = (status: string): RecordAction => ({ kind: "reply", date: "2026-03-12", status });

  it.each<[string, string, string | undefined]>([
    [
      "discarded",
      "denied",
      'status is already closed (discarded): "denied" would replace your word; force it to write it anyway',
    ],
    ["discarded", "Discarded", undefined], // the same word: nothing replaced
    ["一次面接完了", "denied", undefined], // another class: a real change
    ["一次面接完了", "最終面接予定", undefined], // the user's own move within the class
  ])("on %s, a reply saying %s: %s", (status, typed, problem) => {
    const { note: read } = readNote(
      readYaml(note(status).split("---\n")[1] ?? "") as Record<string, unknown>,
      settings,
    );
    expect(actionProblem(read, reply(typed), settings, true)).toBe(problem);
  });

  it("a status in no class lists the vault's own words only, and a class's stock words where it has none", () => {
    const { note: read } = readNote(
      readYaml(note("queued").split("---\n")[1] ?? "") as Record<string, unknown>,
      settings,
    );
    expect(actionProblem(read, reply("maybe later"), settings, true)).toBe(
      '"maybe later" is in no class of statuses; use one of: applied, submitted, 一次面接完了, 最終面接予定, offer, discarded, denied (or add it to a class in the settings)',
    );
  });
});
