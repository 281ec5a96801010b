import { findFrontmatter } from "./frontmatter-block";
import type { ParseYaml } from "./frontmatter-edit";
import type { Problem } from "./schema";
import { yamlProblem } from "./yaml-problem";

/** Why a note's frontmatter does not parse, with its line; undefined when it parses or is absent. */
export function frontmatterError(file: string, text: string, parse: ParseYaml): Problem | undefined {
  const block = findFrontmatter(text);
  if (!block) return undefined;
  try {
    parse(text.slice(block.yamlStart, block.yamlEnd));
    return undefined;
  } catch (error) {
    return yamlProblem(file, error, block.firstLine);
  }
}
