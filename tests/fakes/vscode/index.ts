import type * as vs from "vscode";

/**
 * An in-memory VS Code, for the extension's tests: the part of the API `src/vscode/` uses,
 * typed against @types/vscode (`implements Pick<…>`), so the type-checker fails when the fake
 * drifts from the real API. Files live in `fs` (a map of paths to text); documents hold their
 * own text with a dirty flag and an undo stack; what the user would answer (quick picks, input
 * boxes, message buttons) is queued by the test in `answers`.
 */

export class Disposable implements Pick<vs.Disposable, "dispose"> {
  constructor(private readonly done: () => void = () => undefined) {}
  dispose(): void {
    this.done();
  }
  static from(...items: { dispose(): unknown }[]): Disposable {
    return new Disposable(() => items.forEach((i) => i.dispose()));
  }
}

export class EventEmitter<T> implements Pick<vs.EventEmitter<T>, "fire" | "dispose"> {
  private listeners: ((e: T) => unknown)[] = [];
  event = (listener: (e: T) => unknown): Disposable => {
    this.listeners.push(listener);
    return new Disposable(() => (this.listeners = this.listeners.filter((l) => l !== listener)));
  };
  fire(data: T): void {
    for (const l of [...this.listeners]) l(data);
  }
  dispose(): void {
    this.listeners = [];
  }
}

export class Uri implements Pick<vs.Uri, "scheme" | "path" | "fsPath" | "toString"> {
  private constructor(
    readonly scheme: string,
    readonly path: string,
  ) {}
  get fsPath(): string {
    return this.path;
  }
  toString(): string {
    return `${this.scheme}://${this.path}`;
  }
  static file(path: string): Uri {
    return new Uri("file", path);
  }
  static untitled(n: number): Uri {
    return new Uri("untitled", `Untitled-${n}`);
  }
  static joinPath(base: Uri, ...parts: string[]): Uri {
    return new Uri(base.scheme, [base.path.replace(/\/+$/, ""), ...parts].join("/"));
  }
}

export class Position implements Pick<vs.Position, "line" | "character"> {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
    this.start = typeof a === "number" ? new Position(a, b as number) : a;
    this.end = typeof a === "number" ? new Position(c ?? 0, d ?? 0) : (b as Position);
  }
}

export class RelativePattern {
  constructor(
    readonly base: Uri,
    readonly pattern: string,
  ) {}
}

export class ThemeIcon {
  constructor(readonly id: string) {}
}

export class MarkdownString {
  value = "";
  appendText(text: string): this {
    this.value += text;
    return this;
  }
}

export enum TreeItemCollapsibleState {
  None = 0,
  Collapsed = 1,
  Expanded = 2,
}

export class TreeItem {
  id?: string;
  description?: string;
  tooltip?: string | MarkdownString;
  iconPath?: ThemeIcon;
  command?: vs.Command;
  contextValue?: string;
  accessibilityInformation?: vs.AccessibilityInformation;
  constructor(
    readonly label: string,
    readonly collapsibleState: TreeItemCollapsibleState = TreeItemCollapsibleState.None,
  ) {}
}

export enum StatusBarAlignment {
  Left = 1,
  Right = 2,
}

export enum DiagnosticSeverity {
  Error = 0,
  Warning = 1,
  Information = 2,
  Hint = 3,
}

export class Diagnostic {
  source?: string;
  constructor(
    readonly range: Range,
    readonly message: string,
    readonly severity: DiagnosticSeverity = DiagnosticSeverity.Error,
  ) {}
}

type TextEdit = { uri: Uri; range: Range; text: string };

export class WorkspaceEdit implements Pick<vs.WorkspaceEdit, "size"> {
  readonly edits: TextEdit[] = [];
  get size(): number {
    return this.edits.length;
  }
  replace(uri: Uri, range: Range, text: string): void {
    this.edits.push({ uri, range, text });
  }
  insert(uri: Uri, position: Position, text: string): void {
    this.edits.push({ uri, range: new Range(position, position), text });
  }
}

