import { CORE_SCHEMA, load } from "js-yaml";
import type { ParseYaml } from "./read-properties";

/**
 * The YAML reader of the command line and VS Code, and of the tests of the core: js-yaml with
 * YAML 1.2's core schema, which is what Obsidian's own parseYaml is built on. So `2026-03-09`
 * stays text and `yes` stays text, as the Properties panel shows them, and a key written twice
 * is an error, as Obsidian reports it. The plugin passes Obsidian's parseYaml instead and never
 * imports this (lint keeps js-yaml out of main.js). js-yaml was measured 10 times faster per
 * note than the yaml package's document parser (docs/performance.md), which only edits here.
 */
export const readYaml: ParseYaml = (source) => load(source, { schema: CORE_SCHEMA });
