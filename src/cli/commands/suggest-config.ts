import { readFileSync } from "node:fs";
import { join } from "node:path";
import { plural } from "../../core/follow-ups/describe";
import { findFrontmatter } from "../../core/notes/frontmatter-block";
import { mappingChanges } from "../../core/mapping/mapping-changes";
import { templateFoldersFrom } from "../../core/notes/note-roles";
import { placeOwnWord } from "../../core/mapping/adjust";
import { STATUS_CLASS_LABELS } from "../../core/mapping/labels";
import { suggestConfig, type StatusValueReview } from "../../core/mapping/suggest-config";
import type { NoteSample } from "../../core/mapping/note-sample";
import { STATUS_CLASSES, type Settings, type StatusClass } from "../../core/settings/settings";
import { normaliseStatus } from "../../core/settings/status-words";
import { loadSettings } from "../../core/settings/settings-load";
import { classPair, repeated, vaultArg } from "../common";
import { CONFIG_OPTION, VAULT_ARG, type CommandInput, type CommandSpec } from "../command-spec";
import type { CliIo } from "../io";
import { escapeControls } from "../terminal";
import { readProperties } from "../../core/notes/read-properties";
import { readYaml } from "../../core/notes/read-yaml";
import { settingsFor } from "../settings-file";
import { UsageError } from "../usage-error";
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
    {
      flags: "--place <value=class>",
      description:
        'place a status value of your notes in a class (considering, applied, interviewing, offer, closed, or none); repeatable: --place "queued=considering" --place "denied=closed". In a terminal, values left unplaced are asked about',
      repeatable: true,
    },
    CONFIG_OPTION,
  ],
  examples: [
    "job-journal suggest-config ~/notes > job-journal.json",
    "job-journal suggest-config ~/notes --place queued=considering > map.json",
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

/**
 * Every note with its properties and its text after them (templates, dashboards and inline fields
 * are read there), and every base with its YAML (the words its views filter on).
 */
export function vaultSamples(vault: string): NoteSample[] {
  const samples: NoteSample[] = listNotes(vault, ".base").map((path) => ({
    path,
    frontmatter: {},
    body: readFileSync(join(vault, path), "utf8"),
  }));
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
export function suggestConfigCommand({ args, opts: values }: CommandInput, io: CliIo): number | Promise<number> {
  const vault = vaultArg(args[0]);
  const current = settingsFor(vault, values.config as string | undefined);
  const templateFolders = vaultTemplateFolders(vault);
  const review = values.review === true;
  const suggestion = suggestConfig(vaultSamples(vault), current, { templateFolders, fresh: review });
  const { reasons, review: found } = suggestion;
  // Read before anything is printed: a value the notes do not hold is a usage error.
  const places = placements(values.place, found.statusValues);
  for (const r of reasons) io.err(`${escapeControls(r)}\n`);
  io.err(
    `${plural(found.applications.length, "application note")}, ${plural(found.leftOut.length, "note")} left out.\n`,
  );
  let config = suggestion.config;
  // Classes the notes have a word for already: that word stays the one written.
  const own = new Set(found.statusValues.flatMap((v) => (v.cls ? [v.cls] : [])));
  for (const [value, cls] of places) config = place(own, config, value, cls, current, io, "by --place");
  const open = found.statusValues.filter((v) => !v.cls && !places.has(v.value)).map((v) => v.value);
  const finish = (final: Record<string, unknown>): number => {
    if (review) printReview(final, current, io);
    io.out(`${JSON.stringify(final, null, 2)}\n`);
    return 0;
  };
  if (open.length === 0 || !io.ask) return finish(config);
  return askEach(own, open, found.statusValues, config, current, io).then(finish);
}

const NONE = "none";

/** `--place "queued=considering"`, each value as the notes write it; a usage error names what the notes hold. */
function placements(given: unknown, values: readonly StatusValueReview[]): Map<string, StatusClass | undefined> {
  const out = new Map<string, StatusClass | undefined>();
  for (const pair of repeated(given)) {
    const [typed, cls] = classPair(pair, "--place", [NONE]);
    const wanted = normaliseStatus(typed);
    const value = values.find((v) => normaliseStatus(v.value) === wanted)?.value;
    if (value === undefined)
      throw new UsageError(
        `--place: no note has the status "${typed.trim()}"; the values are ${values.map((v) => `"${v.value}"`).join(", ") || "none"}`,
      );
    out.set(value, cls === NONE ? undefined : (cls as StatusClass));
  }
  return out;
}

function place(
  ownWords: ReadonlySet<StatusClass>,
  config: Record<string, unknown>,
  value: string,
  cls: StatusClass | undefined,
  current: Settings,
  io: CliIo,
  how: string,
): Record<string, unknown> {
  io.err(`"${escapeControls(value)}": ${cls ?? "in no class (check will list its notes)"} (${how})\n`);
  return placeOwnWord(config, value, cls, current, ownWords);
}

/** In a terminal, each value no class took is asked about, one at a time. */
async function askEach(
  own: ReadonlySet<StatusClass>,
  open: readonly string[],
  values: readonly StatusValueReview[],
  config: Record<string, unknown>,
  current: Settings,
  io: CliIo,
): Promise<Record<string, unknown>> {
  const ask = io.ask as NonNullable<CliIo["ask"]>;
  const choices = [
    ...STATUS_CLASSES.map((c) => ({
      name: STATUS_CLASS_LABELS[c][0],
      value: c,
      description: STATUS_CLASS_LABELS[c][1],
    })),
    { name: "Leave it unplaced", value: NONE, description: "Nothing is due for its notes; check lists them." },
  ];
  let out = config;
  for (const value of open) {
    const notes = values.find((v) => v.value === value)?.notes ?? 0;
    const answer = await ask(`"${value}" (${plural(notes, "note")}): which class is it?`, choices);
    out = place(own, out, value, answer === NONE ? undefined : (answer as StatusClass), current, io, "your answer");
  }
  return out;
}

function printReview(config: Record<string, unknown>, current: Settings, io: CliIo): void {
  const proposed = loadSettings(config, current, "suggestion").settings;
  const changes = mappingChanges(current, proposed);
  io.err(
    changes.length === 0 ? "Review: the saved settings already say all of this.\n" : "Review: what would change:\n",
  );
  for (const c of changes) io.err(`  ${escapeControls(c)}\n`);
}