/** A document: its text as the editor holds it, dirty until saved, with one undo step per edit. */
export class TextDocument implements Pick<vs.TextDocument, "languageId" | "getText" | "isDirty" | "save"> {
  isDirty = false;
  readonly undo: string[] = [];
  constructor(
    readonly uri: Uri,
    private text: string,
    readonly languageId = "markdown",
  ) {}
  getText(): string {
    return this.text;
  }
  positionAt(offset: number): Position {
    const before = this.text.slice(0, offset);
    const line = before.split("\n").length - 1;
    return new Position(line, offset - (before.lastIndexOf("\n") + 1));
  }
  offsetAt(position: Position): number {
    const lines = this.text.split("\n");
    let offset = 0;
    for (let i = 0; i < position.line && i < lines.length; i++) offset += (lines[i] ?? "").length + 1;
    return offset + position.character;
  }
  /** What the user types: the document becomes dirty, listeners hear of it. */
  type(text: string): void {
    this.set(text);
    this.isDirty = true;
  }
  set(text: string): void {
    this.undo.push(this.text);
    this.text = text;
    workspace.changeText.fire({ document: this as unknown as vs.TextDocument, contentChanges: [], reason: undefined });
  }
  async save(): Promise<boolean> {
    if (this.uri.scheme === "file") fsFiles.set(this.uri.path, this.text);
    this.isDirty = false;
    return Promise.resolve(true);
  }
}

/** The files on "disk", by path. */
export const fsFiles = new Map<string, string>();
/** Files that are not text (a workbook), read as they are. */
export const binaryFiles = new Map<string, Uint8Array>();
const documents = new Map<string, TextDocument>();
let untitled = 0;

function globToRegExp(glob: string): RegExp {
  const alternatives = glob.replace(/^\{|\}$/g, "").split(",");
  // Placeholders first, so the stars a replacement writes are not replaced again.
  const one = (g: string) =>
    g
      .replace(/[.+^$()|[\]\\]/g, "\\$&")
      .replace(/\*\*\//g, "%ANY_FOLDERS%")
      .replace(/\*\*/g, "%ANYTHING%")
      .replace(/\*/g, "[^/]*")
      .replace(/%ANY_FOLDERS%/g, "(?:.*/)?")
      .replace(/%ANYTHING%/g, ".*");
  return new RegExp(`^(?:${alternatives.map(one).join("|")})$`);
}

class FakeWatcher {
  readonly created = new EventEmitter<Uri>();
  readonly changed = new EventEmitter<Uri>();
  readonly deleted = new EventEmitter<Uri>();
  onDidCreate = this.created.event;
  onDidChange = this.changed.event;
  onDidDelete = this.deleted.event;
  constructor(readonly pattern: RelativePattern) {}
  matches(uri: Uri): boolean {
    const base = `${this.pattern.base.path}/`;
    return uri.path.startsWith(base) && globToRegExp(this.pattern.pattern).test(uri.path.slice(base.length));
  }
  dispose(): void {
    watchers.splice(watchers.indexOf(this), 1);
  }
}
const watchers: FakeWatcher[] = [];

/** Settings by key within their section ("jobSearchJournal.typeValue"), as the user set them. */
export const userSettings = new Map<string, unknown>();

export const workspace = {
  workspaceFolders: [] as { uri: Uri; name: string; index: number }[],
  changeText: new EventEmitter<vs.TextDocumentChangeEvent>(),
  changeConfiguration: new EventEmitter<vs.ConfigurationChangeEvent>(),
  get onDidChangeTextDocument() {
    return this.changeText.event;
  },
  get onDidChangeConfiguration() {
    return this.changeConfiguration.event;
  },
  get textDocuments(): TextDocument[] {
    return [...documents.values()];
  },
  fs: {
    stat: async (uri: Uri): Promise<{ type: number; size: number }> => {
      const text = fsFiles.get(uri.path);
      if (text === undefined) throw new Error(`ENOENT ${uri.path}`);
      return Promise.resolve({ type: 1, size: text.length });
    },
    readFile: async (uri: Uri): Promise<Uint8Array> => {
      const bytes = binaryFiles.get(uri.path);
      if (bytes) return Promise.resolve(bytes);
      const text = fsFiles.get(uri.path);
      if (text === undefined) throw new Error(`ENOENT ${uri.path}`);
      return Promise.resolve(new TextEncoder().encode(text));
    },
    writeFile: async (uri: Uri, bytes: Uint8Array): Promise<void> => {
      const existed = fsFiles.has(uri.path);
      // Bytes as written: a byte-order mark stays (TextDecoder would drop it).
      fsFiles.set(uri.path, new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes));
      for (const w of watchers) if (w.matches(uri)) (existed ? w.changed : w.created).fire(uri);
      return Promise.resolve();
    },
  },
  findFiles: async (include: RelativePattern, exclude?: string): Promise<Uri[]> => {
    const base = `${include.base.path}/`;
    const inc = globToRegExp(include.pattern);
    const exc = exclude ? globToRegExp(exclude) : undefined;
    const found = [...fsFiles.keys()]
      .filter((p) => p.startsWith(base))
      .map((p) => p.slice(base.length))
      .filter((p) => inc.test(p) && !exc?.test(p))
      .map((p) => Uri.file(base + p));
    return Promise.resolve(found);
  },
  getConfiguration: (section: string) => ({
    get: <T>(key: string, fallback?: T): T | undefined =>
      (userSettings.get(`${section}.${key}`) as T | undefined) ?? fallback,
    inspect: (key: string) => ({ key, workspaceValue: userSettings.get(`${section}.${key}`) }),
  }),
  createFileSystemWatcher: (pattern: RelativePattern): FakeWatcher => {
    const w = new FakeWatcher(pattern);
    watchers.push(w);
    return w;
  },
  openTextDocument: async (target: Uri | { language?: string; content?: string }): Promise<TextDocument> => {
    if (target instanceof Uri) {
      const open = documents.get(target.toString());
      if (open) return open;
      const text = fsFiles.get(target.path);
      if (text === undefined) throw new Error(`cannot open ${target.path}`);
      const doc = new TextDocument(target, text);
      documents.set(target.toString(), doc);
      return doc;
    }
    const doc = new TextDocument(Uri.untitled(++untitled), target.content ?? "", target.language ?? "plaintext");
    doc.isDirty = true;
    documents.set(doc.uri.toString(), doc);
    return Promise.resolve(doc);
  },
  /** Applies every edit of a document at once, from the end, as one undo step. */
  applyEdit: async (edit: WorkspaceEdit): Promise<boolean> => {
    window.appliedEdits.push(edit);
    const byDoc = new Map<string, TextEdit[]>();
    for (const e of edit.edits) byDoc.set(e.uri.toString(), [...(byDoc.get(e.uri.toString()) ?? []), e]);
    for (const [key, edits] of byDoc) {
      const doc = documents.get(key) ?? (await workspace.openTextDocument((edits[0] as TextEdit).uri));
      let text = doc.getText();
      const sorted = edits
        .map((e) => ({ from: doc.offsetAt(e.range.start), to: doc.offsetAt(e.range.end), text: e.text }))
        .sort((a, b) => b.from - a.from);
      for (const e of sorted) text = text.slice(0, e.from) + e.text + text.slice(e.to);
      doc.set(text);
      doc.isDirty = true;
    }
    return true;
  },
  asRelativePath: (uri: Uri): string => uri.path,
};

