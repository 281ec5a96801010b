import type * as O from "obsidian";

/**
 * A CodeMirror-like editor: the text, a cursor and selection that map through changes, and an
 * undo history. `setValue` replaces the document wholesale (as CodeMirror does), losing the
 * cursor mapping; tests count those to prove the plugin never does it.
 */
export class Editor implements Pick<
  O.Editor,
  | "getValue"
  | "setValue"
  | "transaction"
  | "offsetToPos"
  | "posToOffset"
  | "getCursor"
  | "setCursor"
  | "lineCount"
  | "getLine"
  | "lastLine"
  | "getSelection"
  | "replaceRange"
  | "focus"
> {
  private text: string;
  anchor = 0;
  head = 0;
  undoStack: { from: number; removed: string; inserted: string }[][] = [];
  fullReplacements = 0;
  transactions: O.EditorTransaction[] = [];
  onChange: () => void = () => undefined;

  constructor(text: string) {
    this.text = text;
  }
  getValue(): string {
    return this.text;
  }
  setValue(content: string): void {
    this.fullReplacements++;
    this.text = content;
    this.anchor = this.head = 0;
    this.undoStack = [];
    this.onChange();
  }
  lineCount(): number {
    return this.text.split("\n").length;
  }
  lastLine(): number {
    return this.lineCount() - 1;
  }
  getLine(line: number): string {
    return this.text.split("\n")[line] ?? "";
  }
  offsetToPos(offset: number): O.EditorPosition {
    const before = this.text.slice(0, offset);
    const line = before.split("\n").length - 1;
    return { line, ch: offset - (before.lastIndexOf("\n") + 1) };
  }
  posToOffset(pos: O.EditorPosition): number {
    const lines = this.text.split("\n");
    let offset = 0;
    for (let i = 0; i < pos.line && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
    return offset + pos.ch;
  }
  getCursor(which?: "from" | "to" | "head" | "anchor"): O.EditorPosition {
    const o =
      which === "anchor"
        ? this.anchor
        : which === "from"
          ? Math.min(this.anchor, this.head)
          : which === "to"
            ? Math.max(this.anchor, this.head)
            : this.head;
    return this.offsetToPos(o);
  }
  setCursor(pos: O.EditorPosition | number, ch?: number): void {
    const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
    this.anchor = this.head = this.posToOffset(p);
  }
  setSelection(anchor: O.EditorPosition, head?: O.EditorPosition): void {
    this.anchor = this.posToOffset(anchor);
    this.head = this.posToOffset(head ?? anchor);
  }
  getSelection(): string {
    return this.text.slice(Math.min(this.anchor, this.head), Math.max(this.anchor, this.head));
  }
  focus(): void {}
  replaceRange(replacement: string, from: O.EditorPosition, to?: O.EditorPosition): void {
    this.transaction({ changes: [{ from, to: to ?? from, text: replacement }] });
  }
  transaction(tx: O.EditorTransaction): void {
    this.transactions.push(tx);
    const changes = (tx.changes ?? []).map((c) => ({
      from: this.posToOffset(c.from),
      to: this.posToOffset(c.to ?? c.from),
      text: c.text,
    }));
    changes.sort((a, b) => b.from - a.from);
    const undo: { from: number; removed: string; inserted: string }[] = [];
    for (const c of changes) {
      const removed = this.text.slice(c.from, c.to);
      this.text = this.text.slice(0, c.from) + c.text + this.text.slice(c.to);
      const map = (o: number) =>
        o <= c.from ? o : o >= c.to ? o + c.text.length - (c.to - c.from) : c.from + c.text.length;
      this.anchor = map(this.anchor);
      this.head = map(this.head);
      undo.push({ from: c.from, removed, inserted: c.text });
    }
    this.undoStack.push(undo);
    this.onChange();
  }
  /** The user types at the cursor. */
  type(text: string): void {
    const at = this.head;
    this.transaction({ changes: [{ from: this.offsetToPos(at), to: this.offsetToPos(at), text }] });
    this.anchor = this.head = at + text.length;
  }
  /** Ctrl+Z: reverts the last transaction. */
  undo(): void {
    const last = this.undoStack.pop();
    if (!last) return;
    for (const c of [...last].reverse()) {
      this.text = this.text.slice(0, c.from) + c.removed + this.text.slice(c.from + c.inserted.length);
    }
    this.onChange();
  }
}
