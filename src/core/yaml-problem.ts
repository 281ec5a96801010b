import { errorLine, errorMessage } from "./frontmatter-edit";
import type { Problem } from "./schema";

/** A YAML error as a problem a user can act on: which file, which line, what is wrong. */
export function yamlProblem(file: string, error: unknown, firstYamlLine: number): Problem {
  const problem: Problem = { file, message: `the frontmatter is not valid YAML: ${errorMessage(error)}` };
  const line = errorLine(error);
  if (line !== undefined) problem.line = firstYamlLine + line - 1;
  return problem;
}
