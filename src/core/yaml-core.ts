import { parse } from "yaml";
import type { ParseYaml } from "./frontmatter-edit";

/**
 * YAML 1.2's core schema, as Obsidian's Properties panel reads frontmatter: `2026-03-09` stays
 * text, `yes` stays text. The CLI and the tests use it; the plugin passes Obsidian's own
 * `parseYaml` instead and never imports this (it would add the whole YAML document model to
 * main.js).
 */
export const parseYamlCore: ParseYaml = (source) =>
  parse(source, { schema: "core", uniqueKeys: false, logLevel: "error" });
