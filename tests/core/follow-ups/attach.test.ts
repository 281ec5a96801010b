import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { attachAll } from "../../../src/core/follow-ups/attach";
import { followUpReport } from "../../../src/core/follow-ups/engine";
import { LiveReport } from "../../../src/core/follow-ups/live-report";
import { noteEntry } from "../../../src/core/follow-ups/read-note";
import { isMeetingNote, meetingSettings } from "../../../src/core/notes/meetings";
import type { NoteEntry } from "../../../src/core/notes/note-entry";
import { mightBeInterviewNote } from "../../../src/core/notes/prefilter";
import { readYaml } from "../../../src/core/notes/read-yaml";
import { KeyLookup } from "../../../src/core/notes/schema";
import type { Settings } from "../../../src/core/settings/settings";
import { at, KINDS_OF_THESE_TESTS, ofKinds, settingsWith, summarizeItems } from "../../helpers/notes";

const MEETINGS = {
  typeValue: "interview",
  folders: [],
  linkKey: "application",
  dateKey: "date",
  attendeesKey: "attendees",
};

/** A vault that keeps one note per application and one per interview, tagged `interview`. */
const settings = settingsWith((s) => {
  s.typeValue = "job-application";
  s.keys.type = "tags";
  s.keys.appliedOn = "date";
  s.keys.thanked = "thank_you_sent";
  s.statuses.applied.push("Active");
  s.meetings = { ...MEETINGS };
});

function note(fm: Record<string, unknown>): string {
  const lines = Object.entries(fm).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join("\n")}\n---\n# Notes\n`;
}

function entry(path: string, fm: Record<string, unknown>, s: Settings = settings): NoteEntry | undefined {
  return noteEntry(path, note(fm), s, new KeyLookup(s), readYaml);
}

const acme = {
  tags: ["job-application"],
  company: "[[Acme]]",
  role: "Engineer",
  status: "Interviewing",
  date: "2026-02-20",
};
const onsite = {
  tags: ["interview"],
  application: "[[Acme - Engineer]]",
  date: "2026-03-10T14:00",
  attendees: ["Maya Chen", "Tom Becker"],
  stage: "Onsite",
  thank_you_sent: false,
};

function report(notes: Record<string, Record<string, unknown>>, now = "2026-03-11T09:00") {
  const entries = Object.entries(notes).flatMap(([p, fm]) => entry(p, fm) ?? []);
  return followUpReport(entries, at(now), settings);
}

