import matter from "gray-matter";
import { CORE_SCHEMA, load } from "js-yaml";
import { findFrontmatter } from "../core/frontmatter-block";
import { checkedData, tooLarge, type FrontmatterRead } from "../core/read-note";
import { yamlProblem } from "../core/yaml-problem";

/**
 * gray-matter configured to read frontmatter as Obsidian's Properties panel shows it:
 * YAML 1.2 core schema (an unquoted 2026-03-09 stays the text 2026-03-09, `no` stays text),
 * repeated keys keep the last value, and the JavaScript engines are replaced by one that
 * refuses, so a `---js` block can never run code. The YAML engine is js-yaml: the benchmark
 * measured it 2 to 3 times faster per note than the yaml package (docs/performance.md).
 */
const refuse = {
  parse(): never {
    throw new Error("JavaScript frontmatter is never evaluated");
  },
  stringify(): never {
    throw new Error("JavaScript frontmatter is never written");
  },
};

/**
 * The same YAML reading as a ParseYaml, for the edits' proof: an edit is accepted only if the
 * result reads as intended with the reader the CLI itself uses (a tag js-yaml rejects fails it).
 */
export const parseYamlCli = (text: string): unknown => load(text, { schema: CORE_SCHEMA, json: true });

const OPTIONS = {
  language: "yaml",
  engines: {
    yaml: (text: string): unknown => parseYamlCli(text) ?? {},
    js: refuse,
    javascript: refuse,
  },
} as unknown as Parameters<typeof matter>[1];

export type { FrontmatterRead } from "../core/read-note";

/** Reads a note's frontmatter; `file` names the note in problems. */
export function readFrontmatter(file: string, text: string): FrontmatterRead {
  const block = findFrontmatter(text);
  if (!block) return { kind: "none" };
  // gray-matter sees exactly the block Obsidian would see, from the opening line to the closing one.
  const source = block.bom ? text.slice(1, block.end) : text.slice(0, block.end);
  const large = tooLarge(file, block);
  if (large) return large;
  try {
    return checkedData(file, matter(source, OPTIONS).data);
  } catch (error) {
    // gray-matter hands the engine the text after `---`, whose first line is the empty rest of
    // the opening line, so YAML line N is file line N.
    return { kind: "error", problem: yamlProblem(file, error, 1) };
  }
}
