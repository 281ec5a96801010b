import type { Problem } from "./problem";

/** A YAML error as a problem a user can act on: which file, which line, what is wrong. */
export function yamlProblem(file: string, error: unknown, firstYamlLine: number): Problem {
  const problem: Problem = { file, message: `the frontmatter is not valid YAML: ${errorMessage(error)}` };
  const line = errorLine(error);
  if (line !== undefined) problem.line = firstYamlLine + line - 1;
  return problem;
}

/** The 1-based line a parser's error points at, from `yaml`'s linePos or js-yaml's mark. */
export function errorLine(error: unknown): number | undefined {
  const e = error as { linePos?: { line: number }[]; mark?: { line: number } };
  if (Array.isArray(e.linePos) && e.linePos[0]) return e.linePos[0].line;
  if (e.mark && typeof e.mark.line === "number") return e.mark.line + 1;
  return undefined;
}

export function errorMessage(error: unknown): string {
  const message = (error as { reason?: unknown; message?: unknown }).reason ?? (error as { message?: unknown }).message;
  return typeof message === "string"
    ? (message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "").replace(/ \(\d+:\d+\)$/, "")
    : String(error);
}
