/**
 * Where things are written in a frontmatter block: each key, the colon after it, its value, the
 * items of a list, every comment, as offsets into the YAML text. Nothing is read for its meaning
 * here (that is the full parser's job, in the caller); this only says where to splice.
 *
 * Hand-written because it goes into main.js: the `yaml` package's concrete syntax tree did this
 * job before, 27 KB of the plugin's bundle. It covers block YAML as frontmatter is written (maps,
 * lists, plain, quoted and block scalars, flow collections, anchors, aliases, tags, comments).
 * What it cannot place (a directive, an explicit `? key` that is more than one scalar) makes it
 * give up, and the edit is refused. It is
 * never trusted alone: every edit is proven by parsing the result with the full parser, and the
 * tests hold the editor built on it byte-equal to the one built on `yaml`'s tree
 * (tests/oracles/frontmatter-edit-cst.ts) over generated notes.
 */

export interface Props {
  /** A tag written on the value (`!!str`), with its offset. */
  tag?: { offset: number; source: string };
  /** An anchor written on the value (`&name`), without the `&`. */
  anchor?: string;
}

/** A scalar on one or more lines, plain or quoted. `end` is where its text ends. */
export interface ScalarNode {
  type: "plain" | "single" | "double";
  start: number;
  end: number;
}

export interface AliasNode {
  type: "alias";
  start: number;
  end: number;
}

export interface FlowNode {
  type: "flow";
  open: "[" | "{";
  start: number;
  /** Just after the closing bracket. */
  end: number;
  items: LayoutNode[];
}

/** A block scalar (`|`, `>`), a block list or a block map: `end` is after its last line's line ending. */
export interface BlockScalarNode {
  type: "block-scalar";
  start: number;
  end: number;
}

export interface SeqItem extends Props {
  dash: number;
  value?: LayoutNode;
}

export interface SeqNode {
  type: "seq";
  start: number;
  end: number;
  items: SeqItem[];
  /** Comment lines after the last item belong to the list: a new item goes after them. */
  commentsAfter: boolean;
}

export interface Pair extends Props {
  key: ScalarNode;
  /** Just after the `:`. */
  colonEnd: number;
  value?: LayoutNode;
  /** After the line ending of the pair's last line (its trailing comment included). */
  end: number;
}

export interface MapNode {
  type: "map";
  start: number;
  end: number;
  pairs: Pair[];
}

export type LayoutNode = ScalarNode | AliasNode | FlowNode | BlockScalarNode | SeqNode | MapNode;

export interface Comment {
  offset: number;
  text: string;
}

export interface Layout {
  /** The top-level map; undefined when the block holds only blank lines and comments. */
  top?: LayoutNode;
  comments: Comment[];
}

/** Where the layout could not be read: an offset into the YAML text. */
export interface Unplaced {
  unplacedAt: number;
}

class Unreadable extends Error {
  constructor(readonly at: number) {
    super("unreadable");
  }
}

const isSpace = (c: string | undefined): boolean => c === " " || c === "\t";
const isBreak = (c: string | undefined): boolean => c === undefined || c === "\n" || c === "\r";
const FLOW_STOP = ",[]{}";

