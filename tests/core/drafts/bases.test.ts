import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { jobSearchBase } from "../../../src/core/drafts/bases";
import { settingsWith } from "../../helpers/notes";

/** The .base file: valid YAML of the shape Obsidian's Bases syntax page shows, from the settings. */

type Base = {
  filters: { or: string[] };
  views: { type: string; name: string; filters?: Record<string, string[]>; order: string[] }[];
};

describe("the Bases file", () => {
  it("with the default schema: four tables over the interview notes, and the pipeline board", () => {
    const { text, skipped } = jobSearchBase(settingsWith());
    const base = parse(text) as Base;
    expect(skipped).toEqual([]);
    expect(base.filters).toEqual({ or: ['note.type == "interview"'] });
    expect(base.views.map((v) => v.name)).toEqual([
      "Active applications",
      "Interviews awaiting a reply",
      "Offers",
      "All",
      "Pipeline board",
    ]);
    expect(base.views.map((v) => v.type)).toEqual(["table", "table", "table", "table", "job-search-journal-board"]);
    expect(base.views[0]?.order).toEqual([
      "file.name",
      "note.company",
      "note.role",
      "note.stage",
      "note.status",
      "note.interview_date",
      "note.applied_on",
      "note.replied",
    ]);
    // Active: none of the closed, offer or considering statuses, as people type them.
    expect(base.views[0]?.filters?.and).toContain('note.status != "rejected"');
    expect(base.views[0]?.filters?.and).toContain('note.status != "Rejected"');
    expect(base.views[0]?.filters?.and).not.toContain('note.status != "waiting"');
    expect(base.views[2]?.filters).toEqual({ or: ['note.status == "offer"', 'note.status == "Offer"'] });
  });

  it("with the vault's own names: folders as the filter, and names Bases cannot refer to left out and said", () => {
    const s = settingsWith((x) => {
      x.interviewFolders = ["Job Search/Positions"];
      x.keys.status = "Stage";
      x.keys.interviewDate = "Interview Date";
      x.keys.stage = "stage_jsj";
      x.statuses.offer = ["offered"];
    });
    const { text, skipped } = jobSearchBase(s);
    const base = parse(text) as Base;
    expect(base.filters.or).toEqual(['note.type == "interview"', 'file.inFolder("Job Search/Positions")']);
    expect(base.views[2]?.filters).toEqual({ or: ['note.Stage == "offered"', 'note.Stage == "Offered"'] });
    expect(base.views[0]?.order).not.toContain("note.Interview Date");
    expect(skipped).toEqual([]);
    expect(jobSearchBase(settingsWith((x) => (x.keys.status = "App Stage"))).skipped).toEqual(["App Stage"]);
    // Without a usable status, only the table of everything is made, and the board (it reads the plugin's index).
    expect(
      (parse(jobSearchBase(settingsWith((x) => (x.keys.status = "App Stage"))).text) as Base).views.map((v) => v.name),
    ).toEqual(["All", "Pipeline board"]);
  });
});
