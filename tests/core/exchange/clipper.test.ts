import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clipperTemplate, clipperTemplateJson } from "../../../src/core/exchange/clipper";
import { readYaml } from "../../../src/core/notes/read-yaml";
import { isInterviewNote, KeyLookup, readInterviewNote } from "../../../src/core/notes/schema";
import { defaultSettings } from "../../../src/core/settings/settings";
import { settingsWith } from "../../helpers/notes";

/** The format the Clipper documents for an imported template (help.obsidian.md/web-clipper/templates). */
const TOP_LEVEL = [
  "schemaVersion",
  "name",
  "behavior",
  "noteNameFormat",
  "path",
  "noteContentFormat",
  "properties",
  "triggers",
];
const PROPERTY_TYPES = ["text", "multitext", "number", "checkbox", "date", "datetime"];
const PRESETS = [
  "author",
  "content",
  "date",
  "description",
  "domain",
  "image",
  "published",
  "site",
  "title",
  "time",
  "url",
];
/** The filters the template uses, each documented (help.obsidian.md/web-clipper/filters). */
const FILTERS = ["lower", "markdown", "date", "replace"];

/**
 * What the Web Clipper itself made of each saved page with the template as it is now: written by
 * scripts/clip-postings.mjs, which runs the Clipper's own code (Defuddle, its template engine)
 * from a local copy, as the Clipper is not on npm.
 */
const POSTINGS = "tests/fixtures/postings";
const made = JSON.parse(readFileSync(`${POSTINGS}/clips/clips.json`, "utf8")) as {
  template: string;
  clips: Record<string, { noteName: string; chosenByTrigger: boolean }>;
};
const clip = (file: string) => ({
  ...made.clips[file],
  text: readFileSync(`${POSTINGS}/clips/${file.replace(/\.html$/, ".md")}`, "utf8"),
});

function properties(text: string): Record<string, unknown> {
  return readYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? "") as Record<string, unknown>;
}

