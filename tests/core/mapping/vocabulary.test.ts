import { describe, expect, it } from "vitest";
import type { NoteSample } from "../../../src/core/mapping/note-sample";
import { vaultVocabulary } from "../../../src/core/mapping/vocabulary";

/** Where a vault keeps the status words it allows, source by source. */
const note = (path: string, body: string, frontmatter: Record<string, unknown> = {}): NoteSample => ({
  path,
  frontmatter,
  body,
});
const words = (samples: NoteSample[], key = "status", folders = ["Applications"]) =>
  vaultVocabulary(samples, key, folders).map((w) => w.word);

describe("the words a vault allows", () => {
  it("Dataview queries over the applications: = and contains(), and only those over the applications' folder", () => {
    const index = note(
      "index.md",
      [
        '```dataview\nTABLE company FROM "Applications" WHERE status = "applied" OR contains(status, "interviewing")\n```',
        '```dataview\nTABLE contact FROM "Contacts" WHERE status = "scheduled"\n```',
        '```dataview\nTABLE company FROM "Applications/2026" WHERE status != "denied"\n```',
        '```dataview\nLIST WHERE status = "offer-received"\n```',
      ].join("\n"),
    );
    expect(words([index])).toEqual(["applied", "interviewing", "denied", "offer-received"]);
  });

  it("DataviewJS comparisons on the property", () => {
    const js = note(
      "job.md",
      "```dataviewjs\nlet notes = dv.pages('\"job/jobList\"').where(x => x.status === '不投' || x.status == \"待offer\");\n```",
    );
    expect(words([js], "status", ["job/jobList"])).toEqual(["不投", "待offer"]);
  });

  it("a Kanban board's lanes, in order", () => {
    const board = note("Board.md", "## 🔍 New\n- [ ] [[A]]\n\n## ✅ Applied\n\n## 📞 Interview\n", {
      "kanban-plugin": "basic",
    });
    expect(words([board])).toEqual(["🔍 New", "✅ Applied", "📞 Interview"]);
    // Headings in a note that is no board are not lanes.
    expect(words([note("Plan.md", "## Applied\n")])).toEqual([]);
  });

  it("a Templater suggester for the status, in a template", () => {
    const template = note("Templates/Job.md", "", {
      status: '<% await tp.system.suggester(["Queued", "Applied", "Denied"], ["Queued", "Applied", "Denied"]) %>',
    });
    expect(words([template])).toEqual(["Queued", "Applied", "Denied"]);
  });

  it("a Metadata Menu field's options, listed in the fileClass or in the note it names", () => {
    const inline = note("fileClasses/Position.md", "", {
      fields: [
        { name: "Status", type: "Select", options: { valuesList: { "1": "Queued", "2": "Applied", "3": "Denied" } } },
      ],
    });
    expect(words([inline])).toEqual(["Queued", "Applied", "Denied"]);
    const fromNote = note("fileClasses/Position.md", "", {
      fields: [
        {
          name: "status",
          type: "Select",
          options: { sourceType: "ValuesListNotePath", valuesListNotePath: "Lists/Stages.md" },
        },
      ],
    });
    expect(words([fromNote, note("Lists/Stages.md", "Reviewing\nApplied\n- Under_Review\n\nNo-Go\n")])).toEqual([
      "Reviewing",
      "Applied",
      "Under_Review",
      "No-Go",
    ]);
  });

  it("each word once, in any case; where it was read is said", () => {
    const a = note("a.md", '```dataview\nLIST FROM "Applications" WHERE status = "Applied"\n```');
    const b = note("b.md", '```dataview\nLIST FROM "Applications" WHERE status = "applied"\n```');
    expect(vaultVocabulary([a, b], "status", ["Applications"])).toEqual([
      { word: "Applied", source: 'the Dataview queries of "a.md"' },
    ]);
  });

  it("a base's views over the applications: their filters on the status, as Bases writes the property", () => {
    const base = note(
      "Views/Jobs.base",
      [
        "filters:",
        "  and:",
        '    - file.inFolder("Applications")',
        "views:",
        "  - type: table",
        "    name: Active",
        "    filters:",
        "      or:",
        "        - 'note.status == \"Applied\"'",
        "        - 'status == \"Interviewing\"'",
        "  - type: table",
        "    name: Closed",
        "    filters:",
        "      and:",
        '        - \'note["status"] != "Denied"\'',
      ].join("\n"),
    );
    expect(words([base])).toEqual(["Applied", "Interviewing", "Denied"]);
    const contacts = note(
      "Views/People.base",
      'filters:\n  and:\n    - file.inFolder("People")\n    - status == "scheduled"\n',
    );
    expect(words([contacts])).toEqual([]);
  });
});
