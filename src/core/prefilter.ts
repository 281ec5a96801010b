import { findFrontmatter, yamlText } from "./frontmatter-block";
import { underFolder } from "./paths";
import type { Settings } from "./settings";

/**
 * Decides from a note's raw text, without parsing YAML, whether it could be an interview
 * note. It may say yes to notes that are not (the parse then decides) but must never say
 * no to one that is: a note in an interview folder always passes, and otherwise the type
 * value must appear somewhere in the frontmatter, in any case, however it is quoted.
 */
export function mightBeInterviewNote(path: string, text: string, settings: Settings): boolean {
  if (settings.excludeFolders.some((f) => underFolder(path, f))) return false;
  if (settings.interviewFolders.some((f) => underFolder(path, f))) return true;
  if (settings.typeValue === "") return false;
  // Cheap test first: the value must appear somewhere in the file at all.
  const wanted = settings.typeValue.toLowerCase();
  if (!text.toLowerCase().includes(wanted)) return false;
  const block = findFrontmatter(text);
  return block !== undefined && yamlText(text, block).toLowerCase().includes(wanted);
}
