import { actionProblem } from "./action-checks";
import { assertNever } from "../lib/assert-never";
import { COLUMN_TITLES } from "../follow-ups/board";
import { dayAndMonth } from "../follow-ups/describe";
import { isStepKind, KINDS } from "../follow-ups/kinds";
import { FIELDS } from "../settings/fields";
import type { RecordAction } from "../follow-ups/items";
import { readProperties } from "../notes/read-properties";
import { editFrontmatter, type EditOutcome, type FrontmatterEdit } from "./frontmatter-edit";
import type { ParseYaml } from "../notes/read-properties";
import { parsePerson, peopleEntries, samePerson } from "../notes/people";
import { asText, keyInAnyCase, propertyInAnyCase } from "../notes/values";
import { archiveEarlierRound, interviewEdits, nextRoundEdits } from "./rounds";
import { isInterviewNote, KeyLookup, readInterviewNote, type InterviewNote } from "../notes/schema";
import { isTemplateFrontmatter, isTemplateText } from "../notes/note-roles";
import { isStockStatus, statusFor, vaultSpelling } from "../settings/status-words";
import { columnWord } from "./choices";
import type { Settings, StatusClass } from "../settings/settings";
import { withoutWordless } from "./wordless";
import { isMeetingNote, meetingSettings, meetingsOn } from "../notes/meetings";

/** The status "move on" writes. */
export function closedStatus(settings: Settings): string {
  return statusFor("closed", settings);
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
      // An entry may hold several people typed as one string: `Jane Doe, Tom Becker`.
      const matches = (e: string) => peopleEntries([e]).entries.some((p) => samePerson(parsePerson(p), person));
      return [{ op: "append", key: k.thanked, value: action.person, matches }, when];
    }
    case "step":
      return [{ op: "set-if-empty", key: k[action.field], value: action.date }];
    case "follow-up":
      return [{ op: "set-if-empty", key: action.attempt === 1 ? k.followUp1 : k.followUp2, value: action.date }];
    case "reply": {
      const edits: FrontmatterEdit[] = [{ op: "set-if-empty", key: k.replied, value: action.date }];
      if (action.status !== undefined && action.status.trim() !== "")
        edits.push({ op: "set", key: k.status, value: vaultSpelling(action.status, settings) });
      return edits;
    }
    case "move-on":
      return [{ op: "set", key: k.status, value: closedStatus(settings) }];
    case "move": {
      const edits: FrontmatterEdit[] = [{ op: "set", key: k.status, value: columnWord(action.to, settings) }];
      // An offer is the employer's answer: the day it came is the reply's, unless one is recorded.
      if (action.to === "offer") edits.push({ op: "set-if-empty", key: k.replied, value: action.date });
      return edits;
    }
    case "snooze":
      return [{ op: "set", key: k.snoozeUntil, value: action.until }];
    case "next-round":
    case "interview":
      // Worked out from the note's own text: see planAction.
      return [];
  }
}

/** Steps of a round: recording one for a new round first moves the earlier round's records aside. */
function isRoundStep(action: RecordAction): boolean {
  switch (action.kind) {
    case "step":
      return FIELDS[action.field].round;
    case "thank-you":
    case "follow-up":
    case "reply":
      return true;
    case "move-on":
    case "move":
    case "snooze":
    case "next-round":
    case "interview":
      return false;
    default:
      return assertNever(action);
  }
}

/** The note as its text reads now (what the edits apply to, not what an index saw a moment ago). */
export function readNoteText(
  file: string,
  text: string,
  settings: Settings,
  parse: ParseYaml,
): { frontmatter: Record<string, unknown>; note: InterviewNote; lookup: KeyLookup; valid: boolean } {
  const lookup = new KeyLookup(settings);
  const read = readProperties(file, text, parse);
  // Unreadable properties read as none: the edit refuses them itself, with their line.
  const frontmatter = read.kind === "ok" ? read.data : {};
  const valid = read.kind !== "error";
  return { frontmatter, note: readInterviewNote(file, frontmatter, lookup).note, lookup, valid };
}

export type RecordOutcome =
  { status: "changed"; text: string; summary: string; sentence: string } | Exclude<EditOutcome, { status: "changed" }>;

/**
 * Why recording `action` in this text would leave a note that `check` reports (see
 * action-checks.ts); undefined when it would not, or when the YAML is invalid (the edit
 * refuses that itself, with its line). Every host asks this before writing.
 */
