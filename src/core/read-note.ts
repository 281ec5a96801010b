import type { NoteEntry } from "./engine";
import { findFrontmatter, type FrontmatterBlock } from "./frontmatter-block";
import type { ParseYaml } from "./frontmatter-edit";
import { looksLikeInterviewNote, mightBeInterviewNote } from "./prefilter";
import { isInterviewNote, readInterviewNote, type KeyLookup, type Problem } from "./schema";
import type { Settings } from "./settings";
import { exceedsValues, MAX_FRONTMATTER_BYTES, tooManyValuesProblem } from "./value-limits";
import { yamlProblem } from "./yaml-problem";

/**
 * A note read from its text, as every host that reads files itself does (the CLI from disk,
 * VS Code from the workspace): the frontmatter's data or why it cannot be read, and the note's
 * entry when it is an interview note. The plugin reads Obsidian's metadata cache instead.
 */

export type FrontmatterRead =
  { kind: "none" } | { kind: "ok"; data: Record<string, unknown> } | { kind: "error"; problem: Problem };

/** A block too large to read: hostile notes are reported, not walked. */
export function tooLarge(file: string, block: FrontmatterBlock): FrontmatterRead | undefined {
  if (block.yamlEnd - block.yamlStart <= MAX_FRONTMATTER_BYTES) return undefined;
  return {
    kind: "error",
    problem: {
      file,
      message: `the frontmatter is larger than ${MAX_FRONTMATTER_BYTES / 1024} KB; the note is not read`,
    },
  };
}

/** What a parser returned, checked: properties (key: value lines), and not an alias bomb. */
export function checkedData(file: string, data: unknown): FrontmatterRead {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return {
      kind: "error",
      problem: { file, message: "the frontmatter is not a list of properties (key: value lines)" },
    };
  }
  if (exceedsValues(data)) return { kind: "error", problem: tooManyValuesProblem(file) };
  return { kind: "ok", data: data as Record<string, unknown> };
}

/** Reads a note's frontmatter with a parser of YAML text (the yaml package's core schema, say). */
export function readFrontmatterText(file: string, text: string, parse: ParseYaml): FrontmatterRead {
  const block = findFrontmatter(text);
  if (!block) return { kind: "none" };
  const large = tooLarge(file, block);
  if (large) return large;
  try {
    return checkedData(file, parse(text.slice(block.yamlStart, block.yamlEnd)) ?? {});
  } catch (error) {
    return { kind: "error", problem: yamlProblem(file, error, block.firstLine) };
  }
}

/**
 * The entry of a note, or undefined when it is not an interview note: the raw-text test first
 * (most notes stop there), then the frontmatter; broken YAML is reported when the text looks
 * like an interview note's, since it cannot say what it is.
 */
export function noteEntry(
  path: string,
  text: string,
  settings: Settings,
  lookup: KeyLookup,
  read: (path: string, text: string) => FrontmatterRead,
): NoteEntry | undefined {
  if (!mightBeInterviewNote(path, text, settings)) return undefined;
  const frontmatter = read(path, text);
  if (frontmatter.kind === "error") {
    return looksLikeInterviewNote(path, text, settings) ? { problems: [frontmatter.problem] } : undefined;
  }
  const data = frontmatter.kind === "ok" ? frontmatter.data : undefined;
  return isInterviewNote(path, data, lookup) ? readInterviewNote(path, data, lookup) : undefined;
}
