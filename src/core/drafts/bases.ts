import type { Settings } from "../settings/settings";

/**
 * A Bases file (Obsidian 1.9 and later) over the interview and application notes, with the
 * configured property names: a table of the active applications, the interviews awaiting a
 * reply, and the offers. It uses only what Obsidian's own syntax page shows (file.inFolder,
 * == and != comparisons, note properties, table views with order and groupBy), written as YAML.
 */

/** A property as a Bases expression: `note.status`, or nothing when the name is not a plain identifier. */
function prop(name: string): string | undefined {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `note.${name}` : undefined;
}

/** A YAML double-quoted scalar. */
function q(text: string): string {
  return JSON.stringify(text);
}

/** A status as typed in notes: lower case, and with a capital first letter. */
function spellings(statuses: readonly string[]): string[] {
  return [...new Set(statuses.flatMap((s) => [s, s.charAt(0).toUpperCase() + s.slice(1)]))];
}

function comparisons(status: string, statuses: readonly string[], op: "==" | "!="): string[] {
  return spellings(statuses).map((s) => `    - ${q(`${status} ${op} ${JSON.stringify(s)}`)}`);
}

export interface BaseFile {
  text: string;
  /** Property names that could not be used (not plain identifiers), said to the user. */
  skipped: string[];
}

export function jobSearchBase(settings: Settings): BaseFile {
  const k = settings.keys;
  const skipped: string[] = [];
  const use = (name: string): string | undefined => {
    const p = prop(name);
    if (!p) skipped.push(name);
    return p;
  };
  const where: string[] = [];
  const type = use(k.type);
  if (type && settings.typeValue !== "") where.push(q(`${type} == ${JSON.stringify(settings.typeValue)}`));
  for (const folder of settings.interviewFolders) where.push(q(`file.inFolder(${JSON.stringify(folder)})`));
  const status = use(k.status);
  const columns = [
    "file.name",
    ...[k.company, k.role, k.stage, k.status, k.interviewDate, k.appliedOn, k.replied].flatMap((n) => prop(n) ?? []),
  ];
  const order = columns.map((c) => `      - ${c}`).join("\n");
  const view = (name: string, filter: string[]): string =>
    [
      "  - type: table",
      `    name: ${q(name)}`,
      ...(filter.length > 0 ? ["    filters:", ...filter.map((l) => `    ${l}`)] : []),
      "    order:",
      order,
    ].join("\n");
  const views: string[] = [];
  if (status) {
    const s = settings.statuses;
    views.push(
      view("Active applications", [
        "  and:",
        ...comparisons(status, [...s.considering, ...s.offer, ...s.closed], "!="),
      ]),
    );
    views.push(view("Interviews awaiting a reply", ["  or:", ...comparisons(status, s.interviewing, "==")]));
    views.push(view("Offers", ["  or:", ...comparisons(status, s.offer, "==")]));
  }
  views.push(view("All", []));
  // The plugin's own view type (Obsidian 1.10 and later): where the plugin is off, Bases says it is missing.
  views.push(["  - type: job-search-journal-board", `    name: ${q("Pipeline board")}`].join("\n"));
  const lines = [
    "# Made by Job Search Journal from its settings: edit freely, it is not written again.",
    "filters:",
    "  or:",
    ...(where.length > 0 ? where.map((w) => `    - ${w}`) : ['    - "file.ext == \\"md\\""']),
    "views:",
    ...views,
  ];
  return { text: `${lines.join("\n")}\n`, skipped: [...new Set(skipped)] };
}
