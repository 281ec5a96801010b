import { findFrontmatter, yamlText } from "./frontmatter-block";
import { underFolder } from "../lib/paths";
import type { Settings } from "../settings/settings";

/**
 * Decides from a note's raw text, without parsing YAML, whether it could be an interview
 * note. It may say yes to notes that are not (the parse then decides) but must never say
 * no to one that is: a note in an interview folder always passes, and otherwise the type
 * value must appear somewhere in the frontmatter, in any case, however it is quoted.
 */
export function mightBeInterviewNote(path: string, text: string, settings: Settings): boolean {
  if (settings.excludeFolders.some((f) => underFolder(path, f))) return false;
  if (settings.interviewFolders.some((f) => underFolder(path, f))) return true;
  // An interview kept as a note of its own is read as well, to be attached to its application.
  if (settings.meetings.folders.some((f) => underFolder(path, f))) return true;
  const values =
    settings.meetings.typeValue.trim() === ""
      ? settings.typeValue
      : `${settings.typeValue}\n${settings.meetings.typeValue.trim()}`;
  if (values === "") return false;
  // Cheapest first: no frontmatter, no type. Then the value, in any case, within the block only.
  if (!FRONTMATTER_START.test(text)) return false;
  const block = findFrontmatter(text);
  return block !== undefined && valuePattern(values).test(yamlText(text, block));
}

const FRONTMATTER_START = /^\uFEFF?---/;
let lastValue = "";
let lastPattern = /$^/;

/** Any of the values (one per line), in any case. */
function valuePattern(values: string): RegExp {
  if (values !== lastValue) {
    lastValue = values;
    const alternatives = values
      .split("\n")
      .filter((v) => v !== "")
      .map(escapeRegExp);
    lastPattern = new RegExp(alternatives.join("|"), "i");
  }
  return lastPattern;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * A `type: interview` line, however quoted, in text whose YAML did not parse: broken notes
 * cannot say what they are, so this decides whether to report them as interview notes.
 */
export function looksLikeInterviewNote(path: string, text: string, settings: Settings): boolean {
  if (settings.excludeFolders.some((f) => underFolder(path, f))) return false;
  if (settings.interviewFolders.some((f) => underFolder(path, f))) return true;
  if (settings.typeValue === "") return false;
  const key = escapeRegExp(settings.keys.type);
  const value = escapeRegExp(settings.typeValue);
  // `type: interview`, `tags: [job, x]`, or a block list under the key (`tags:` then `  - job`).
  return (
    new RegExp(`^\\s*["']?${key}["']?\\s*:.*\\b${value}\\b`, "im").test(text) ||
    new RegExp(
      `^["']?${key}["']?\\s*:[ \\t]*\\r?\\n(?:[ \\t]*-[^\\n]*\\n)*?[ \\t]*-[ \\t]*["']?#?${value}\\b`,
      "im",
    ).test(text)
  );
}
