import { readFileSync } from "node:fs";
import { join } from "node:path";
import { keyLines } from "../core/notes/frontmatter-block";
import type { Problem } from "../core/notes/problem";

/**
 * Problems with the line of the property they are about, as `check` and `due` print them: the
 * core names the key; the file on disk says which line it is on (read once per file, and only
 * for the notes that have a problem).
 */
export function withLines(vault: string, problems: readonly Problem[]): Problem[] {
  const lines = new Map<string, Map<string, number>>();
  return problems.map((p) => {
    if (p.line !== undefined || p.key === undefined) return p;
    let byKey = lines.get(p.file);
    if (!byKey) {
      try {
        byKey = keyLines(readFileSync(join(vault, p.file), "utf8"));
      } catch {
        byKey = new Map();
      }
      lines.set(p.file, byKey);
    }
    const line = byKey.get(p.key.toLowerCase());
    return line === undefined ? p : { ...p, line };
  });
}
