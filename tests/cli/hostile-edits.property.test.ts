import fc from "fast-check";
import { stepAction } from "../../src/core/follow-ups/kinds";
import { describe, expect, it } from "vitest";
import { recordAction } from "../../src/core/editing/actions";
import type { RecordAction } from "../../src/core/follow-ups/items";
import { readProperties } from "../../src/core/notes/read-properties";
import { readYaml } from "../../src/core/notes/read-yaml";
import { defaultSettings } from "../../src/core/settings/settings";
import { asList } from "../../src/core/notes/values";

/**
 * The write commands on hostile notes, judged by the reader the CLI itself uses (js-yaml, core
 * schema): YAML tags on the edited value, anchors and aliases, block scalars, comments inside
 * multi-line flow lists, `...` lines. Four properties: the result parses with that reader, the
 * edited key reads as intended, no byte outside the edited keys changed, and doing it again
 * changes nothing. A refusal is allowed only with a message that says why.
 */

const settings = defaultSettings();
const k = settings.keys;

const word = fc.constantFrom("Jane Doe", "waiting", "2026-03-09", "Tom Becker", "x", "Ümit Öz", "a, b");
const tagged = fc.constantFrom(
  "!!str waiting",
  "!!null ~",
  "!!null",
  "!!str",
  "!!str '2026-03-01'",
  '!!str "Jane Doe"',
);
const comment = fc.constantFrom("", " # note", " #");

// One entry's lines for a key, hostile shapes first.
const shape: fc.Arbitrary<(key: string, i: number) => string[]> = fc.oneof(
  fc.tuple(tagged, comment).map(([t, c]) => (key: string) => [`${key}: ${t}${c}`]),
  fc
    .tuple(fc.array(word, { maxLength: 3 }), comment, fc.boolean())
    .map(([items, c, trailing]) => (key: string) => [
      `${key}: [`,
      ...items.map((w, j) => `  ${JSON.stringify(w)}${j < items.length - 1 || trailing ? "," : ""}${c}`),
      "]",
    ]),
  fc.tuple(word, comment).map(([w, c]) => (key: string, i: number) => [`${key}: &a${i} ${JSON.stringify(w)}${c}`]),
  fc
    .tuple(fc.constantFrom("|", ">-", "|+"), fc.array(word, { minLength: 1, maxLength: 2 }))
    .map(([style, lines]) => (key: string) => [`${key}: ${style}`, ...lines.map((l) => `  ${l}`)]),
  fc.tuple(word, comment).map(([w, c]) => (key: string) => [`${key}: ${JSON.stringify(w)}${c}`]),
);

const hostileNote = fc.record({
  entries: fc.uniqueArray(
    fc.tuple(fc.constantFrom(k.thanked, k.status, k.followUp1, k.snoozeUntil, k.debriefed, "tags", "notes"), shape),
    { selector: ([key]) => key, maxLength: 6 },
  ),
  aliases: fc.boolean(),
  docEnd: fc.boolean(),
  crlf: fc.boolean(),
});

function build(n: typeof hostileNote extends fc.Arbitrary<infer T> ? T : never): string {
  const lines = ["type: interview"];
  n.entries.forEach(([key, make], i) => lines.push(...make(key, i)));
  const anchored = n.entries.flatMap(([, make], i) => (make("x", i)[0]?.includes(`&a${i}`) ? [i] : []));
  if (n.aliases && anchored.length > 0) lines.push(`copy: *a${anchored[0]}`);
  if (n.docEnd) lines.push("...");
  const eol = n.crlf ? "\r\n" : "\n";
  return `---${eol}${lines.join(eol)}${eol}---${eol}Body.${eol}`;
}

const action = fc.constantFrom<RecordAction>(
  { kind: "thank-you", date: "2026-03-12", person: "Tom Becker" },
  { kind: "follow-up", attempt: 1, date: "2026-03-12" },
  stepAction("debrief", "2026-03-10"),
  { kind: "move-on" },
  { kind: "snooze", until: "2026-03-20" },
);

function edited(a: RecordAction): string[] {
  if (a.kind === "thank-you") return [k.thanked, k.thankedOn];
  if (a.kind === "follow-up") return [k.followUp1];
  if (a.kind === "step") return [k[a.field]];
  if (a.kind === "move-on") return [k.status];
  return [k.snoozeUntil];
}

function readsAs(text: string): Record<string, unknown> {
  const read = readProperties("n.md", text, readYaml);
  if (read.kind !== "ok")
    throw new Error(
      `the CLI's reader rejects the result: ${read.kind === "error" ? read.problem.message : "no frontmatter"}\n${text}`,
    );
  return read.data;
}

/** The note's lines that belong to none of `keys` (top-level entries and what follows them). */
function otherLines(text: string, keys: string[]): string[] {
  const out: string[] = [];
  let inEdited = false;
  for (const line of text.split(/\r?\n/)) {
    const top = /^([^\s#:][^:]*):/.exec(line);
    if (top) inEdited = keys.includes(top[1] ?? "");
    else if (!/^\s/.test(line) && line !== "]") inEdited = false;
    if (!inEdited) out.push(line);
  }
  return out;
}

describe("write commands on hostile notes, judged by the CLI's own reader", () => {
  it("parses, reads as intended, touches nothing else, and is idempotent", () => {
    let changed = 0;
    fc.assert(
      fc.property(hostileNote, action, (n, a) => {
        const before = build(n);
        const fm = readsAs(before);
        const r = recordAction(before, a, settings, readYaml);
        if (r.status === "refused") {
          expect(r.message).toMatch(/is a YAML anchor|has the YAML tag|holds a map, not a list/);
          return;
        }
        if (r.status === "unchanged") return;
        changed++;
        const after = readsAs(r.text);
        const keys = edited(a);
        if (a.kind === "thank-you") expect(asList(after[k.thanked]).at(-1)).toBe("Tom Becker");
        else if (a.kind === "move-on") expect(after[k.status]).toBe("closed");
        else if (a.kind === "snooze") expect(after[k.snoozeUntil]).toBe("2026-03-20");
        else if (a.kind === "step") expect(after[k.debriefed]).toBeTruthy();
        else expect(after[k.followUp1]).toBeTruthy();
        for (const key of Object.keys(fm)) if (!keys.includes(key)) expect(after[key]).toEqual(fm[key]);
        const kept = otherLines(before, keys);
        const now = otherLines(r.text, keys);
        for (const line of kept) expect(now).toContain(line);
        expect(recordAction(r.text, a, settings, readYaml).status).toBe("unchanged");
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 800) },
    );
    expect(changed).toBeGreaterThan(200);
  });
});
