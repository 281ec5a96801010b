import type { DueItem } from "./engine";
import { editFrontmatter, type EditOutcome, type FrontmatterEdit, type ParseYaml } from "./frontmatter-edit";
import { parsePerson, samePerson } from "./people";
import type { Settings } from "./settings";

/**
 * What the user records after acting on an item, as frontmatter edits. Key names come from
 * the settings, the same mapping the engine reads. Dates are `YYYY-MM-DD` texts the caller
 * works out from its clock. A step already recorded (by hand a moment ago, say) is never
 * overwritten: the edit comes back "unchanged" and nothing is written.
 */
export type RecordAction =
  /**
   * A thank-you sent to `person`, or to the company when the note lists no interviewers, on
   * `date`: the date goes to `thanked_on` with it, so statistics can tell whether it was on time.
   */
  | { kind: "thank-you"; date: string; person?: string; company?: string }
  | { kind: "debrief"; date: string }
  | { kind: "inform-references"; date: string }
  | { kind: "follow-up"; attempt: 1 | 2; date: string }
  | { kind: "reply"; date: string; status?: string }
  | { kind: "move-on" }
  | { kind: "snooze"; until: string };

/** The status "move on" writes: `closed` when it is a closed status, else the first one. */
export function closedStatus(settings: Settings): string {
  const closed = settings.statuses.closed;
  return closed.find((s) => s.toLowerCase() === "closed") ?? closed[0] ?? "closed";
}

export function editsFor(action: RecordAction, settings: Settings): FrontmatterEdit[] {
  const k = settings.keys;
  switch (action.kind) {
    case "thank-you": {
      const when: FrontmatterEdit = { op: "set", key: k.thankedOn, value: action.date, withPrevious: true };
      if (action.person === undefined) {
        // Company-level: done as soon as anyone is thanked.
        return [{ op: "append", key: k.thanked, value: action.company ?? "the team", matches: () => true }, when];
      }
      const person = parsePerson(action.person);
      return [{ op: "append", key: k.thanked, value: action.person, matches: (e) => samePerson(parsePerson(e), person) }, when];
    }
    case "debrief":
      return [{ op: "set-if-empty", key: k.debriefed, value: action.date }];
    case "inform-references":
      return [{ op: "set-if-empty", key: k.referencesInformed, value: action.date }];
    case "follow-up":
      return [{ op: "set-if-empty", key: action.attempt === 1 ? k.followUp1 : k.followUp2, value: action.date }];
    case "reply": {
      const edits: FrontmatterEdit[] = [{ op: "set-if-empty", key: k.replied, value: action.date }];
      if (action.status !== undefined && action.status.trim() !== "") edits.push({ op: "set", key: k.status, value: action.status.trim() });
      return edits;
    }
    case "move-on":
      return [{ op: "set", key: k.status, value: closedStatus(settings) }];
    case "snooze":
      return [{ op: "set", key: k.snoozeUntil, value: action.until }];
  }
}

/** Applies an action to a note's text; `parse` is the YAML parser that proves the edit. */
export function recordAction(text: string, action: RecordAction, settings: Settings, parse: ParseYaml): EditOutcome {
  return editFrontmatter(text, editsFor(action, settings), parse);
}

/** The action that marks an item done, dated `today` (YYYY-MM-DD); none for asking for contacts. */
export function doneAction(item: DueItem, today: string): RecordAction | undefined {
  switch (item.kind) {
    case "ask-contacts":
      return undefined;
    case "thank-you":
      return item.person === undefined ? { kind: "thank-you", date: today, company: item.company } : { kind: "thank-you", date: today, person: item.person };
    case "debrief":
      return { kind: "debrief", date: today };
    case "inform-references":
      return { kind: "inform-references", date: today };
    case "follow-up":
      return { kind: "follow-up", attempt: item.attempt ?? 1, date: today };
    case "move-on":
      return { kind: "move-on" };
  }
}

/** What edits write, in one line: `follow_up_1: 2026-03-12; thanked: + Tom Becker`. */
export function describeEdits(edits: readonly FrontmatterEdit[]): string {
  return edits
    .map((e) => (e.op === "append" ? `${e.key}: + ${e.value}` : e.op === "remove" ? `${e.key} removed` : `${e.key}: ${e.value}`))
    .join("; ");
}
