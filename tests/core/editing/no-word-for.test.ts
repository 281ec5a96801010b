import { describe, expect, it } from "vitest";
import { recordAction } from "../../../src/core/editing/actions";
import { suggestConfig } from "../../../src/core/mapping/suggest-config";
import type { NoteSample } from "../../../src/core/mapping/note-sample";
import { readYaml } from "../../../src/core/notes/read-yaml";
import { loadSettings } from "../../../src/core/settings/settings-load";
import { dueAt, readNote, settingsWith } from "../../helpers/notes";

/**
 * A vault whose lists allow no word for a class (its dashboard filters on draft, queued, applied,
 * offer, discarded and rejected: nothing for interviews): no write invents one.
 */

const application = (name: string, status: string): NoteSample => ({
  path: `Jobs/${name}.md`,
  frontmatter: { company: name, role: "Engineer", status, applied_on: "2026-03-01" },
  body: "",
});
const dashboard: NoteSample = {
  path: "Dashboard.md",
  frontmatter: {},
  body: [
    "```dataview",
    'TABLE company FROM "Jobs" WHERE status = "draft" OR status = "queued" OR status = "applied"',
    "```",
    "```dataview",
    'TABLE company FROM "Jobs" WHERE status = "offer" OR status = "discarded" OR status = "rejected"',
    "```",
  ].join("\n"),
};

describe("a class the vault has no word for", () => {
  it("is found by the mapping where the vault lists its words, and never where it does not", () => {
    const samples = [
      application("Acme", "applied"),
      application("Globex", "queued"),
      application("Initech", "rejected"),
    ];
    const listed = suggestConfig([...samples, dashboard]);
    expect(listed.config.noWordFor).toEqual(["interviewing"]);
    expect(listed.reasons.join("\n")).toContain("no word for interviewing in your notes or your lists");
    expect(suggestConfig(samples).config.noWordFor).toBeUndefined();
  });

  const s = settingsWith((x) => (x.noWordFor = ["interviewing", "offer"]));
  const text = "---\ncompany: Acme\nstatus: applied\napplied_on: 2026-03-01\n---\n";

  it("keeps the note's own status when an interview is logged, and the interview date says the stage", () => {
    const outcome = recordAction(
      text,
      { kind: "interview", interview: "2026-03-10", people: ["Maya Chen"] },
      s,
      readYaml,
    );
    expect(outcome).toMatchObject({
      status: "changed",
      summary:
        "interview_date: 2026-03-10; interviewers: + Maya Chen; status kept as applied: your vault has no word for interviewing, so its interview_date says it",
    });
    const written = outcome.status === "changed" ? outcome.text : "";
    expect(written).toContain("status: applied\n");
    const fm = readYaml(written.split("---\n")[1] ?? "") as Record<string, unknown>;
    expect(readNote(fm, s)).toMatchObject({ problems: [], note: { phase: "interviewing" } });
    expect(dueAt(fm, "2026-03-11T09:00", s)).toContain("thank-you/Maya Chen due 2026-03-11");
    // Without the setting the same note says the status is behind.
    expect(readNote(fm).problems.map((p) => p.message)).toEqual([
      expect.stringContaining('status "applied" says no interview yet'),
    ]);
  });

  it("asks for the vault's word for an offer instead of writing ours; a word the user gives is written", () => {
    const interviewed = text.replace("status: applied", "status: applied\ninterview_date: 2026-03-10");
    expect(recordAction(interviewed, { kind: "reply", date: "2026-03-12", status: "offer" }, s, readYaml)).toEqual({
      status: "refused",
      message:
        "your vault has no word for an offer (noWordFor in the settings): write yours (job-journal reply --status <word>) or add one to statuses.offer",
    });
    const own = settingsWith((x) => {
      x.noWordFor = ["offer"];
      x.statuses.offer.push("Zusage");
    });
    const outcome = recordAction(interviewed, { kind: "reply", date: "2026-03-12", status: "Zusage" }, own, readYaml);
    expect(outcome.status === "changed" && outcome.text).toContain("status: Zusage\n");
  });

  it("is a list of classes in the settings, anything else said", () => {
    const loaded = loadSettings({ noWordFor: ["interviewing", "later"] });
    expect(loaded.settings.noWordFor).toEqual(["interviewing"]);
    expect(loaded.errors).toEqual([
      'settings: noWordFor lists classes (considering, applied, interviewing, offer, closed), not ["interviewing","later"]',
    ]);
  });
});