/** Messages shown, and what the user answers next (queued by the test). */
export const window = {
  messages: [] as { level: "info" | "warning" | "error"; text: string; items: string[] }[],
  answers: [] as unknown[],
  appliedEdits: [] as WorkspaceEdit[],
  shown: [] as TextDocument[],
  statusItems: [] as FakeStatusBarItem[],
  treeProviders: new Map<string, vs.TreeDataProvider<unknown>>(),
  activeTextEditor: undefined as { document: TextDocument } | undefined,
  showInformationMessage: async (text: string, ...rest: unknown[]) =>
    message(
      "info",
      text,
      rest.filter((r): r is string => typeof r === "string"),
    ),
  /** A file chosen in an open or save dialog: a queued Uri (or Uri[] for open); nothing queued is Cancel. */
  showOpenDialog: async (): Promise<Uri[] | undefined> => Promise.resolve(window.answers.shift() as Uri[] | undefined),
  showSaveDialog: async (): Promise<Uri | undefined> => Promise.resolve(window.answers.shift() as Uri | undefined),
  showWarningMessage: async (text: string, ...rest: unknown[]) =>
    message(
      "warning",
      text,
      rest.filter((r): r is string => typeof r === "string"),
    ),
  showErrorMessage: async (text: string, ...items: string[]) => message("error", text, items),
  showQuickPick: async <T>(items: readonly T[]): Promise<T | undefined> => {
    const answer = window.answers.shift();
    return Promise.resolve(
      typeof answer === "function"
        ? (answer as (items: readonly T[]) => T | undefined)(items)
        : (answer as T | undefined),
    );
  },
  showInputBox: async (options?: {
    value?: string;
    validateInput?: (v: string) => string | undefined;
  }): Promise<string | undefined> => {
    // A queued string is what the user typed; "" accepts the proposed value; nothing queued is Escape.
    const answer = window.answers.shift();
    if (answer !== undefined && typeof answer !== "string") throw new Error("an input box is answered with text");
    const value = answer === "" ? options?.value : answer;
    if (value !== undefined && options?.validateInput?.(value)) throw new Error(`invalid input: ${value}`);
    return Promise.resolve(value);
  },
  showTextDocument: async (target: Uri | TextDocument): Promise<{ document: TextDocument }> => {
    const document = target instanceof TextDocument ? target : await workspace.openTextDocument(target);
    window.shown.push(document);
    window.activeTextEditor = { document };
    return { document };
  },
  registerTreeDataProvider: (id: string, provider: vs.TreeDataProvider<unknown>): Disposable => {
    window.treeProviders.set(id, provider);
    return new Disposable(() => window.treeProviders.delete(id));
  },
  createStatusBarItem: (): FakeStatusBarItem => {
    const item = new FakeStatusBarItem();
    window.statusItems.push(item);
    return item;
  },
};

