import type { FrontmatterEdit } from "./frontmatter-edit";
import type { KeyLookup } from "../notes/schema";
import { isStockStatus } from "../settings/status-words";
import type { StatusClass } from "../settings/settings";

/**
 * A status the tool would write in a class the vault has no word for (`noWordFor`, from the
 * lists its dashboards and fields allow): one of our stock words would drop the note out of the
 * owner's own tables. For applied and interviewing the note keeps its status and the step stays
 * in its own property (the interview date says it: see `datesSayInterviewing`); an offer or
 * closing has no such property, so the write asks for the vault's word instead. A word the user
 * typed, or one of the vault's, is written as it is.
 */
export function withoutWordless(
  edits: FrontmatterEdit[],
  lookup: KeyLookup,
): { edits: FrontmatterEdit[]; kept?: StatusClass; dropped?: string; refused?: string } {
  const s = lookup.settings;
  if (s.noWordFor.length === 0) return { edits };
  const key = s.keys.status.toLowerCase();
  let kept: StatusClass | undefined;
  let dropped: string | undefined;
  let refused: string | undefined;
  const out = edits.filter((e) => {
    if (e.op !== "set" || e.key.toLowerCase() !== key) return true;
    const cls = lookup.classOf(e.value.toLowerCase());
    if (!cls || !s.noWordFor.includes(cls) || !isStockStatus(e.value)) return true;
    if (cls === "offer" || cls === "closed")
      refused =
        `your vault has no word for ${cls === "offer" ? "an offer" : "a closed application"} (noWordFor in the ` +
        `settings): write yours (job-journal reply --status <word>) or add one to statuses.${cls}`;
    else {
      kept = cls;
      dropped = `${e.key}: ${e.value}`;
    }
    return false;
  });
  return { edits: out, kept, dropped, refused };
}
