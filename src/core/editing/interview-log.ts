import type { RecordAction } from "../follow-ups/items";

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
