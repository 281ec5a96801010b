import type { FrontmatterEdit } from "../editing/frontmatter-edit";
import type { Settings, StatusClass } from "../settings/settings";
import { STATUS_CLASSES } from "../settings/settings";

/**
 * A row about an application that has a note already fills in what the note lacks: its applied
 * date, its posting, and a status further on than the note's (a posting clipped first, then
 * applied to, as LinkedIn's export says). Nothing the note has is overwritten: each date and
 * address only where the note has none, the status only forward (a closed note stays closed,
 * a status in no class is the owner's), and the vault's own words and names throughout.
 */

/** What the import knows of a note it may complete. */
export interface NoteToComplete {
  /** The status as written, "" when none; its class, when it has one. */
  status: string;
  cls?: StatusClass;
  hasAppliedOn: boolean;
  hasUrl: boolean;
}

export interface RowFacts {
  appliedOn?: string;
  postingUrl?: string;
  cls: StatusClass;
  /** The status the row's note would get, in the vault's word. */
  status: string;
}

const rank = (cls: StatusClass): number => STATUS_CLASSES.indexOf(cls);

/** The edits that complete the note, in the vault's property names; none when it lacks nothing. */
export function completion(note: NoteToComplete, row: RowFacts, settings: Settings): FrontmatterEdit[] {
  const k = settings.keys;
  const edits: FrontmatterEdit[] = [];
  if (row.appliedOn && !note.hasAppliedOn) edits.push({ op: "set-if-empty", key: k.appliedOn, value: row.appliedOn });
  if (row.postingUrl && !note.hasUrl) edits.push({ op: "set-if-empty", key: k.postingUrl, value: row.postingUrl });
  const forward = note.status === "" || (note.cls !== undefined && rank(row.cls) > rank(note.cls));
  if (forward && row.status !== "") edits.push({ op: "set", key: k.status, value: row.status });
  return edits;
}
