import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDebrief } from "../../../src/core/drafts/debrief";
import { companyNews, mailtoLink, topicsFromDebrief } from "../../../src/core/drafts/drafts";
import { interviewNoteName, safeFileName, uniqueNotePath } from "../../../src/core/drafts/note-names";
import { parsePerson } from "../../../src/core/notes/people";
import { renderTemplate } from "../../../src/core/drafts/templates";

describe("templates", () => {
  it("fills known placeholders and leaves unknown ones visible, reported once each", () => {
    expect(
      renderTemplate("Dear {{ first_name }}, {{compnay}} {{compnay}} {{Company}}", {
        first_name: "Ada",
        company: "Acme",
      }),
    ).toEqual({
      text: "Dear Ada, {{compnay}} {{compnay}} Acme",
      unknown: ["{{compnay}}"],
    });
  });
});

describe("file names for new notes", () => {
  it.each([
    [
      { date: "2026-03-09", company: "Acme", role: "Backend Engineer", stage: "onsite" },
      "2026-03-09 Acme - Backend Engineer (onsite)",
    ],
    [{ date: "2026-03-09", company: "Acme", role: "", stage: "" }, "2026-03-09 Acme"],
    [
      { date: "2026-03-09", company: 'A/B: "C" <D>|E?*', role: "R#1 [x] ^y", stage: "" },
      "2026-03-09 A B C D E - R 1 x y",
    ],
  ])("%j", (fields, name) => {
    expect(interviewNoteName(fields)).toBe(name);
  });
  it.each([
    ["CON", "CON note"],
    ["...hidden", "hidden"],
    ["trailing. ", "trailing"],
    ["tab\tand\nnewline", "tab and newline"],
    ["", "Untitled interview"],
  ])("%j → %j", (raw, name) => {
    expect(safeFileName(raw)).toBe(name);
  });
  it("property: any text gives a name legal on every platform", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (raw) => {
        const name = safeFileName(raw);
        expect(name).not.toMatch(/[<>:"/\\|?*#^[\]]/);
        expect([...name].every((c) => c.charCodeAt(0) >= 32 && c.charCodeAt(0) !== 127)).toBe(true);
        expect(name).not.toMatch(/^[.\s]|[.\s]$/);
        expect(name.length).toBeGreaterThan(0);
        expect(name.length).toBeLessThanOrEqual(120);
      }),
    );
  });
  it("never an existing path", () => {
    const taken = new Set(["I/a.md", "I/a 2.md"]);
    expect(uniqueNotePath("I", "a", (p) => taken.has(p))).toBe("I/a 3.md");
    expect(uniqueNotePath("", "b", () => false)).toBe("b.md");
  });
});

describe("the debrief section", () => {
  it.each([
    ["body\n", "body\n\n## Debrief\n"],
    ["body", "body\n\n## Debrief\n"],
    ["body\n\n", "body\n\n## Debrief\n"],
    ["body\r\n", "body\r\n\r\n## Debrief\r\n"],
    ["", "## Debrief\n"],
  ])("appended to %j", (text, expected) => {
    expect(addDebrief(text, "## Debrief")).toBe(expected);
  });
  it("not added twice, whatever the heading level or case", () => {
    expect(addDebrief("x\n### DEBRIEF\n", "## Debrief")).toBeUndefined();
    expect(addDebrief("---\ntitle: Debrief\n---\n# Debrief notes\n", "## Debrief")).toBe(
      "---\ntitle: Debrief\n---\n# Debrief notes\n\n## Debrief\n",
    );
  });
});

describe("what the debrief says, for the drafts", () => {
  const body =
    "## Debrief\n### What we talked about with each interviewer\n- Ada: event sourcing.\n- [[Bo Chen]]: incidents\n- Nobody: x\n- Cy:\n## Company news\n- 2026-03-02: Opened Lisbon office.\n- older\n";
  it("finds each interviewer's topic by first name or link", () => {
    const people = ["[[People/Ada Park|Ada]]", "Bo Chen", "Cy Dee"].map(parsePerson);
    const topics = topicsFromDebrief(body, people);
    expect([...topics].map(([p, t]) => [p.name, t])).toEqual([
      ["Ada Park", "event sourcing."],
      ["Bo Chen", "incidents"],
    ]);
  });
  it("finds the first company news item", () => {
    expect(companyNews(body)).toBe("Opened Lisbon office.");
    expect(companyNews("no such section")).toBeUndefined();
  });
  it("encodes mailto subject and body per RFC 6068", () => {
    expect(mailtoLink("jane@acme.com", "Hi & bye?", "a\nb #1")).toBe(
      "mailto:jane@acme.com?subject=Hi%20%26%20bye%3F&body=a%0D%0Ab%20%231",
    );
  });
});

describe("the placeholders", () => {
  it("every built-in template uses only known placeholders, and docs/obsidian.md documents each one", async () => {
    const { readFileSync } = await import("node:fs");
    const templates = await import("../../../src/core/drafts/templates");
    const vars = Object.fromEntries(templates.PLACEHOLDERS.map((p) => [p, "x"]));
    for (const t of [
      templates.DEFAULT_INTERVIEW_NOTE,
      templates.DEFAULT_DEBRIEF,
      templates.DEFAULT_THANK_YOU,
      templates.DEFAULT_FOLLOW_UP,
      templates.DEFAULT_CALL_SCRIPT,
    ]) {
      expect(renderTemplate(t, vars).unknown).toEqual([]);
    }
    const guide = readFileSync("docs/obsidian.md", "utf8");
    for (const p of templates.PLACEHOLDERS) expect(guide, `docs/obsidian.md lists {{${p}}}`).toContain(`{{${p}}}`);
  });
});
