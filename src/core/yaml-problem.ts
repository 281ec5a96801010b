import type { Problem } from "./schema";

/** A YAML error as a problem a user can act on: which file, which line, what is wrong. */
export function yamlProblem(file: string, error: unknown, firstYamlLine: number): Problem {
  const e = error as { message?: unknown; linePos?: { line: number; col: number }[] };
  const pos = Array.isArray(e.linePos) ? e.linePos[0] : undefined;
  const detail = typeof e.message === "string" ? e.message.split("\n")[0]?.replace(/ at line \d+, column \d+:?$/, "") : String(error);
  const problem: Problem = { file, message: `the frontmatter is not valid YAML: ${detail ?? "parse error"}` };
  if (pos) problem.line = firstYamlLine + pos.line - 1;
  return problem;
}
