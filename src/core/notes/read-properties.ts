import { findFrontmatter, type FrontmatterBlock } from "./frontmatter-block";
import type { Problem } from "./problem";
import { exceedsValues, MAX_FRONTMATTER_BYTES, tooManyValuesProblem } from "./value-limits";
import { yamlProblem } from "./yaml-problem";

/** A YAML parser: Obsidian's parseYaml in the plugin, js-yaml (core/notes/read-yaml.ts) elsewhere. */
export type ParseYaml = (yaml: string) => unknown;

/**
 * The one way from a note's text to its properties, in every host and in the editor: the block
 * by Obsidian's rule, then the parser each host passes in (the plugin reads Obsidian's metadata
 * cache for the index and comes here only for a note Obsidian could not read, and to prove edits).
 */
export type FrontmatterRead =
  | { kind: "none" }
  | {
      kind: "ok";
      data: Record<string, unknown>;
      block: FrontmatterBlock;
      /** No properties at all: an empty block, a comment, `~`. */
      empty: boolean;
    }
  | {
      kind: "error";
      problem: Problem;
      block: FrontmatterBlock;
      why: "large" | "yaml" | "shape" | "values";
      cause?: unknown;
    };

const NOT_PROPERTIES = "the frontmatter is not a list of properties (key: value lines)";

export function readProperties(file: string, text: string, parse: ParseYaml): FrontmatterRead {
  const block = findFrontmatter(text);
  if (!block) return { kind: "none" };
  // A hostile note is reported, not walked.
  if (block.yamlEnd - block.yamlStart > MAX_FRONTMATTER_BYTES)
    return {
      kind: "error",
      why: "large",
      block,
      problem: {
        file,
        message: `the frontmatter is larger than ${MAX_FRONTMATTER_BYTES / 1024} KB; the note is not read`,
      },
    };
  let value: unknown;
  try {
    value = parse(text.slice(block.yamlStart, block.yamlEnd));
  } catch (error) {
    return { kind: "error", why: "yaml", block, cause: error, problem: yamlProblem(file, error, block.firstLine) };
  }
  if (value === null || value === undefined) return { kind: "ok", data: {}, block, empty: true };
  if (typeof value !== "object" || Array.isArray(value))
    return { kind: "error", why: "shape", block, problem: { file, message: NOT_PROPERTIES, line: block.firstLine } };
  if (exceedsValues(value)) return { kind: "error", why: "values", block, problem: tooManyValuesProblem(file) };
  return { kind: "ok", data: value as Record<string, unknown>, block, empty: false };
}

/** Why a note's frontmatter cannot be read, with its line; undefined when it reads or is absent. */
export function frontmatterError(file: string, text: string, parse: ParseYaml): Problem | undefined {
  const read = readProperties(file, text, parse);
  return read.kind === "error" ? read.problem : undefined;
}