export function problemInText(
  path: string,
  text: string,
  action: RecordAction,
  settings: Settings,
  parse: ParseYaml,
): string | undefined {
  const own = settingsOf(path, text, settings, parse);
  const { frontmatter, note, lookup, valid } = readNoteText(path, text, own, parse);
  const template = isTemplateText(text) || isTemplateFrontmatter(frontmatter);
  if (template) return actionProblem(note, action, own, false, true);
  if (!valid) return undefined;
  return actionProblem(note, action, own, own !== settings || isInterviewNote(path, frontmatter, lookup));
}

/**
 * The settings a note is written with: an interview kept as a note of its own has its own names
 * for its date and people (see notes/meetings.ts); every other note, the settings as they are.
 */
export function settingsOf(path: string, text: string, settings: Settings, parse: ParseYaml): Settings {
  if (!meetingsOn(settings)) return settings;
  const read = readProperties(path, text, parse);
  return read.kind === "ok" && isMeetingNote(path, read.data, settings) ? meetingSettings(settings) : settings;
}

/** The edits an action makes on this text, and what to tell the user. */
export function planAction(
  text: string,
  action: RecordAction,
  settings: Settings,
  parse: ParseYaml,
): { edits: FrontmatterEdit[]; summary: string; sentence: string } {
  const { frontmatter, note, lookup } = readNoteText("", text, settings, parse);
  const sentence = recordSentence(action, note.company, note.role);
  if (action.kind === "interview") {
    const edits = keepTheirWord(interviewEdits(frontmatter, note, lookup, action), action, note, lookup);
    return { edits, summary: describeEdits(edits.filter((e) => e.op !== "remove")), sentence };
  }
  if (action.kind === "next-round") {
    const edits = keepTheirWord(nextRoundEdits(frontmatter, note, lookup, action.next), action, note, lookup);
    const set = edits.filter((e) => e.op === "set");
    return {
      edits,
      summary: `${describeEdits(set)} (the round before it is kept in ${settings.keys.rounds})`,
      sentence,
    };
  }
  const own = asCheckboxes(keepTheirWord(editsFor(action, settings), action, note, lookup), frontmatter);
  const archive = isRoundStep(action) ? archiveEarlierRound(note, lookup) : [];
  const moved =
    archive.length > 0
      ? ` (the earlier round's ${note.earlier.map((r) => r.key).join(", ")} moved to ${settings.keys.rounds})`
      : "";
  const movedSentence = archive.length > 0 ? ` The earlier round's records are kept in ${settings.keys.rounds}.` : "";
  return {
    edits: [...archive, ...own],
    summary: `${describeEdits(own)}${moved}`,
    sentence: `${sentence}${movedSentence}`,
  };
}

/**
 * A status the tool implies (close, the next round, a logged interview) is not written where the
 * note's status already says that class in the vault's own word (Discarded, 一次面接完了): it
 * means more than ours. One of the stock words (`next round` becoming `scheduled`) is the tool's
 * to move on; a status the user typed (a reply's) is theirs to write.
 */
function keepTheirWord(
  edits: FrontmatterEdit[],
  action: RecordAction,
  note: InterviewNote,
  lookup: KeyLookup,
): FrontmatterEdit[] {
  if (note.statusClass === undefined || action.kind === "reply" || isStockStatus(note.statusText)) return edits;
  const key = lookup.settings.keys.status.toLowerCase();
  return edits.filter(
    (e) => !(e.op === "set" && e.key.toLowerCase() === key && lookup.classOf(e.value) === note.statusClass),
  );
}

/**
 * A step the vault keeps as a checkbox (`debrief_done: false`, `Dankesmail: false`) is ticked
 * instead of given a date or a list beside it; the date that goes with a ticked thank-you is
 * not added where the note has no property for it.
 */
function asCheckboxes(edits: FrontmatterEdit[], frontmatter: Record<string, unknown>): FrontmatterEdit[] {
  const isBox = (key: string) => typeof propertyInAnyCase(frontmatter, key) === "boolean";
  if (!edits.some((e) => e.op !== "remove" && isBox(e.key))) return edits;
  const out: FrontmatterEdit[] = [];
  let ticked = false;
  for (const e of edits) {
    if ((e.op === "set" || e.op === "set-if-empty" || e.op === "append") && isBox(e.key)) {
      out.push({ op: "tick", key: keyInAnyCase(frontmatter, e.key) ?? e.key });
      ticked = true;
    } else if (e.op === "set" && e.withPrevious && ticked && propertyInAnyCase(frontmatter, e.key) === undefined)
      continue;
    else out.push(e);
  }
  return out;
}

/**
 * Applies an action to a note's text; `parse` is the YAML parser that proves the edit. `path`
 * tells an interview's own note by its folder (its tag tells it without).
 */
