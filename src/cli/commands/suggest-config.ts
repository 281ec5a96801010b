import { readFileSync } from "node:fs";
import { join } from "node:path";
import { plural } from "../../core/follow-ups/describe";
import { findFrontmatter } from "../../core/notes/frontmatter-block";
import { mappingChanges } from "../../core/mapping/mapping-changes";
import { templateFoldersFrom } from "../../core/notes/note-roles";
import { suggestConfig, type NoteSample } from "../../core/mapping/suggest-config";
import { loadSettings } from "../../core/settings/settings-load";
import { vaultArg } from "../common";
import { CONFIG_OPTION, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";
import { escapeControls } from "../terminal";
import { readProperties } from "../../core/notes/read-properties";
import { readYaml } from "../../core/notes/read-yaml";
import { settingsFor } from "../settings-file";
import { listNotes } from "../vault";

export const suggestConfigSpec: CommandSpec = {
  name: "suggest-config",
  summary: "propose settings for notes that use their own property names",
  description:
    "Reads every note and proposes settings for --config (or the plugin) that find your application notes under the " +
    "names and words you use: the status property and how each of its values is classed, the word written for each " +
    "class, which notes are applications and which are left out (templates, dashboards, people) and why. The JSON " +
    "goes to stdout, the explanation to stderr. Writes nothing. Proposes nothing when the current settings already " +
    "find the notes; --review maps again anyway and lists what would change.",
  args: [VAULT_ARG],
  options: [
    { flags: "--review", description: "map again over the saved settings (or --config) and list what would change" },
    CONFIG_OPTION,
  ],
  examples: [
    "job-journal suggest-config ~/notes > job-journal.json",
    "job-journal due ~/notes --config job-journal.json",
    "job-journal suggest-config ~/notes --review --config job-journal.json",
  ],
  run: suggestConfigCommand,
};

function readIfThere(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** The templates folders the vault's Templates core plugin and Templater are set to. */
export function vaultTemplateFolders(vault: string): string[] {
  return templateFoldersFrom({
    templates: readIfThere(join(vault, ".obsidian/templates.json")),
    templater: readIfThere(join(vault, ".obsidian/plugins/templater-obsidian/data.json")),
  });
}

/** Every note with its properties and its text after them (templates, dashboards and inline fields are read there). */
export function vaultSamples(vault: string): NoteSample[] {
  const samples: NoteSample[] = [];
  for (const path of listNotes(vault)) {
    const text = readFileSync(join(vault, path), "utf8");
    const read = readProperties(path, text, readYaml);
    if (read.kind === "error") continue;
    const body = text.slice(findFrontmatter(text)?.end ?? 0);
    samples.push({ path, frontmatter: read.kind === "ok" ? read.data : {}, body });
  }
  return samples;
}

/** Proposes settings for a vault that uses its own property names. Reads every note, writes nothing. */
export function suggestConfigCommand({ args, opts: values }: CommandInput, io: CliIo): number {
  const vault = vaultArg(args[0]);
  const current = settingsFor(vault, values.config as string | undefined);
  const templateFolders = vaultTemplateFolders(vault);
  const review = values.review === true;
  const {
    config,
    reasons,
    review: found,
  } = suggestConfig(vaultSamples(vault), current, {
    templateFolders,
    fresh: review,
  });
  for (const r of reasons) io.err(`${escapeControls(r)}\n`);
  io.err(
    `${plural(found.applications.length, "application note")}, ${plural(found.leftOut.length, "note")} left out.\n`,
  );
  if (review) {
    const proposed = loadSettings(config, current, "suggestion").settings;
    const changes = mappingChanges(current, proposed);
    io.err(
      changes.length === 0 ? "Review: the saved settings already say all of this.\n" : "Review: what would change:\n",
    );
    for (const c of changes) io.err(`  ${escapeControls(c)}\n`);
  }
  io.out(`${JSON.stringify(config, null, 2)}\n`);
  return 0;
}