async function message(
  level: "info" | "warning" | "error",
  text: string,
  items: string[],
): Promise<string | undefined> {
  window.messages.push({ level, text, items });
  if (items.length === 0) return Promise.resolve(undefined);
  return Promise.resolve(window.answers.shift() as string | undefined);
}

export class FakeStatusBarItem implements Pick<
  vs.StatusBarItem,
  "text" | "tooltip" | "command" | "show" | "hide" | "dispose"
> {
  text = "";
  tooltip: string | undefined;
  command: string | undefined;
  accessibilityInformation: vs.AccessibilityInformation | undefined;
  visible = false;
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  dispose(): void {
    this.visible = false;
  }
}

const registered = new Map<string, (...args: unknown[]) => unknown>();

export const commands = {
  executed: [] as string[],
  registerCommand: (id: string, run: (...args: unknown[]) => unknown): Disposable => {
    if (registered.has(id)) throw new Error(`command ${id} already exists`);
    registered.set(id, run);
    return new Disposable(() => registered.delete(id));
  },
  executeCommand: async (id: string, ...args: unknown[]): Promise<unknown> => {
    commands.executed.push(id);
    const run = registered.get(id);
    return run ? run(...args) : undefined;
  },
  registeredIds: (): string[] => [...registered.keys()],
};

export class FakeDiagnostics {
  readonly byUri = new Map<string, Diagnostic[]>();
  set(entries: [Uri, Diagnostic[]][]): void {
    for (const [uri, list] of entries) this.byUri.set(uri.path, list);
  }
  clear(): void {
    this.byUri.clear();
  }
  dispose(): void {
    this.byUri.clear();
  }
}

export const languages = {
  collections: [] as FakeDiagnostics[],
  createDiagnosticCollection: (): FakeDiagnostics => {
    const c = new FakeDiagnostics();
    languages.collections.push(c);
    return c;
  },
};

/** For tests: a clean VS Code with one workspace folder holding `files` (path → text). */
export function resetVscode(root: string, files: Record<string, string>): void {
  fsFiles.clear();
  binaryFiles.clear();
  documents.clear();
  watchers.splice(0);
  userSettings.clear();
  registered.clear();
  for (const [path, text] of Object.entries(files)) fsFiles.set(`${root}/${path}`, text);
  workspace.workspaceFolders = [{ uri: Uri.file(root), name: root.split("/").pop() ?? "", index: 0 }];
  Object.assign(window, {
    messages: [],
    answers: [],
    appliedEdits: [],
    shown: [],
    statusItems: [],
    activeTextEditor: undefined,
  });
  window.treeProviders.clear();
  commands.executed = [];
  languages.collections = [];
}

/** For tests: a file changed on disk, as another program would change it; watchers hear of it. */
export function changeOnDisk(uri: Uri, text: string): void {
  const existed = fsFiles.has(uri.path);
  fsFiles.set(uri.path, text);
  for (const w of watchers) if (w.matches(uri)) (existed ? w.changed : w.created).fire(uri);
}
