import { parseDocument } from "yaml";
import { findFrontmatter } from "./frontmatter-block";
import type { Problem } from "./schema";
import { yamlProblem } from "./yaml-problem";

/** Why a note's frontmatter does not parse, with its line; undefined when it parses or is absent. */
export function frontmatterError(file: string, text: string): Problem | undefined {
  const block = findFrontmatter(text);
  if (!block) return undefined;
  const doc = parseDocument(text.slice(block.yamlStart, block.yamlEnd), { schema: "core", uniqueKeys: false, logLevel: "silent" });
  const error = doc.errors[0];
  return error ? yamlProblem(file, error, block.firstLine) : undefined;
}
