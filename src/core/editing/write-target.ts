import type { RecordAction } from "../follow-ups/items";
import type { InterviewNote } from "../notes/schema";
import type { StepField } from "../settings/fields";

/** The steps of the interview itself, kept with it; a follow-up or a reply is the application's. */
const INTERVIEW_STEPS: readonly StepField[] = ["debriefed", "referencesInformed"];

/**
 * The note an action is written to: an interview kept as a note of its own holds its thank-yous,
 * debrief and references told; the application's note holds the rest (its status, follow-ups,
 * reply, snooze). `path` is the application's note.
 */
export function writeTarget(note: InterviewNote | undefined, path: string, action: RecordAction): string {
  const meeting = note?.meetingFile;
  if (meeting === undefined) return path;
  if (action.kind === "thank-you") return meeting;
  if (action.kind === "step" && INTERVIEW_STEPS.includes(action.field)) return meeting;
  return path;
}
