import { nameInEnglish } from "./name-languages";
import type { KeyField } from "../settings/fields";

/**
 * The words suggest-config reads: which class a status value belongs to, and which field a
 * property name stands for. Kept apart so the table tests can walk them value by value.
 */

/** ` follow up reminder date ` for `Follow-Up-Reminder-Date`: words between spaces. */
export function words(key: string): string {
  return ` ${nameInEnglish(key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase())
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

export type NamedField = { field?: KeyField; score: number } | { doubt: string };

const NAME_RULES: readonly [KeyField, (w: string) => boolean][] = [
  ["appliedOn", (w) => /\b(applied|application date|date applied|submitted)\b/.test(w) && !/\bfollow\b/.test(w)],
  [
    "interviewDate",
    (w) => (/\binterview(ed)?\b/.test(w) && /\b(date|on|at|when|time|day)\b/.test(w)) || w === " interview ",
  ],
  [
    "followUpOn",
    (w) => (/\bfollow\b/.test(w) && /\b(remind|reminder|next|due|on)\b/.test(w)) || /^ follow ?ups? $/.test(w),
  ],
  ["followUp1", (w) => (/\bfollow\b/.test(w) && /\b(1|first)\b/.test(w)) || /\bfollowed up\b/.test(w)],
  ["followUp2", (w) => /\bfollow\b/.test(w) && /\b(2|second)\b/.test(w)],
  ["decisionBy", (w) => /\b(decision|deadline|decide)\b/.test(w)],
  ["replied", (w) => /\b(replied|reply|response|heard)\b/.test(w)],
  ["debriefed", (w) => /\bdebrief(ed)?\b/.test(w)],
  ["referencesInformed", (w) => /\breferences?\b/.test(w) && /\b(informed|told|notified)\b/.test(w)],
  ["snoozeUntil", (w) => /\bsnooze\b/.test(w)],
  ["thankedOn", (w) => /\b(thanked|thank|thanks|thank you)\b/.test(w) && /\b(date|on|when)\b/.test(w)],
  ["thanked", (w) => /\b(thanked|thank|thanks|thank yous)\b/.test(w)],
  ["references", (w) => /\breferences?\b/.test(w)],
  [
    "interviewers",
    (w) =>
      /\b(contacts?|interviewers?|people|who|panel|recruiters?|hiring manager)\b/.test(w) &&
      !/\b(email|e mail|phone|method|strength|role|type|preference|preferences)\b/.test(w),
  ],
  ["company", (w) => /\b(company|employer|organisation|organization|org)\b/.test(w)],
  ["role", (w) => /\b(role|position|title|job)\b/.test(w) && !/\b(type|url|link|id|board|site)\b/.test(w)],
  ["stage", (w) => /\b(round|interview stage|interview type)\b/.test(w)],
  ["contactPreference", (w) => /\b(preference|prefers|channel|contact method)\b/.test(w)],
];

/** Which field a property name stands for; a doubt where it could be more than one. */
export function fieldForName(key: string): NamedField {
  const w = words(key);
  if (w === " date " || w === " when ")
    return {
      doubt:
        "it could be the applied date or the interview date; rename it (Applied-Date or Interview-Date) or map it yourself",
    };
  if (/\bfollow\b/.test(w) && w.includes(" date ") && !/\b(remind|reminder|next|due|on|1|2|first|second)\b/.test(w)) {
    return {
      doubt:
        "it could be when you followed up or when to follow up; map it yourself (follow_up_1, or follow_up_on for a reminder)",
    };
  }
  for (const [field, test] of NAME_RULES) if (test(w)) return { field, score: 3 };
  return { score: 0 };
}