/** The layout of `src`, a frontmatter block's YAML, or where it could not be placed. */
export function readLayout(src: string): Layout | Unplaced {
  const comments: Comment[] = [];
  const seen = new Set<number>();

  const fail = (at: number): never => {
    throw new Unreadable(at);
  };
  const nextLine = (p: number): number => {
    const nl = src.indexOf("\n", p);
    return nl === -1 ? src.length : nl + 1;
  };
  /** The offset of the line ending (or the text's end) of the line holding `p`. */
  const lineEnd = (p: number): number => {
    const nl = src.indexOf("\n", p);
    const e = nl === -1 ? src.length : nl;
    return e > p && src[e - 1] === "\r" ? e - 1 : e;
  };
  const col = (p: number): number => p - src.lastIndexOf("\n", p - 1) - 1;
  const spaces = (p: number): number => {
    while (isSpace(src[p])) p++;
    return p;
  };
  const comment = (p: number): void => {
    if (seen.has(p)) return;
    seen.add(p);
    comments.push({ offset: p, text: src.slice(p, lineEnd(p)) });
  };
  /** After a value on its line: only spaces and a comment may follow. */
  const restOfLine = (p: number): void => {
    p = spaces(p);
    if (src[p] === "#") comment(p);
    else if (!isBreak(src[p])) fail(p);
  };
  const isDash = (p: number): boolean => src[p] === "-" && (isSpace(src[p + 1]) || isBreak(src[p + 1]));
  /** `? key` on one line, then `: value`: an explicit key. */
  const isExplicit = (p: number): boolean => src[p] === "?" && (isSpace(src[p + 1]) || isBreak(src[p + 1]));

  /**
   * The first content of a line at or after the line start `p`, skipping blank and comment lines
   * (their comments recorded); -1 at the end or at a `...` document end.
   */
  const nextContent = (p: number): number => {
    while (p < src.length) {
      const q = spaces(p);
      if (src[q] === "#") comment(q);
      else if (!isBreak(src[q])) return q === p && /^\.\.\.(?:[ \t\r\n]|$)/.test(src.slice(p, p + 4)) ? -1 : q;
      p = nextLine(q);
    }
    return -1;
  };

  /**
   * Where a node that ends at the line start `end` ends with the comment lines after it, as yaml
   * reads them (so that removing a key removes its comments). A scalar keeps the comment lines
   * indented under it (more than `n`), and a key without a value the comment lines right below
   * it. A list or map that has one takes every blank and comment line up to the next content.
   */
  const trailing = (end: number, n: number, collection: boolean, empty = false): number => {
    let p = end;
    let last = end;
    let indented = false;
    let blank = false;
    while (p < src.length) {
      const q = spaces(p);
      if (src[q] === "#") {
        comment(q);
        if (q - p > n || (empty && !blank)) {
          indented = true;
          last = nextLine(q);
        } else if (!collection) break;
      } else if (isBreak(src[q])) blank = true;
      else break;
      p = nextLine(q);
    }
    return collection ? (indented ? p : end) : last;
  };

  const quoted = (p: number): number => {
    const q = src[p];
    for (let j = p + 1; j < src.length; j++) {
      if (q === '"' && src[j] === "\\") j++;
      else if (src[j] === q) {
        if (q === "'" && src[j + 1] === "'") j++;
        else return j + 1;
      }
    }
    return fail(p);
  };

  const alias = (p: number, flow: boolean): AliasNode => {
    let j = p + 1;
    while (j < src.length && !isSpace(src[j]) && !isBreak(src[j]) && !(flow && FLOW_STOP.includes(src[j] ?? ""))) j++;
    return { type: "alias", start: p, end: j };
  };

  /** A plain scalar in block context: its lines go on while they are indented more than `n`. */
  const plain = (p: number, n: number): ScalarNode => {
    let end = p;
    let line = p;
    for (;;) {
      const le = lineEnd(line);
      let j = line;
      while (j < le && !(src[j] === "#" && isSpace(src[j - 1]))) j++;
      let e = j;
      while (e > line && isSpace(src[e - 1])) e--;
      if (e > line) end = e;
      if (j < le) {
        comment(j);
        break;
      }
      // A continuation line: indented more than `n`, not a comment; blank lines between are part of it.
      let next = nextLine(line);
      let q = spaces(next);
      while (next < src.length && isBreak(src[q])) {
        next = nextLine(q);
        q = spaces(next);
      }
      if (next >= src.length || q - next <= n || src[q] === "#") break;
      line = q;
    }
    return { type: "plain", start: p, end };
  };

  /** In a flow collection, whether `p` holds a character a plain scalar or a tag may go on with. */
  const plainAt = (p: number): boolean => !isSpace(src[p]) && !isBreak(src[p]) && !FLOW_STOP.includes(src[p] ?? "");

  const flowPlain = (p: number): ScalarNode => {
    let j = p;
    let end = p;
    while (j < src.length) {
      const c = src[j] ?? "";
      if (FLOW_STOP.includes(c)) break;
      if (c === "#" && (isSpace(src[j - 1]) || isBreak(src[j - 1]))) break;
      if (c === ":" && !plainAt(j + 1)) break;
      if (!isSpace(c) && !isBreak(c)) end = j + 1;
      j++;
    }
    return { type: "plain", start: p, end };
  };

  const flow = (p: number): FlowNode => {
    const open = src[p] === "[" ? "[" : "{";
    const close = open === "[" ? "]" : "}";
    const items: LayoutNode[] = [];
    let j = p + 1;
    for (;;) {
      while (j < src.length && (isSpace(src[j]) || isBreak(src[j]))) j++;
      const c = src[j];
      if (c === undefined) return fail(p);
      if (c === "#") {
        comment(j);
        j = nextLine(j);
      } else if (c === close) return { type: "flow", open, start: p, end: j + 1, items };
      else if (c === "," || (c === ":" && !plainAt(j + 1))) j++;
      else if (c === "]" || c === "}") return fail(j);
      else if (c === "!" || c === "&") while (j < src.length && plainAt(j)) j++;
      else {
        const item: LayoutNode =
          c === "[" || c === "{"
            ? flow(j)
            : c === '"' || c === "'"
              ? { type: c === '"' ? "double" : "single", start: j, end: quoted(j) }
              : c === "*"
                ? alias(j, true)
                : flowPlain(j);
        if (item.end === j) return fail(j);
        items.push(item);
        j = item.end;
      }
    }
  };

  const blockScalar = (p: number, n: number): BlockScalarNode => {
    // The header: `|` or `>`, then indentation and chomping indicators, then maybe a comment.
    let h = p + 1;
    while (h < src.length && "-+123456789".includes(src[h] ?? "")) h++;
    // Keep chomping (`|+`): the blank lines after the text are part of it.
    const keep = src.slice(p, h).includes("+");
    restOfLine(h);
    let end = nextLine(p);
    let line = end;
    while (line < src.length) {
      const q = spaces(line);
      if (isBreak(src[q])) {
        line = nextLine(q);
        continue;
      }
      if (q - line <= n) break;
      end = line = nextLine(q);
    }
    return { type: "block-scalar", start: p, end: keep ? line : end };
  };

  /** A value written after `key:` or `- ` on the same line: a scalar, a flow collection or a block scalar. */
  const inline = (p: number, n: number): LayoutNode => {
    const c = src[p];
    let node: LayoutNode;
    if (c === "|" || c === ">") return blockScalar(p, n);
    if (c === "[" || c === "{") node = flow(p);
    else if (c === '"' || c === "'") node = { type: c === '"' ? "double" : "single", start: p, end: quoted(p) };
    else if (c === "*") node = alias(p, false);
    else return plain(p, n);
    restOfLine(node.end);
    return node;
  };

  /** The `:` after a key that starts at `p` on this line, or -1 when the line is not `key: …`. */
  const keyColon = (p: number): number => {
    let j = p;
    const c = src[p];
    if (c === '"' || c === "'") {
      j = quoted(p);
      if (src.slice(p, j).includes("\n")) return -1;
      j = spaces(j);
      return src[j] === ":" ? j : -1;
    }
    if (c === undefined || "[{|>*&!%@`#,".includes(c) || isDash(p) || isExplicit(p)) return -1;
    const le = lineEnd(p);
    for (; j < le; j++) {
      if (src[j] === ":" && (isSpace(src[j + 1]) || isBreak(src[j + 1]))) return j;
      if (src[j] === "#" && isSpace(src[j - 1])) return -1;
    }
    return -1;
  };

  const props = (p: number, into: Props): number => {
    for (;;) {
      p = spaces(p);
      const c = src[p];
      if (c !== "!" && c !== "&") return p;
      let j = p;
      while (j < src.length && !isSpace(src[j]) && !isBreak(src[j])) j++;
      if (c === "!") into.tag = { offset: p, source: src.slice(p, j) };
      else into.anchor = src.slice(p + 1, j);
      p = j;
    }
  };

  /** Where a node that ends at `node.end` has its last line end. */
  const afterLine = (node: LayoutNode): number =>
    node.type === "block-scalar" || node.type === "seq" || node.type === "map" ? node.end : nextLine(node.end);

  /**
   * The value after `key:` or `-` at `p`, for a node at column `c`: on the same line, or on the
   * lines below (more indented than `c`; a list may also stand at `c` under a key).
   */
  const valueAt = (p: number, c: number, into: Props, listAtSameIndent: boolean, compact: boolean) => {
    const q = props(p, into);
    if (src[q] === "#" || isBreak(src[q])) {
      if (src[q] === "#") comment(q);
      const nx = nextContent(nextLine(q));
      if (nx !== -1 && (col(nx) > c || (listAtSameIndent && col(nx) === c && isDash(nx)))) return block(nx, c);
      return undefined;
    }
    return compact ? block(q, c) : inline(q, c);
  };

  function seq(p: number, c: number, n: number): SeqNode {
    const items: SeqItem[] = [];
    let q = p;
    let end: number;
    for (;;) {
      const item: SeqItem = { dash: q };
      const value = valueAt(q + 1, c, item, false, true);
      if (value) item.value = value;
      items.push(item);
      end = value ? afterLine(value) : nextLine(q);
      if (value?.type !== "seq" && value?.type !== "map") end = trailing(end, c, false, !value);
      const nx = nextContent(end);
      if (nx === -1 || col(nx) !== c || !isDash(nx)) break;
      q = nx;
    }
    const withComments = trailing(end, n, true);
    return { type: "seq", start: p, end: withComments, items, commentsAfter: withComments !== end };
  }

  function map(p: number, c: number, n: number): MapNode {
    const pairs: Pair[] = [];
    let q = p;
    let end: number;
    for (;;) {
      let key: ScalarNode;
      let colon: number;
      if (isExplicit(q)) {
        const node = inline(spaces(q + 1), c);
        if (node.type !== "plain" && node.type !== "single" && node.type !== "double") return fail(q);
        key = node;
        colon = nextContent(nextLine(node.end));
        if (colon === -1 || col(colon) !== c || src[colon] !== ":") return fail(q);
      } else {
        colon = keyColon(q);
        if (colon === -1) return fail(q);
        let keyEnd = colon;
        while (isSpace(src[keyEnd - 1])) keyEnd--;
        const k = src[q];
        key = { type: k === '"' ? "double" : k === "'" ? "single" : "plain", start: q, end: keyEnd };
      }
      const pair: Pair = { key, colonEnd: colon + 1, end: 0 };
      const value = valueAt(colon + 1, c, pair, true, false);
      if (value) pair.value = value;
      end = value ? afterLine(value) : nextLine(colon);
      if (value?.type !== "seq" && value?.type !== "map") end = trailing(end, c, false, !value);
      pair.end = end;
      pairs.push(pair);
      const nx = nextContent(end);
      if (nx === -1 || col(nx) < c) break;
      if (col(nx) > c) return fail(nx);
      q = nx;
    }
    return { type: "map", start: p, end: trailing(end, n, true), pairs };
  }

  /** A node in block context starting at `p`, whose lines are indented more than `n`. */
  function block(p: number, n: number): LayoutNode {
    const c = col(p);
    if (isDash(p)) return seq(p, c, n);
    if (keyColon(p) !== -1 || isExplicit(p)) return map(p, c, n);
    return inline(p, n);
  }

  try {
    const first = nextContent(0);
    if (first === -1) return { comments };
    const top = block(first, -1);
    if (top.type !== "map") return { unplacedAt: first };
    // What follows the top map must be blank, comments, or a `...` line and what is after it.
    const after = nextContent(top.end);
    if (after !== -1) return { unplacedAt: after };
    return { top, comments: comments.sort((a, b) => a.offset - b.offset) };
  } catch (error) {
    if (error instanceof Unreadable) return { unplacedAt: error.at };
    // Lists nested thousands deep, which a full parser may still have read.
    if (error instanceof RangeError) return { unplacedAt: 0 };
    throw error;
  }
}

/** The scalars inside a node, in order: a list's items, a map's keys and values, the node itself. */
export function scalarsIn(node: LayoutNode | undefined): ScalarNode[] {
  if (!node) return [];
  switch (node.type) {
    case "plain":
    case "single":
    case "double":
      return [node];
    case "alias":
    case "block-scalar":
      return [];
    case "flow":
      return node.items.flatMap(scalarsIn);
    case "seq":
      return node.items.flatMap((i) => scalarsIn(i.value));
    case "map":
      return node.pairs.flatMap((p) => [...scalarsIn(p.key), ...scalarsIn(p.value)]);
  }
}
