import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { listNotes } from "./vault";
import { UsageError } from "./usage-error";

/** A note named on the command line: a vault-relative path (with or without .md), or a unique file name. */
export function resolveNoteArg(vault: string, arg: string | undefined): string {
  if (arg === undefined) throw new UsageError("missing <note>");
  const rel = arg.replace(/\\/g, "/").replace(/^\.\//, "");
  for (const candidate of [rel, `${rel}.md`]) {
    if (candidate.toLowerCase().endsWith(".md") && existsSync(join(vault, candidate)) && statSync(join(vault, candidate)).isFile()) return candidate;
  }
  const name = rel.replace(/\.md$/i, "").toLowerCase();
  const matches = listNotes(vault).filter((p) => p.slice(p.lastIndexOf("/") + 1).replace(/\.md$/i, "").toLowerCase() === name);
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  if (matches.length > 1) throw new UsageError(`"${arg}" matches several notes: ${matches.join(", ")}; give the path`);
  throw new UsageError(`note not found in ${vault}: ${arg}`);
}
