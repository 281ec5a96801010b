import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import matter from "gray-matter";
import { followUpReport } from "../../src/core/follow-ups/engine";
import type { NoteEntry } from "../../src/core/notes/note-entry";
import { isInterviewNote, KeyLookup, readInterviewNote } from "../../src/core/notes/schema";
import { defaultSettings } from "../../src/core/settings/settings";
import { parseWhen } from "../../src/core/lib/time";

/**
 * What a user does without this tool: parse every note's frontmatter with gray-matter's
 * defaults (js-yaml, dates become Date objects), then work out the same due list.
 */
const root = process.argv[2] ?? ".";
const settings = defaultSettings();
const lookup = new KeyLookup(settings);
const entries: NoteEntry[] = [];
const walk = (dir: string): void => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".")) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith(".md")) {
      const path = relative(root, full).split(sep).join("/");
      try {
        const data = matter(readFileSync(full, "utf8")).data as Record<string, unknown>;
        if (isInterviewNote(path, data, lookup)) entries.push(readInterviewNote(path, data, lookup));
      } catch {
        // A broken note: skipped, as a hand-written script would.
      }
    }
  }
};
walk(root);
const report = followUpReport(entries, parseWhen("2026-03-12T09:00")?.at ?? 0, settings);
process.stdout.write(`${report.items.length}\n`);