describe("the Web Clipper template", () => {
  it("has the shape the Clipper imports: the documented keys, property types, and a JobPosting trigger", () => {
    const json = JSON.parse(clipperTemplateJson(defaultSettings())) as Record<string, unknown>;
    expect(Object.keys(json).sort()).toEqual([...TOP_LEVEL].sort());
    expect(json).toMatchObject({ schemaVersion: "0.1.0", behavior: "create", triggers: ["schema:@JobPosting"] });
    for (const prop of json.properties as { name: string; value: string; type: string }[]) {
      expect(PROPERTY_TYPES).toContain(prop.type);
      expect(prop.name).not.toBe("");
    }
  });

  it("uses only variables and filters the Clipper documents", () => {
    const t = clipperTemplate(defaultSettings());
    const text = [t.noteNameFormat, t.noteContentFormat, ...t.properties.map((p) => p.value)].join("\n");
    const expressions = [...text.matchAll(/\{\{(.+?)\}\}|\{%\s*(?:if|elseif)\s+(.+?)\s*%\}/g)].map(
      (m) => m[1] ?? m[2] ?? "",
    );
    expect(expressions.length).toBeGreaterThan(5);
    for (const expr of expressions)
      for (const alternative of expr.split("??").map((a) => a.trim())) {
        const [name = "", ...filters] = alternative.split("|");
        expect(
          PRESETS.includes(name) ||
            /^(schema:@(JobPosting|Organization):[\w.[\]]+|meta:(name|property):[\w:]+)$/.test(name),
          name,
        ).toBe(true);
        for (const f of filters) expect(FILTERS, f).toContain(f.split(":")[0]);
      }
  });

  it("writes the vault's own property names, status word and folder", () => {
    const settings = settingsWith((s) => {
      s.keys.company = "Employer";
      s.keys.postingUrl = "Link";
      s.writeStatuses.considering = "💡 Idea";
      s.interviewFolders = ["Jobs/2026"];
    });
    const t = clipperTemplate(settings);
    expect(t.path).toBe("Jobs/2026");
    expect(t.properties.map((p) => p.name)).toEqual(
      expect.arrayContaining(["Employer", "Link", settings.keys.status, settings.keys.salary]),
    );
    expect(t.properties.find((p) => p.name === settings.keys.status)?.value).toBe("💡 Idea");
  });

  it("the approved clips were made by the Clipper from this template (else run scripts/clip-postings.mjs)", () => {
    const template = createHash("sha256").update(clipperTemplateJson(defaultSettings())).digest("hex");
    expect(made.template).toBe(template);
    const pages = readdirSync(POSTINGS).filter((f) => f.endsWith(".html"));
    expect(Object.keys(made.clips).sort()).toEqual(pages.sort());
  });

  it.each([
    [
      "greenhouse-globex.html",
      "an organisation object, a location, a salary range",
      {
        company: "Globex",
        role: "Senior Backend Engineer",
        location: "Berlin",
        salary: "75000–90000 EUR per year",
        posted_on: "2026-03-01",
      },
      "Globex builds payment rails.\n\n- Go and Postgres\n- On call one week in six",
    ],
    [
      "lever-initech.html",
      "the organisation as a name, the location in a list",
      { company: "Initech", role: "Data Engineer", location: "Austin", salary: null, posted_on: "2026-02-20" },
      "Build the TPS report pipeline.",
    ],
    [
      "workday-umbrella.html",
      "a @graph, remote work, an hourly rate, an HTML-escaped description",
      {
        company: "Umbrella Corporation",
        role: "Platform Engineer",
        location: "TELECOMMUTE",
        salary: "85 USD per hour",
        posted_on: "2026-03-05",
      },
      "Keep the lights on.",
    ],
    [
      "linkedin-northwind.html",
      "LinkedIn's page: its description HTML-escaped, a date-time posted",
      {
        company: "Northwind Traders",
        role: "Data Analyst",
        location: "Chicago",
        salary: null,
        posted_on: "2026-03-02",
      },
      "**Who we are**  \n  \nNorthwind Traders moves specialty food from 60 growers to 4,000 stores.  \n  \n" +
        "**What you will do**\n- Own the weekly demand forecast\n- Work with buyers & planners",
    ],
    [
      "graph-contoso.html",
      "a Yoast @graph whose posting names its employer by @id",
      {
        company: "Contoso Pharmaceuticals",
        role: "Lab Operations Lead",
        location: "Basel",
        salary: null,
        posted_on: "2026-02-16",
      },
      "Run the lab's day: samples, instruments, people.\n\n- GMP experience\n- German and English",
    ],
    [
      "id-only-fabrikam.html",
      "an @id employer the page does not describe: the site's name",
      {
        company: "Fabrikam Jobs",
        role: "Product Designer",
        location: "TELECOMMUTE",
        salary: null,
        posted_on: "2026-03-04",
      },
      "Design the tools our field teams use.",
    ],
    [
      "plain-soylent.html",
      "no schema data: the page's title, site name and description",
      { company: "Soylent", role: "ML Engineer", location: null, salary: null, posted_on: null },
      "Join Soylent's ML team. Remote friendly.",
    ],
  ])("%s (%s): the Clipper's clip is an application note the journal reads as one", (file, _what, expected, body) => {
    const note = clip(file);
    const fm = properties(note.text);
    expect(fm).toEqual({
      type: "interview",
      ...expected,
      status: "considering",
      url: `https://jobs.example/${file}`,
    });
    expect(note.text.split("---\n")[2]?.trim()).toBe(body);
    // The name New interview note gives, never JSON; the template chosen by itself where the page has a posting.
    expect(note.noteName).toBe(`2026-03-12 ${expected.company} - ${expected.role}`);
    expect(note.chosenByTrigger).toBe(file !== "plain-soylent.html");
    const path = `${clipperTemplate(defaultSettings()).path}/${note.noteName}.md`;
    const lookup = new KeyLookup(defaultSettings());
    expect(isInterviewNote(path, fm, lookup)).toBe(true);
    const read = readInterviewNote(path, fm, lookup);
    expect(read.problems).toEqual([]);
    expect(read.note).toMatchObject({ company: expected.company, role: expected.role, phase: "considering" });
  });
});