export function recordAction(
  text: string,
  action: RecordAction,
  given: Settings,
  parse: ParseYaml,
  path = "",
): RecordOutcome {
  const settings = settingsOf(path, text, given, parse);
  const already = alreadyThere(text, action, settings, parse);
  if (already) return { status: "unchanged", reason: already };
  const plan = planAction(text, action, settings, parse);
  const { edits, kept, dropped, refused } = withoutWordless(plan.edits, new KeyLookup(settings));
  if (refused) return { status: "refused", message: refused };
  if (kept && edits.length === 0) return { status: "unchanged", reason: keptSentence(text, kept, settings, parse) };
  const said = plan.summary.split("; ").filter((part) => part !== dropped);
  const summary = (kept ? [...said, keptSentence(text, kept, settings, parse)] : said).join("; ");
  const outcome = editFrontmatter(text, edits, parse);
  return outcome.status === "changed"
    ? { ...outcome, summary: summary.replace(/^; /, ""), sentence: plan.sentence }
    : outcome;
}

/**
 * Why closing or moving would change nothing but the user's word: closing a closed application
 * would swap `Rejected` for ours, moving to the column the note is in would swap `Final Round`.
 */
function alreadyThere(text: string, action: RecordAction, settings: Settings, parse: ParseYaml): string | undefined {
  if (action.kind !== "move-on" && action.kind !== "move") return undefined;
  const to = action.kind === "move" ? action.to : "closed";
  const { note, frontmatter, lookup } = readNoteText("", text, settings, parse);
  if (note.unplaced || note.phase !== to) return undefined;
  const said = `${lookup.keyOf(frontmatter, "status")}: ${asText(lookup.get(frontmatter, "status")) ?? note.status}`;
  return to === "closed" ? `it is already closed (${said})` : `it is already in ${COLUMN_TITLES[to]} (${said})`;
}

/** What a write kept, in a vault with no word for the class it would have set. */
function keptSentence(text: string, cls: StatusClass, settings: Settings, parse: ParseYaml): string {
  const { note, frontmatter, lookup } = readNoteText("", text, settings, parse);
  const key = lookup.keyOf(frontmatter, "status");
  const field = cls === "interviewing" ? "interviewDate" : "appliedOn";
  const says = cls === "considering" ? "" : `, so its ${lookup.keyOf(frontmatter, field)} says it`;
  return `${key} kept as ${note.statusText || "it was"}: your vault has no word for ${cls}${says}`;
}

/**
 * What was recorded, as a sentence for a notice ("Recorded Initech's reply on 12 March: next
 * round."). `where` names the application: company, and role when there is one.
 */
export function recordSentence(action: RecordAction, company: string, role: string): string {
  const where = role ? `${company} · ${role}` : company;
  switch (action.kind) {
    case "thank-you":
      return `Recorded your thank-you to ${action.person ?? company}, sent ${dayAndMonth(action.date)}.`;
    case "step":
      return isStepKind(action.of)
        ? KINDS[action.of].done.recorded(company, dayAndMonth(action.date))
        : `Recorded ${FIELDS[action.field].label.toLowerCase()} for ${where}: ${dayAndMonth(action.date)}.`;
    case "follow-up":
      return `Recorded follow-up ${action.attempt} of 2 to ${company}, sent ${dayAndMonth(action.date)}.`;
    case "reply":
      return `Recorded ${company}'s reply on ${dayAndMonth(action.date)}${action.status ? `: ${action.status}` : ""}.`;
    case "move-on":
      return `Closed ${where}: nothing more is due.`;
    case "move":
      return `Moved ${where} to ${COLUMN_TITLES[action.to]}.`;
    case "snooze":
      return `Snoozed ${where} until ${dayAndMonth(action.until)}.`;
    case "next-round":
      return `${where}: the next round is on ${dayAndMonth(action.next.interview)}; the round before is kept in the note's rounds.`;
    case "interview":
      return `Logged your ${where} interview on ${dayAndMonth(action.interview)}${action.people.length > 0 ? ` with ${action.people.map((p) => parsePerson(p).name).join(", ")}` : ""}.`;
    default:
      return assertNever(action);
  }
}

/** What edits write, in one line: `follow_up_1: 2026-03-12; thanked: + Tom Becker`. */
export function describeEdits(edits: readonly FrontmatterEdit[]): string {
  return edits
    .map((e) =>
      e.op === "append"
        ? `${e.key}: + ${e.value}`
        : e.op === "remove"
          ? `${e.key} removed`
          : e.op === "tick"
            ? `${e.key}: ticked`
            : `${e.key}: ${e.value}`,
    )
    .join("; ");
}
