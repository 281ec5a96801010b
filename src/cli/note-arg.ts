import { existsSync, lstatSync, realpathSync, statSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { insideFolder } from "./inside";
import { listNotes } from "./vault";
import { UsageError } from "./usage-error";

/**
 * A note named on the command line: a vault-relative path (with or without .md), or a unique
 * file name. A path that leads outside the vault, by `..`, an absolute path or a symbolic link,
 * is refused: the tool writes only inside the vault it is given.
 */
export function resolveNoteArg(vault: string, arg: string | undefined): string {
  if (arg === undefined) throw new UsageError("missing <note>");
  const root = resolve(vault);
  let rel = arg.replace(/\\/g, "/").replace(/^\.\//, "");
  if (isAbsolute(arg)) {
    const inside = relative(root, resolve(arg));
    if (inside.startsWith("..") || isAbsolute(inside))
      throw new UsageError(`${arg} is outside the vault ${vault}; give a note inside it`);
    rel = inside.split(sep).join("/");
  }
  if (rel.split("/").includes("..")) {
    const inside = relative(root, resolve(root, rel));
    if (inside.startsWith("..") || isAbsolute(inside))
      throw new UsageError(`${arg} is outside the vault ${vault}; give a note inside it`);
    rel = inside.split(sep).join("/");
  }
  for (const candidate of [rel, `${rel}.md`]) {
    if (
      candidate.toLowerCase().endsWith(".md") &&
      existsSync(join(root, candidate)) &&
      statSync(join(root, candidate)).isFile()
    ) {
      realNotePath(vault, candidate);
      return candidate;
    }
  }
  const name = rel.replace(/\.md$/i, "").toLowerCase();
  const matches = listNotes(vault).filter(
    (p) =>
      p
        .slice(p.lastIndexOf("/") + 1)
        .replace(/\.md$/i, "")
        .toLowerCase() === name,
  );
  if (matches.length === 1 && matches[0] !== undefined) return matches[0];
  if (matches.length > 1) throw new UsageError(`"${arg}" matches several notes: ${matches.join(", ")}; give the path`);
  throw new UsageError(`note not found in ${vault}: ${arg}`);
}

/**
 * Where a vault note really is: itself, or the file its symbolic link points at when that file
 * is inside the vault too (reading and writing both go there, and the link stays a link).
 */
export function realNotePath(vault: string, file: string): string {
  const path = join(vault, file);
  const real = realpathSync(path);
  if (!insideFolder(realpathSync(vault), real)) {
    const how = lstatSync(path).isSymbolicLink()
      ? "is a link to a file outside the vault"
      : "lies outside the vault (through a linked folder)";
    throw new UsageError(`${file} ${how}; it is left alone`);
  }
  return real;
}
