import { describeItem, plural } from "./describe";
import type { DueItem } from "./items";

/**
 * The once-a-day nudge, for someone who does not open the sidebar: what is to do today (due or
 * overdue), the first two by name. Nothing when nothing is; a thank-you still in its window
 * tomorrow is not today's.
 */
export function nudgeText(items: readonly DueItem[]): string | undefined {
  const today = items.filter((i) => i.state === "overdue" || i.state === "due");
  if (today.length === 0) return undefined;
  const named = today.slice(0, 2).map((i) => {
    const sentence = describeItem(i);
    return sentence.charAt(0).toLowerCase() + sentence.slice(1);
  });
  const more = today.length > 2 ? `, and ${today.length - 2} more` : "";
  return `${plural(today.length, "follow-up")} to do today: ${named.join("; ")}${more}.`;
}

/** Whether to nudge now: it is on, and today has had no nudge yet (`nudgedOn` is the day of the last). */
export function nudgeDue(on: boolean, nudgedOn: string, today: string): boolean {
  return on && nudgedOn !== today;
}
