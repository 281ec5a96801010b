import type { Meeting } from "./meetings";
import type { InterviewNote } from "./schema";
import type { Problem } from "./problem";

/**
 * A note as the follow-ups receive it: an application's note as read, an interview's own note
 * (attached to its application by follow-ups/attach.ts), or only problems when it could not be read.
 */
export interface NoteEntry {
  note?: InterviewNote;
  meeting?: Meeting;
  problems: readonly Problem[];
}
