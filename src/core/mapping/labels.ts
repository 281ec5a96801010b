import { FIELD_NAMES, FIELDS, type KeyField } from "../settings/fields";
import type { StatusClass } from "../settings/settings";

/** What each field and each class of status is called where people see them: the settings tab and the review. */
export const FIELD_LABELS: Record<KeyField, string> = Object.fromEntries(
  FIELD_NAMES.map((f) => [f, FIELDS[f].label]),
) as Record<KeyField, string>;

export const STATUS_CLASS_LABELS: Record<StatusClass, [string, string]> = {
  considering: ["Considering", "Not applied yet: counted nowhere, no reminders."],
  applied: ["Applied", "Applied, no interview yet: an active application; follow-ups on the application only."],
  interviewing: ["Interviewing", "Interviews under way: thank-yous, debrief, references and follow-ups."],
  offer: ["Offer", "Counted as offers; the follow-ups stop."],
  closed: ["Closed", "Rejected, withdrawn, decided against or accepted: nothing more is due."],
};
