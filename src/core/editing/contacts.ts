import type { FrontmatterEdit } from "./frontmatter-edit";
import { emailFor, type PeopleDirectory } from "../follow-ups/engine";
import { isEmail, type Person } from "../notes/people";
import type { InterviewNote } from "../notes/schema";
import type { Settings } from "../settings/settings";

/**
 * "Add emails" before an interview, the same in every host: who has no email on file, and where
 * each email goes, which is where the journal reads it from: the person note for an interviewer
 * written as a link (its email property, only while empty), else the interviewer's entry in the
 * interview note (`Rachael Rosen` becomes `Rachael Rosen <rachael@tyrell.example>`).
 */

export function withoutEmail(note: InterviewNote, people: PeopleDirectory): Person[] {
  return note.interviewers.filter((p) => !emailFor(p, note.file, people));
}

/** Why a typed email cannot be recorded; undefined when it can (an empty answer skips the person). */
export function emailProblem(typed: string): string | undefined {
  const email = typed.trim();
  return email === "" || isEmail(email) ? undefined : "An email address, like name@company.com";
}

/** The note to write and its edit; `personNote` is the path a linked interviewer's link resolves to. */
export function emailEdit(
  note: InterviewNote,
  person: Person,
  email: string,
  settings: Settings,
  personNote: string | undefined,
): { path: string; edits: FrontmatterEdit[] } {
  if (personNote !== undefined)
    return { path: personNote, edits: [{ op: "set-if-empty", key: settings.personEmailKey, value: email.trim() }] };
  return {
    path: note.file,
    edits: [
      {
        op: "replace-text",
        key: settings.keys.interviewers,
        find: person.raw,
        value: `${person.raw} <${email.trim()}>`,
      },
    ],
  };
}

export const allHaveEmails = (note: InterviewNote): string =>
  `Every interviewer at ${note.company} has an email on file.`;
export const emailsRecorded = (names: readonly string[], note: InterviewNote): string =>
  `Recorded the email of ${names.join(", ")} (${note.company}).`;
