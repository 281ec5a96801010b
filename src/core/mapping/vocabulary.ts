import type { NoteSample } from "./note-sample";

/**
 * The status words a vault allows, read where it keeps them, beside the words its notes use:
 * the values its Dataview and DataviewJS queries and its Bases views over the applications filter
 * on, the lanes of its Kanban boards, the choices of its Templater suggesters for the status, the options of a
 * Metadata Menu field for it (listed in its fileClass, or in the note the fileClass names). A
 * write in a class the notes have no word for uses one of these, so the owner's own tables and
 * boards keep finding the note.
 */
export interface VocabularyWord {
  word: string;
  /** Where it was read: `the Dataview queries of "Dashboard.md"`. */
  source: string;
}

const BLOCK = /^(```|~~~)\s*(dataviewjs|dataview)\s*\n([\s\S]*?)^\1/gim;
const FROM = /\bfrom\s+((?:"[^"]*"|#[\w/-]+)(?:\s+(?:or|and)\s+(?:"[^"]*"|#[\w/-]+))*)/i;
const PAGES = /dv\.pages\(\s*['"`]((?:"[^"]*"|[^'"`)])*)['"`]\s*\)/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The quoted strings a query compares the status with: `status = "x"`, `contains(status, "x")`, `x.status === 'y'`. */
function comparedWords(query: string, key: string): string[] {
  const k = escapeRegExp(key);
  const q = `["'\`]([^"'\`\\n]{1,40})["'\`]`;
  const patterns = [
    new RegExp(`(?:^|[^\\w-])${k}["'\\]]?\\s*(?:===?|!==?|=)\\s*${q}`, "gi"),
    new RegExp(`contains\\(\\s*(?:[\\w.]*\\.)?${k}\\s*,\\s*${q}`, "gi"),
  ];
  return patterns.flatMap((p) => [...query.matchAll(p)].map((m) => (m[1] ?? "").trim())).filter((w) => w !== "");
}

/** The folders a query reads (`FROM "02-applications"`, `dv.pages('"Applications"')`); none: the whole vault. */
function querySources(query: string): string[] {
  const from = FROM.exec(query)?.[1] ?? PAGES.exec(query)?.[1] ?? "";
  return [...from.matchAll(/"([^"]*)"/g)].map((m) => (m[1] ?? "").replace(/\/+$/, ""));
}

function readsApplications(sources: readonly string[], folders: readonly string[]): boolean {
  if (sources.length === 0 || folders.length === 0) return true;
  return sources.some((s) =>
    folders.some((f) => s === "" || f === s || f.startsWith(`${s}/`) || s.startsWith(`${f}/`)),
  );
}

function fromQueries(n: NoteSample, key: string, folders: readonly string[]): string[] {
  const words: string[] = [];
  for (const block of (n.body ?? "").matchAll(BLOCK)) {
    const query = block[3] ?? "";
    if (readsApplications(querySources(query), folders)) words.push(...comparedWords(query, key));
  }
  return words;
}

/** A base (`.base`): its filters on the status, when it reads the applications' folder or the whole vault. */
function fromBase(n: NoteSample, key: string, folders: readonly string[]): string[] {
  if (!isBase(n)) return [];
  const text = n.body ?? "";
  const sources = [...text.matchAll(/file\.inFolder\(\s*["']([^"']*)["']\s*\)/g)].map((m) =>
    (m[1] ?? "").replace(/\/+$/, ""),
  );
  if (!readsApplications(sources, folders)) return [];
  // `note.status == "x"`, `note["App-Stage"] != "x"`: the property as Bases writes it.
  return comparedWords(text.replace(/note\[\s*["']([^"']+)["']\s*\]/g, "$1").replace(/\bnote\./g, ""), key);
}

/** A `.base` file, read as a sample: its YAML is the sample's body. */
export function isBase(n: NoteSample): boolean {
  return n.path.toLowerCase().endsWith(".base");
}

/** A Kanban board's lanes: its `## ` headings. */
function fromKanban(n: NoteSample): string[] {
  if (!("kanban-plugin" in n.frontmatter)) return [];
  return [...(n.body ?? "").matchAll(/^##\s+(.+?)\s*$/gm)].map((m) => m[1] ?? "").filter((w) => w !== "");
}

/** `status: <% await tp.system.suggester(["Applied", "Interview"], …) %>` in a template: the choices. */
function fromSuggester(n: NoteSample, key: string): string[] {
  const value = n.frontmatter[key];
  const found = typeof value === "string" ? /tp\.system\.suggester\(\s*\[([^\]]*)\]/.exec(value) : null;
  return found ? [...(found[1] ?? "").matchAll(/["']([^"']+)["']/g)].map((m) => m[1] ?? "") : [];
}

interface FileClassField {
  name?: unknown;
  options?: { valuesList?: unknown; valuesListNotePath?: unknown };
}

/** A Metadata Menu fileClass's options for the status field, inline or in a list note. */
function fromFileClass(n: NoteSample, key: string, notes: ReadonlyMap<string, NoteSample>): string[] {
  const fields = n.frontmatter.fields;
  if (!Array.isArray(fields)) return [];
  const field = (fields as FileClassField[]).find(
    (f) => typeof f?.name === "string" && f.name.toLowerCase() === key.toLowerCase(),
  );
  const options = field?.options;
  if (!options) return [];
  const list = options.valuesList;
  if (Array.isArray(list)) return list.map(String);
  if (list && typeof list === "object") return Object.values(list as Record<string, unknown>).map(String);
  const path = typeof options.valuesListNotePath === "string" ? options.valuesListNotePath : undefined;
  const listNote = path ? notes.get(path) : undefined;
  return (listNote?.body ?? "")
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*[-*]\s+/, "").trim())
    .filter((l) => l !== "");
}

/**
 * Every status word the vault keeps outside its notes' values, in the order found, each once
 * (compared in any case). `folders` are the applications' folders: a query over other notes
 * (contacts with a status of their own) says nothing of the applications' words.
 */
export function vaultVocabulary(
  samples: readonly NoteSample[],
  key: string,
  folders: readonly string[],
): VocabularyWord[] {
  const notes = new Map(samples.map((n) => [n.path, n]));
  const out: VocabularyWord[] = [];
  const seen = new Set<string>();
  const add = (words: string[], source: string) => {
    for (const word of words) {
      if (seen.has(word.toLowerCase())) continue;
      seen.add(word.toLowerCase());
      out.push({ word, source });
    }
  };
  for (const n of samples) {
    add(fromFileClass(n, key, notes), `the Metadata Menu field ${key} of "${n.path}"`);
    add(fromKanban(n), `the Kanban board "${n.path}"`);
    add(fromQueries(n, key, folders), `the Dataview queries of "${n.path}"`);
    add(fromBase(n, key, folders), `the base "${n.path}"`);
    add(fromSuggester(n, key), `the Templater suggester of "${n.path}"`);
  }
  return out;
}
