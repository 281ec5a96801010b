import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { clipperTemplate, clipperTemplateJson } from "../../../src/core/exchange/clipper";
import { readYaml } from "../../../src/core/notes/read-yaml";
import { isInterviewNote, KeyLookup, readInterviewNote } from "../../../src/core/notes/schema";
import { defaultSettings } from "../../../src/core/settings/settings";
import { resolve, type Page } from "../../helpers/clipper-resolver";
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
const FILTERS = ["lower", "markdown", 'date:"YYYY-MM-DD"'];

const page = (file: string): Page => ({
  url: `https://jobs.example/${file}`,
  html: readFileSync(`tests/fixtures/postings/${file}`, "utf8"),
  today: "2026-03-12",
});

/** A clip: the note the Clipper would write, its properties as YAML (as it writes them) and the body. */
function clip(file: string, settings = defaultSettings()): { name: string; path: string; text: string } {
  const t = clipperTemplate(settings);
  const p = page(file);
  const yaml = t.properties.map((prop) => `${prop.name}: ${JSON.stringify(resolve(prop.value, p))}`).join("\n");
  return {
    name: resolve(t.noteNameFormat, p),
    path: t.path,
    text: `---\n${yaml}\n---\n${resolve(t.noteContentFormat, p)}`,
  };
}

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
          PRESETS.includes(name) || /^(schema:@JobPosting:[\w.[\]]+|meta:(name|property):[\w:]+)$/.test(name),
          name,
        ).toBe(true);
        for (const f of filters) expect(FILTERS, f).toContain(f);
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
      "Globex builds payment rails.\n- Go and Postgres\n- On call one week in six",
    ],
    [
      "lever-initech.html",
      "the organisation as a name, the location in a list",
      {
        company: "Initech",
        role: "Data Engineer",
        location: "Austin",
        salary: "",
        posted_on: "2026-02-20",
      },
      "Build the TPS report pipeline.",
    ],
    [
      "workday-umbrella.html",
      "a @graph, remote work, an hourly rate",
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
      "plain-soylent.html",
      "no schema data: the page's title, site name and description",
      {
        company: "Soylent",
        role: "ML Engineer",
        location: "",
        salary: "",
        posted_on: "",
      },
      "Join Soylent's ML team. Remote friendly.",
    ],
  ])("%s (%s) clips into an application note the journal reads as one", (file, _what, expected, body) => {
    const note = clip(file);
    const fm = properties(note.text);
    expect(fm).toMatchObject({
      ...expected,
      status: "considering",
      url: `https://jobs.example/${file}`,
      type: "interview",
    });
    expect(note.text.split("---\n")[2]?.trim()).toBe(body);
    expect(note.name).toBe(`2026-03-12 ${expected.company} - ${expected.role}`);
    const lookup = new KeyLookup(defaultSettings());
    expect(isInterviewNote(`${note.path}/${note.name}.md`, fm, lookup)).toBe(true);
    const read = readInterviewNote(`${note.path}/${note.name}.md`, fm, lookup);
    expect(read.problems).toEqual([]);
    expect(read.note).toMatchObject({ company: expected.company, role: expected.role, phase: "considering" });
  });
});
