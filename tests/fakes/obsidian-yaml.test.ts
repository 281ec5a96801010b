import { describe, expect, it } from "vitest";
import { MetadataCache, parseYaml, TFile } from "./obsidian";
import { readYaml } from "../../src/core/notes/read-yaml";

/** The fake Obsidian reads YAML as Obsidian does (fakes/obsidian/yaml.ts says what that rests on). */
describe("the fake Obsidian's YAML", () => {
  it.each([
    ["a date stays text", "applied: 2026-03-09", { applied: "2026-03-09" }],
    ["a date and time stays text", "interview: 2026-03-09T14:00", { interview: "2026-03-09T14:00" }],
    ["yes and no stay text", "a: yes\nb: no\nc: on", { a: "yes", b: "no", c: "on" }],
    ["true is a checkbox", "done: true", { done: true }],
    ["a number is a number", "round: 2", { round: 2 }],
    ["an empty value is null", "notes:", { notes: null }],
    ["an unquoted link is a nested list", "company: [[Acme]]", { company: [["Acme"]] }],
  ])("%s", (_, yaml, expected) => {
    expect(parseYaml(yaml)).toEqual(expected);
    // The command line, VS Code and the core's tests read it the same way.
    expect(readYaml(yaml)).toEqual(expected);
  });

  it("a key written twice is an error, and the metadata cache then has no properties", () => {
    expect(() => parseYaml("status: applied\nstatus: waiting")).toThrow(/duplicated mapping key/);
    const cache = new MetadataCache();
    const file = new TFile("n.md");
    cache.index(file, "---\nstatus: applied\nstatus: waiting\n---\n", false);
    const read = cache.getCache(file.path);
    expect(read?.frontmatterPosition).toBeDefined();
    expect(read?.frontmatter).toBeUndefined();
  });

  it("an alias is the same object again", () => {
    const data = parseYaml("a: &x [1, 2]\nb: *x") as { a: unknown; b: unknown };
    expect(data.b).toBe(data.a);
  });
});
