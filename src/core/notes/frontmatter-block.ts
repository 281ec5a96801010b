/**
 * Where a note's frontmatter is, by Obsidian's rule: the file starts (after an optional
 * byte-order mark) with a line that is exactly `---`, and the block ends at the next line
 * that is exactly `---`. Trailing spaces on either line are tolerated, as Obsidian does.
 * Nothing else (`---js`, a `---` later in the file, an unclosed block) is frontmatter.
 */

export interface FrontmatterBlock {
  /** Whether the text starts with U+FEFF. */
  bom: boolean;
  /** The line ending of the opening line, which new lines follow. */
  eol: "\n" | "\r\n";
  /** Offset of the first character of the YAML text (just after the opening line). */
  yamlStart: number;
  /** Offset just after the YAML text: the start of the closing `---` line. */
  yamlEnd: number;
  /** Offset just after the closing line, including its line ending when there is one. */
  end: number;
  /** The 1-based file line of the first YAML line. */
  firstLine: number;
}

const OPEN_RE = /^\uFEFF?---[ \t]*(\r?\n)/;
const CLOSE_RE = /^---[ \t]*$/;

/** Whether the text opens a frontmatter block (closed or not): its first line is exactly `---`. */
export function opensFrontmatter(text: string): boolean {
  return OPEN_RE.test(text);
}

export function findFrontmatter(text: string): FrontmatterBlock | undefined {
  const open = OPEN_RE.exec(text);
  if (!open) return undefined;
  const bom = text.charCodeAt(0) === 0xfeff;
  const eol = open[1] === "\r\n" ? "\r\n" : "\n";
  const yamlStart = open[0].length;
  let lineStart = yamlStart;
  while (lineStart <= text.length) {
    const nl = text.indexOf("\n", lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd > lineStart && text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd);
    if (CLOSE_RE.test(line)) {
      return { bom, eol, yamlStart, yamlEnd: lineStart, end: nl === -1 ? text.length : nl + 1, firstLine: 2 };
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
  return undefined;
}

/** The YAML text of a block, without the closing line. */
export function yamlText(text: string, block: FrontmatterBlock): string {
  return text.slice(block.yamlStart, block.yamlEnd);
}

/** The 1-based file line of each top-level key of the frontmatter, by lower-cased name. */
export function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const block = findFrontmatter(text);
  if (!block) return lines;
  const yaml = text.slice(block.yamlStart, block.yamlEnd).split("\n");
  yaml.forEach((line, i) => {
    const m = /^(["']?)([^\s:#"'][^:#"']*?)\1[ \t]*:(?:[ \t]|$)/.exec(line.replace(/\r$/, ""));
    if (m?.[2] && !lines.has(m[2].toLowerCase())) lines.set(m[2].toLowerCase(), block.firstLine + i);
  });
  return lines;
}
