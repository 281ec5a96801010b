import type { RecordAction } from "../follow-ups/items";
import { formatWhen } from "../lib/time";
import type { InterviewNote } from "../notes/schema";

/**
 * Log an interview, as every host reads what the user typed: people separated by `;` or new
 * lines (a comma may sit inside `Doe, Jane`), a stage only when one was written.
 */
export function loggedInterview(
  interview: string,
  peopleTyped: string,
  stage = "",
): Extract<RecordAction, { kind: "interview" }> {
  const people = peopleTyped
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter(Boolean);
  return { kind: "interview", interview, people, ...(stage.trim() !== "" ? { stage: stage.trim() } : {}) };
}

/**
 * What a Log an interview form starts with: the note's interview (its day, and its time when it
 * has one), the people it lists and its stage, so that what the user leaves is written as it was;
 * `today` when the note has no interview yet.
 */
export function interviewFormValues(
  note: InterviewNote,
  today: string,
): { date: string; time: string; people: string; stage: string } {
  const when = note.interview ? formatWhen(note.interview) : today;
  return {
    date: when.slice(0, 10),
    time: note.interview?.hasTime ? when.slice(11, 16) : "",
    people: note.interviewers.map((p) => p.raw).join("; "),
    stage: note.stage,
  };
}
