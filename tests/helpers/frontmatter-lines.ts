/**
 * Where a note's frontmatter is, found line by line, independently of
 * src/core/notes/frontmatter-block.ts: the tests' checks and the fake vault use this, so a wrong rule
 * in the code's own finder is not agreed by the tests that should catch it. The rule, as
 * Obsidian applies it: the first line (after an optional byte-order mark) is `---`, the block
 * ends at the next line that is `---`; spaces or tabs may follow either; lines end in LF or CRLF.
 */
export interface FoundBlock {
  /** Offset of the YAML text's first character. */
  yamlStart: number;
  /** Offset just after the YAML text (the closing line's start). */
  yamlEnd: number;
  /** Offset just after the closing line and its line ending. */
  end: number;
}

const isFence = (line: string): boolean =>
  line.startsWith("---") &&
  line
    .slice(3)
    .split("")
    .every((c) => c === " " || c === "\t");

export function frontmatterLines(text: string): FoundBlock | undefined {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const offset = text.length - body.length;
  // Lines with their endings kept, so offsets add up.
  const lines = body.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const content = (line: string): string => line.replace(/\r?\n$/, "");
  if (lines.length < 2 || !lines[0]?.endsWith("\n") || !isFence(content(lines[0]))) return undefined;
  let at = offset + lines[0].length;
  const yamlStart = at;
  for (const line of lines.slice(1)) {
    if (isFence(content(line))) return { yamlStart, yamlEnd: at, end: at + line.length };
    at += line.length;
  }
  return undefined;
}
