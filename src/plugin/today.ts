import { formatDate, wallClockOf } from "../core/lib/time";

/** Today's date as notes write it, in the device's time zone. */
export function todayOf(now: Date): string {
  return formatDate(wallClockOf(now));
}
