import type { FrontmatterEdit } from "./frontmatter-edit";
import type { NextRound } from "../follow-ups/items";
import { statusFor, vaultSpelling } from "../settings/status-words";
import { parsePerson, peopleEntries, samePerson } from "../notes/people";
import { KeyLookup, ROUND_FIELDS, type EarlierRecord, type InterviewNote } from "../notes/schema";
import type { KeyField } from "../settings/fields";
import { dayOf, formatWhen, parseWhen } from "../lib/time";
import { asList, asText } from "../notes/values";

/**
 * One note kept for a whole application, round after round. Reading: a step dated before the
 * current interview's day is an earlier round's (schema.ts sets it aside). Writing: before a
 * step of the new round replaces an earlier round's value, the earlier round's records move to
 * the `rounds` list, one line per round, so nothing of it is lost and all of it stays readable
 * in the Properties panel. "Next round in this note" does the same on purpose, then sets the
 * new interview's date and stage.
 */

/** `debriefed 2026-03-02, thanked Gavin Belson, replied 2026-03-06`: the records as written. */
function recordsText(records: readonly EarlierRecord[]): string {
  return records.map((r) => `${r.key} ${r.text}`).join(", ");
}

/** Edits that append `line` to the rounds list and take the records' properties out. */
function moveToRounds(records: readonly EarlierRecord[], line: string, roundsKey: string): FrontmatterEdit[] {
  const edits: FrontmatterEdit[] = [{ op: "append", key: roundsKey, value: line, matches: (e) => e === line }];
  for (const r of records) edits.push({ op: "remove", key: r.key });
  return edits;
}

/**
 * Before the first step of a round replaces an earlier round's records (the interview date was
 * moved on by hand): they go to the rounds list first. Nothing when there are none.
 */
export function archiveEarlierRound(note: InterviewNote, lookup: KeyLookup): FrontmatterEdit[] {
  if (note.earlier.length === 0 || !note.interview) return [];
  const line = `before ${formatWhen(note.interview)}: ${recordsText(note.earlier)}`;
  return moveToRounds(note.earlier, line, lookup.settings.keys.rounds);
}

/** Every round record the note holds now, current and earlier, as written. */
export function roundRecords(frontmatter: Record<string, unknown>, lookup: KeyLookup): EarlierRecord[] {
  const values = lookup.read(frontmatter);
  const out: EarlierRecord[] = [];
  for (const field of ROUND_FIELDS) {
    const value = KeyLookup.valueOf(values, field);
    const text = field === "thanked" ? asList(value).join("; ") : asText(value);
    if (text) out.push({ field, key: lookup.keyOf(frontmatter, field), text });
  }
  return out;
}

/**
 * The current round closes into one line of the rounds list (`2026-03-02 technical: debriefed
 * 2026-03-02, thanked Gavin Belson, replied 2026-03-06, status next round`), its records are
 * taken out, and the note gets the next interview's date, stage and status.
 */
export function nextRoundEdits(
  frontmatter: Record<string, unknown>,
  note: InterviewNote,
  lookup: KeyLookup,
  next: NextRound,
): FrontmatterEdit[] {
  const k = lookup.settings.keys;
  const records = roundRecords(frontmatter, lookup);
  const label =
    [note.interview ? formatWhen(note.interview) : "", note.stage].filter((s) => s !== "").join(" ") || "earlier round";
  const parts = [
    recordsText(records),
    note.status ? `${lookup.keyOf(frontmatter, "status")} ${note.status}` : "",
  ].filter((s) => s !== "");
  const edits = moveToRounds(records, `${label}: ${parts.join(", ") || "nothing recorded"}`, k.rounds);
  edits.push({ op: "set", key: lookup.keyOf(frontmatter, "interviewDate"), value: next.interview });
  if (next.stage?.trim()) edits.push({ op: "set", key: lookup.keyOf(frontmatter, "stage"), value: next.stage.trim() });
  const status = next.status?.trim()
    ? vaultSpelling(next.status, lookup.settings)
    : statusFor("interviewing", lookup.settings);
  edits.push({ op: "set", key: lookup.keyOf(frontmatter, "status"), value: status });
  return edits;
}

/**
 * Log an interview: its date, the people met (added to the interviewers, each once) and the
 * stage, and the status moved to the vault's interviewing word when it said "not interviewed
 * yet". A note that already had an interview on another day goes on to the next round first, so
 * the earlier round is kept in `rounds` with the people met then.
 */
export function interviewEdits(
  frontmatter: Record<string, unknown>,
  note: InterviewNote,
  lookup: KeyLookup,
  logged: { interview: string; people: readonly string[]; stage?: string },
): FrontmatterEdit[] {
  const key = (field: KeyField) => lookup.keyOf(frontmatter, field);
  const typed = logged.people.map((p) => p.trim()).filter((p) => p !== "");
  const stage = logged.stage?.trim();
  const day = parseWhen(logged.interview);
  const newRound = note.interview !== undefined && day !== undefined && dayOf(note.interview.at) !== dayOf(day.at);
  // Someone the note lists already is not added again (and not said to be).
  const people = newRound ? typed : typed.filter((p) => !note.interviewers.some((i) => samePerson(i, parsePerson(p))));
  if (newRound) {
    const next = nextRoundEdits(frontmatter, note, lookup, { interview: logged.interview, stage });
    if (people.length === 0) return next;
    // The new round's people replace the earlier round's, who are kept in its rounds line.
    const before = note.interviewers.map((p) => p.name).join("; ");
    const rounds = next[0];
    if (before !== "" && rounds?.op === "append") {
      const line = `${rounds.value}, ${key("interviewers")} ${before}`;
      next[0] = { ...rounds, value: line, matches: (e) => e === line };
    }
    return [...next, { op: "remove", key: key("interviewers") }, ...appendPeople(key("interviewers"), people)];
  }
  // The same day without a time keeps the time the note has: `2026-03-11` never erases `T14:00`.
  const keepsTime = note.interview?.hasTime === true && day !== undefined && !day.hasTime && !newRound;
  const edits: FrontmatterEdit[] = keepsTime ? [] : [{ op: "set", key: key("interviewDate"), value: logged.interview }];
  if (stage) edits.push({ op: "set", key: key("stage"), value: stage });
  edits.push(...appendPeople(key("interviewers"), people));
  if (note.statusClass === "applied" || note.statusClass === "considering")
    edits.push({ op: "set", key: key("status"), value: statusFor("interviewing", lookup.settings) });
  return edits;
}

function appendPeople(key: string, people: readonly string[]): FrontmatterEdit[] {
  return people.map((person) => {
    const wanted = parsePerson(person);
    return {
      op: "append" as const,
      key,
      value: person,
      matches: (e: string) => peopleEntries([e]).entries.some((p) => samePerson(parsePerson(p), wanted)),
    };
  });
}
