import type { InterviewNote } from "../notes/schema";
import { thankYouDrafts, type Draft, type DraftContext } from "./drafts";

/** How a host lets the drafts read notes: their text, and where a link leads. */
export interface NoteTexts {
  /** A note's whole text; "" when it is not there. */
  read(path: string): Promise<string>;
  /** The path of the note a link points at, seen from `from`. */
  resolve(linkTarget: string, from: string): string | undefined;
}

export interface ThankYouDraftSet {
  title: string;
  drafts: Draft[];
  /** How many to show at first: one when a person was asked for (the rest a click away), else all. */
  shown: number;
}

/**
 * The thank-you drafts of a note as every host shows them: with what the debrief says was talked
 * about and the company's news (the interview note's own "Company news", else the company note's
 * when `company` links it: article 003), and with `person` (Draft on that person's item) theirs first.
 */
export async function thankYouDraftSet(
  note: InterviewNote,
  texts: NoteTexts,
  ctx: DraftContext,
  person?: string,
): Promise<ThankYouDraftSet> {
  const companyNote = note.companyLink ? texts.resolve(note.companyLink, note.file) : undefined;
  const body = await texts.read(note.file);
  const companyBody = companyNote === undefined ? "" : await texts.read(companyNote);
  const all = thankYouDrafts(note, { body, companyBody }, ctx);
  const mine = person === undefined ? -1 : all.findIndex((d) => d.person?.toLowerCase() === person.toLowerCase());
  if (mine < 0) return { title: `Thank-you notes: ${note.company}`, drafts: all, shown: all.length };
  return {
    title: `Thank-you note to ${person ?? ""}: ${note.company}`,
    drafts: [all[mine] as Draft, ...all.filter((_, i) => i !== mine)],
    shown: 1,
  };
}