describe("interviews kept as notes of their own", () => {
  it("are told by their tag, type or folder, never a template, and read with their own names", () => {
    expect(isMeetingNote("Meetings/x.md", onsite, settings)).toBe(true);
    expect(isMeetingNote("x.md", { ...onsite, tags: ["#Interview"] }, settings)).toBe(true);
    expect(isMeetingNote("x.md", { ...onsite, tags: ["meeting"] }, settings)).toBe(false);
    expect(isMeetingNote("x.md", { ...onsite, date: "{{date}}" }, settings)).toBe(false);
    const byFolder = settingsWith((s) => (s.meetings.folders = ["Interviews"]));
    expect(isMeetingNote("Interviews/x.md", { date: "2026-03-10" }, byFolder)).toBe(true);
    expect(isMeetingNote("x.md", onsite, settingsWith())).toBe(false);
    // The application's `date` (applied on) is the meeting's date here: the meeting reads no applied date.
    const own = meetingSettings(settings);
    expect(own.keys.interviewDate).toBe("date");
    expect(own.keys.interviewers).toBe("attendees");
    expect(own.keys.appliedOn).not.toBe("date");
    expect(mightBeInterviewNote("m.md", note(onsite), settings)).toBe(true);
  });

  it("raise the interview's thank-yous and debrief on the application, and its follow-ups", () => {
    const r = report({ "Acme - Engineer.md": acme, "Meetings/Acme onsite.md": onsite });
    expect(r.problems).toEqual([]);
    expect(summarizeItems(ofKinds(KINDS_OF_THESE_TESTS, r.items))).toEqual([
      "debrief overdue 2026-03-10",
      "thank-you/Maya Chen due 2026-03-11T14:00",
      "thank-you/Tom Becker due 2026-03-11T14:00",
      "follow-up#1 upcoming 2026-03-17",
    ]);
    expect(new Set(r.items.map((i) => i.file))).toEqual(new Set(["Acme - Engineer.md"]));
    expect(r.items[0]?.stage).toBe("Onsite");
    expect(r.summary.awaitingReply).toBe(1);
  });

  it("count the steps they record: a ticked thank-you, a dated debrief", () => {
    const done = { ...onsite, thank_you_sent: true, debriefed: "2026-03-10" };
    const r = report({ "Acme - Engineer.md": acme, "Meetings/Acme onsite.md": done });
    expect(summarizeItems(ofKinds(KINDS_OF_THESE_TESTS, r.items))).toEqual(["follow-up#1 upcoming 2026-03-17"]);
  });

  it("take the latest interview; an earlier one counts as an earlier round", () => {
    const screen = { ...onsite, date: "2026-03-02", stage: "Screen", thank_you_sent: true };
    const entries = ["Acme - Engineer.md", "Meetings/screen.md", "Meetings/onsite.md"].map(
      (p, i) => entry(p, [acme, screen, onsite][i] as Record<string, unknown>) as NoteEntry,
    );
    const joined = attachAll(entries, settings).find((e) => e.note)?.note;
    expect(joined?.stage).toBe("Onsite");
    expect(joined?.meetingFile).toBe("Meetings/onsite.md");
    expect(joined?.earlierRounds).toBe(1);
  });

  it("attach by the company when it has one open application, and say why when not", () => {
    const byCompany = { ...onsite, application: "[[Acme]]" };
    const closed = { ...acme, role: "Manager", status: "Rejected" };
    const one = report({ "Acme - Engineer.md": acme, "Acme - Manager.md": closed, "m.md": byCompany });
    expect(one.items.some((i) => i.kind === "thank-you" && i.file === "Acme - Engineer.md")).toBe(true);
    const open = { ...closed, status: "Applied" };
    const two = report({ "Acme - Engineer.md": acme, "Acme - Manager.md": open, "m.md": byCompany });
    expect(two.problems.map((p) => [p.file, p.key, p.message])).toContainEqual([
      "m.md",
      "application",
      'links to [[Acme]], the company of 2 applications ("Acme - Engineer", "Acme - Manager"): link the application\'s own note',
    ]);
    const none = report({ "Acme - Engineer.md": acme, "m.md": { ...onsite, application: "[[Initech]]" } });
    expect(none.problems.map((p) => p.message)).toContain(
      "links to [[Initech]], which is no application's note nor the company of one: link it to its application for its follow-ups",
    );
    const unlinked = report({ "m.md": { ...onsite, application: "" } });
    expect(unlinked.problems[0]?.message).toMatch(
      /^an interview's note with no link to its application: link it in application/,
    );
  });

  it("make an open word interviewing, and say when the status says no interview yet", () => {
    const active = report({ "Acme - Engineer.md": { ...acme, status: "Active" }, "m.md": onsite });
    expect(active.problems).toEqual([]);
    expect(active.items.some((i) => i.kind === "thank-you")).toBe(true);
    const applied = report({ "Acme - Engineer.md": { ...acme, status: "Applied" }, "m.md": onsite });
    expect(applied.problems.map((p) => [p.file, p.message])).toEqual([
      [
        "Acme - Engineer.md",
        'status "Applied" says no interview yet, but "m.md" is an interview on 2026-03-10: set status to scheduled for its follow-ups',
      ],
    ]);
    const undated = report({ "Acme - Engineer.md": acme, "m.md": { ...onsite, date: "" } });
    expect(undated.problems.map((p) => [p.file, p.key])).toContainEqual(["m.md", "date"]);
  });

  it("leave the application alone when its own interview is later than its notes'", () => {
    const later = { ...acme, interview_date: "2026-03-20", interviewers: ["Ana Ruiz"] };
    const joined = attachAll(
      [entry("a.md", later), entry("m.md", { ...onsite, application: "[[a]]" })] as NoteEntry[],
      settings,
    );
    expect(joined[0]?.note?.interviewers.map((p) => p.name)).toEqual(["Ana Ruiz"]);
    expect(joined[0]?.note?.earlierRounds).toBe(1);
  });
});

const app = fc.record({
  company: fc.constantFrom("[[Acme]]", "Globex"),
  status: fc.constantFrom("Interviewing", "Applied", "Active", "Rejected", ""),
  interview_date: fc.constantFrom(undefined, "2026-03-01", "2026-03-11T10:00"),
});
const meeting = fc.record({
  application: fc.constantFrom("[[a]]", "[[b]]", "[[Acme]]", "[[Globex]]", "[[nobody]]", ""),
  date: fc.constantFrom("2026-03-05", "2026-03-10T14:00", "2026-03-12", "later", ""),
  attendees: fc.constantFrom([], ["Maya Chen"]),
  thank_you_sent: fc.constantFrom(true, false),
});
const op = fc.oneof(
  fc.record({ kind: fc.constant("app" as const), path: fc.constantFrom("a.md", "b.md"), fm: app }),
  fc.record({ kind: fc.constant("meeting" as const), path: fc.constantFrom("m1.md", "m2.md", "m3.md"), fm: meeting }),
  fc.record({ kind: fc.constant("delete" as const), path: fc.constantFrom("a.md", "b.md", "m1.md", "m2.md", "m3.md") }),
);

describe("the live report with interviews' own notes", () => {
  it("equals the report computed from scratch after any sequence of edits", () => {
    const appSettings = settingsWith((s) => (s.meetings = { ...MEETINGS }));
    fc.assert(
      fc.property(fc.array(op, { maxLength: 25 }), (ops) => {
        const live = new LiveReport(appSettings);
        const current = new Map<string, NoteEntry>();
        const now = at("2026-03-12T09:00");
        live.at(now);
        for (const o of ops) {
          const e =
            o.kind === "app"
              ? entry(o.path, { type: "interview", ...o.fm }, appSettings)
              : o.kind === "meeting"
                ? entry(o.path, { tags: ["interview"], ...o.fm }, appSettings)
                : undefined;
          if (e) current.set(o.path, e);
          else current.delete(o.path);
          live.set(o.path, e);
          const expected = followUpReport(current.values(), now, appSettings);
          const got = live.report();
          expect(got.items).toEqual(expected.items);
          expect(new Set(got.problems)).toEqual(new Set(expected.problems));
          expect(got.summary).toEqual(expected.summary);
        }
      }),
      { numRuns: 300 },
    );
  });
});
