import type { KeyField, StatusClass } from "../settings/settings";

/** What each field and each class of status is called where people see them: the settings tab and the review. */
export const FIELD_LABELS: Record<KeyField, string> = {
  type: "Note type",
  company: "Company",
  role: "Role",
  stage: "Stage",
  interviewDate: "Interview date",
  interviewers: "Interviewers",
  contactPreference: "Contact preference",
  decisionBy: "Decision by",
  thanked: "Thanked",
  thankedOn: "Thanked on",
  debriefed: "Debriefed",
  references: "References",
  referencesInformed: "References informed",
  followUp1: "Follow-up 1",
  followUp2: "Follow-up 2",
  followUpOn: "Follow up on",
  replied: "Replied",
  status: "Status",
  snoozeUntil: "Snooze until",
  appliedOn: "Applied on",
  rounds: "Earlier rounds",
};

export const STATUS_CLASS_LABELS: Record<StatusClass, [string, string]> = {
  considering: ["Considering", "Not applied yet: counted nowhere, no reminders."],
  applied: ["Applied", "Applied, no interview yet: an active application; follow-ups on the application only."],
  interviewing: ["Interviewing", "Interviews under way: thank-yous, debrief, references and follow-ups."],
  offer: ["Offer", "Counted as offers; the follow-ups stop."],
  closed: ["Closed", "Rejected, withdrawn, decided against or accepted: nothing more is due."],
};
