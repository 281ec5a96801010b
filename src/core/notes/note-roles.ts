import { findFrontmatter } from "./frontmatter-block";

/**
 * What a note is, when it is not an application: a template, a dashboard, a person. Read from
 * what the note says of itself (placeholders, query blocks, a person's properties), so the
 * mapping can leave it out and say why, and the engine never takes a template for an application.
 */

/** A Templater tag, a `{{…}}` placeholder (core Templates, QuickAdd), or a whole value in angle brackets. */
const PLACEHOLDER = /<%[\s\S]*?%>|\{\{[^{}\n]*\}\}/;
const BRACKETED = /^<[^<>@\n]+>$/;

function hasPlaceholder(value: unknown, depth = 0): boolean {
  // Every application note passes through here: most values hold neither character.
  if (typeof value === "string")
    return (value.includes("<") || value.includes("{{")) && (PLACEHOLDER.test(value) || BRACKETED.test(value.trim()));
  if (Array.isArray(value) && depth < 2) return value.some((v) => hasPlaceholder(v, depth + 1));
  return false;
}

/** Whether a note's properties are a template's: a placeholder in any value. */
export function isTemplateFrontmatter(frontmatter: Record<string, unknown>): boolean {
  for (const key in frontmatter) if (hasPlaceholder(frontmatter[key])) return true;
  return false;
}

/**
 * Whether a note's text is a template's: a Templater script before the properties, or a
 * placeholder among them (where `{{title}}` may not even be valid YAML). Placeholders in the body
 * alone do not count: an interview note may quote template code.
 */
export function isTemplateText(text: string): boolean {
  const start = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (/^\s*<%/.test(start)) return true;
  const block = findFrontmatter(text);
  return block !== undefined && PLACEHOLDER.test(text.slice(block.yamlStart, block.yamlEnd));
}

/** The folders Obsidian's Templates core plugin and Templater take templates from, as their settings say. */
export function templateFoldersFrom(configs: { templates?: string; templater?: string }): string[] {
  const folders: string[] = [];
  const read = (json: string | undefined, key: string): void => {
    if (json === undefined) return;
    try {
      const value = (JSON.parse(json) as Record<string, unknown>)[key];
      if (typeof value === "string" && value.trim() !== "") folders.push(value.trim().replace(/^\/+|\/+$/g, ""));
    } catch {
      // A plugin's settings file we cannot read says nothing about templates.
    }
  };
  read(configs.templates, "folder");
  read(configs.templater, "templates_folder");
  return [...new Set(folders)];
}

const TEMPLATE_FOLDER = /^_?templates?$/i;

/** Why a note is a template, or undefined. */
export function templateReason(
  path: string,
  frontmatter: Record<string, unknown>,
  body: string,
  templateFolders: readonly string[],
): string | undefined {
  const configured = templateFolders.find((f) => path.startsWith(`${f}/`));
  if (configured) return `a template (in "${configured}/", the templates folder your vault's settings name)`;
  const folders = path.split("/").slice(0, -1);
  const named = folders.find((f) => TEMPLATE_FOLDER.test(f));
  if (named) return `a template (in a folder called "${named}")`;
  if (isTemplateFrontmatter(frontmatter) || PLACEHOLDER.test(body)) return "a template (it has placeholders)";
  const name = path.split("/").pop() ?? path;
  if (/\btemplate\b/i.test(name.replace(/\.md$/i, ""))) return "a template (by its name)";
  return undefined;
}

/** Dataview, DataviewJS, Tasks and Bases query blocks, an embedded base, a Kanban board. */
const QUERY_BLOCK = /^\s*(```|~~~)\s*(dataview|dataviewjs|query|tasks|base)\b/m;
const BASE_EMBED = /!\[\[[^\]]+\.base(#[^\]]*)?\]\]/;

/** Why a note is a dashboard (a view over other notes), or undefined. */
export function dashboardReason(frontmatter: Record<string, unknown>, body: string): string | undefined {
  if ("kanban-plugin" in frontmatter) return "a Kanban board";
  const block = QUERY_BLOCK.exec(body);
  if (block) return `a dashboard (a ${block[2]} block)`;
  if (BASE_EMBED.test(body)) return "a dashboard (an embedded base)";
  return undefined;
}

const PERSON_KEYS = /^(e-?mail|phone|mobile|linkedin|linked-?in|telephone|tel)$/i;
const NAME_KEYS = /^(name|full[ _-]?name|first[ _-]?name|last[ _-]?name|agency|relationship)$/i;

/** Whether a note's properties describe a person (a contact, a recruiter): two of email, phone, LinkedIn, name. */
export function personLike(frontmatter: Record<string, unknown>): boolean {
  let contact = 0;
  let name = 0;
  for (const key of Object.keys(frontmatter)) {
    if (PERSON_KEYS.test(key.trim())) contact++;
    else if (NAME_KEYS.test(key.trim())) name++;
  }
  return contact >= 2 || (contact >= 1 && name >= 1);
}

/** Tags written in a note's body (`#position`), outside code; Obsidian counts them as the note's tags. */
export function bodyTags(body: string): string[] {
  const tags = new Set<string>();
  let inCode = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
    if (inCode) continue;
    for (const m of line.replace(/`[^`]*`/g, "").matchAll(/(?:^|\s)#([\p{L}\p{N}_/-]*\p{L}[\p{L}\p{N}_/-]*)/gu))
      tags.add((m[1] ?? "").toLowerCase());
  }
  return [...tags];
}

/** Dataview inline fields (`Status:: Applied`), by name as written, with their values. */
export function inlineFields(body: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  let inCode = false;
  for (const line of body.split(/\r?\n/)) {
    if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
    if (inCode) continue;
    const m = /^\s*(?:[-*]\s+)?\**([\p{L}][\p{L}\p{N} _-]{0,40}?)\**::\s*(.*)$/u.exec(line);
    if (!m) continue;
    const name = (m[1] ?? "").trim();
    const list = fields.get(name) ?? [];
    list.push((m[2] ?? "").trim());
    fields.set(name, list);
  }
  return fields;
}
