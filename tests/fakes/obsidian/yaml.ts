import { CORE_SCHEMA, load } from "js-yaml";

/**
 * Obsidian's YAML reading, for the fake's parseYaml and its metadata cache alike. Obsidian parses
 * frontmatter with js-yaml (its maintainers and plugin authors say so; it is not documented in
 * obsidian.d.ts), and what it shows matches js-yaml with YAML 1.2's core schema:
 *  - `2026-03-09` and `2026-03-09T14:00` stay text (the Properties panel then shows a date);
 *  - `yes`, `no`, `on`, `off` stay text; only `true` and `false` are checkboxes;
 *  - a key written twice is an error ("duplicated mapping key"), so the note has no properties;
 *  - an alias is the same object again, shared, with no limit on how many.
 * Where this fake can differ from the real thing: the exact js-yaml version and schema inside a
 * given Obsidian release are not published (a custom type would read differently here), and
 * Obsidian's messages for broken YAML are its own, not js-yaml's. Tests never assert Obsidian's
 * wording, only that a note with broken YAML is reported with its line.
 */
export function obsidianYaml(yaml: string): unknown {
  return load(yaml, { schema: CORE_SCHEMA });
}
