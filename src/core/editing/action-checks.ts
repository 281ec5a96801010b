import type { RecordAction } from "../follow-ups/items";
import { isStockStatus, normaliseStatus } from "../settings/status-words";
import { parsePerson, samePerson } from "../notes/people";
import type { InterviewNote } from "../notes/schema";
import { STATUS_CLASSES, type Settings } from "../settings/settings";
import { underFolder } from "../lib/paths";
import { dayOf, formatWhen, parseWhen } from "../lib/time";

/**
 * A write that `check` would then report is refused before it is made, with the choices that
 * would be valid; the CLI's --force (and a second click in the plugin) writes it anyway.
 */

/** Statuses a reply can set, every class but "considering" (a reply means you applied). */
export function replyStatuses(settings: Settings): string[] {
  return STATUS_CLASSES.filter((c) => c !== "considering").flatMap((c) => settings.statuses[c]);
}

/**
 * The statuses to offer a user for a reply, in the vault's own words: of each class, the words
 * that are not the defaults (a mapping lists the vault's words first and keeps the defaults
 * after them, so a note with either is read); a class the vault has no word for offers its own.
 */
export function ownReplyStatuses(settings: Settings): string[] {
  return STATUS_CLASSES.filter((c) => c !== "considering").flatMap((c) => {
    const own = settings.statuses[c].filter((s) => !isStockStatus(s));
    return own.length > 0 ? own : settings.statuses[c];
  });
}

/** Why a note is not read as an application, in the terms of the vault's settings. */
function whyNotJobNote(note: InterviewNote, settings: Settings): string {
  const k = settings.keys;
  const excluded = settings.excludeFolders.find((f) => underFolder(note.file, f));
  if (excluded !== undefined) return `it is in "${excluded}/", which the settings leave out`;
  const folders = settings.interviewFolders;
  if (folders.length > 0) {
    const inside = folders.some((f) => underFolder(note.file, f));
    if (inside && settings.needsStatus && note.statusText === "")
      return `it has no ${k.status}, which the application notes in ${folders.map((f) => `"${f}/"`).join(", ")} have`;
    if (!inside) return `the application notes are the ones in ${folders.map((f) => `"${f}/"`).join(", ")}`;
  }
  return `it has no ${k.type}: ${settings.typeValue}, which the application notes have`;
}

function dateOf(action: RecordAction): string | undefined {
  // A move is dated for an offer's reply only: it may come before a scheduled interview (a withdrawal).
  if (action.kind === "move") return undefined;
  if ("date" in action) return action.date;
  return action.kind === "next-round"
    ? action.next.interview
    : action.kind === "interview"
      ? action.interview
      : undefined;
}

/** Why this action would leave the note in a state `check` reports, or undefined when it would not. */
export function actionProblem(
  note: InterviewNote,
  action: RecordAction,
  settings: Settings,
  isJobNote: boolean,
  isTemplate = false,
): string | undefined {
  const k = settings.keys;
  if (isTemplate) {
    return `${note.file} is a template (it has placeholders): nothing is recorded in a template; create a note from it first`;
  }
  if (!isJobNote) {
    return `${note.file} is not read as an application note: ${whyNotJobNote(note, settings)}`;
  }
  if (action.kind === "thank-you" && action.person !== undefined && note.interviewers.length > 0) {
    const wanted = parsePerson(action.person);
    if (!note.interviewers.some((p) => samePerson(p, wanted))) {
      return `"${action.person}" is not among the ${k.interviewers}: ${note.interviewers.map((p) => p.name).join(", ")}`;
    }
  }
  if (action.kind === "follow-up" && action.attempt === 2 && !note.followUp1) {
    return `${k.followUp2} without ${k.followUp1}: record the first follow-up first`;
  }
  if (action.kind === "reply" && action.status) {
    const status = normaliseStatus(action.status);
    if (!replyStatuses(settings).some((s) => normaliseStatus(s) === status)) {
      return `"${action.status}" is in no class of statuses; use one of: ${ownReplyStatuses(settings).join(", ")} (or add it to a class in the settings)`;
    }
    const closedWord = settings.statuses.closed.some((s) => normaliseStatus(s) === status);
    if (closedWord && note.statusClass === "closed" && normaliseStatus(note.statusText) !== status) {
      return `${k.status} is already closed (${note.statusText}): "${action.status}" would replace your word; force it to write it anyway`;
    }
  }
  if (action.kind === "move" && note.statusClass === "closed" && action.to !== "closed") {
    return `${k.status} is closed (${note.statusText}): moving it back would replace your word, for an application that has ended`;
  }
  if (action.kind === "interview" && (note.statusClass === "closed" || note.statusClass === "offer")) {
    return `${k.status} is ${note.status} (${note.statusClass}): set it to where the application stands first`;
  }
  const date = dateOf(action);
  const when = date === undefined ? undefined : parseWhen(date);
  const interview = note.interview;
  // Logging an interview on the day of the one the note has is the same interview, written again.
  const nextRound =
    action.kind === "next-round" || (action.kind === "interview" && dayOf(when?.at ?? 0) !== dayOf(interview?.at ?? 0));
  if (when && interview && note.phase === "interviewing") {
    if (nextRound && when.at <= interview.at) {
      return `the next round's date ${date} is not after this round's interview (${formatWhen(interview)})`;
    }
    if (!nextRound && action.kind !== "interview" && dayOf(when.at) < dayOf(interview.at)) {
      return `${date} is before the interview (${formatWhen(interview)}), so it would count for an earlier round`;
    }
  }
  return undefined;
}
