import { replyStatuses } from "./action-checks";
import { isRejection, isStockStatus, normaliseStatus, statusFor } from "../settings/status-words";
import type { Settings, StatusClass } from "../settings/settings";

/**
 * The choices every host offers for a reply and a snooze, from one table: the plugin's modal and
 * menu, VS Code's quick picks. A reply is written in the vault's own words.
 */

export interface ReplyOption {
  id: "next-round" | "offer" | "rejected";
  label: string;
  /** The status written. */
  status: string;
}

/** A listed status that reads as `word`, in the vault's spelling (`❌ Rejected` for rejected). */
function listed(word: string, cls: StatusClass, settings: Settings): string | undefined {
  return settings.statuses[cls].find((s) => normaliseStatus(s) === word);
}

/**
 * The word a move to a board's column writes: the vault's own (`writeStatuses`), else the class's
 * own name where the vault lists it (`interviewing`, not the first word listed, `scheduled`).
 */
export function columnWord(cls: StatusClass, settings: Settings): string {
  return settings.writeStatuses[cls].trim() || listed(cls, cls, settings) || statusFor(cls, settings);
}

/** What a reply can say, each as the status it writes. */
export function replyOptions(settings: Settings): ReplyOption[] {
  const own = settings.writeStatuses;
  return [
    {
      id: "next-round",
      label: "Next round",
      status: own.interviewing || listed("next round", "interviewing", settings) || statusFor("interviewing", settings),
    },
    {
      id: "offer",
      label: "Offer",
      status: own.offer || listed("offer", "offer", settings) || statusFor("offer", settings),
    },
    // The vault's own word for a refusal (Denied, Absage), else its closed word (its dashboards
    // filter on it), else `rejected` where listed.
    {
      id: "rejected",
      label: "Rejected",
      status:
        settings.statuses.closed.find((s) => isRejection(s) && !isStockStatus(s)) ||
        own.closed ||
        listed("rejected", "closed", settings) ||
        statusFor("closed", settings),
    },
  ];
}

/** Every status a reply may set, the three above first: a reply means you applied (no considering). */
export function replyStatusChoices(settings: Settings): string[] {
  return [...new Set([...replyOptions(settings).map((o) => o.status), ...replyStatuses(settings)])];
}

/** How long a snooze hides a note's items. */
export const SNOOZE_CHOICES: readonly { label: string; days: number }[] = [
  { label: "1 day", days: 1 },
  { label: "3 days", days: 3 },
  { label: "1 week", days: 7 },
  { label: "2 weeks", days: 14 },
];
