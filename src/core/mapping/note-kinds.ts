import { bodyTags } from "../notes/note-roles";
import { asText } from "../notes/values";
import type { NoteSample } from "./note-sample";

/** What kind of note a note says it is (its type, tags), and where notes sit together. */

const TYPE_KEY = /^(tags?|type|kind|category|class|fileclass)$/i;

/** The type-like values of a note: its type, kind or category, its tags (properties and body). */
export function kindsOf(n: NoteSample): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(n.frontmatter)) {
    if (!TYPE_KEY.test(key.trim())) continue;
    const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(/[\s,]+/) : [];
    for (const item of items) {
      const t = asText(item)?.toLowerCase().replace(/^#/, "");
      if (t) out.set(t, key);
    }
  }
  for (const tag of bodyTags(n.body ?? "")) if (!out.has(tag)) out.set(tag, "#");
  return out;
}

export function commonFolder(paths: string[]): string {
  const folders = paths.map((p) => p.split("/").slice(0, -1));
  const first = folders[0] ?? [];
  let n = 0;
  while (n < first.length && folders.every((f) => f[n] === first[n])) n++;
  return first.slice(0, n).join("/");
}
