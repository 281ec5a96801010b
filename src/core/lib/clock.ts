import { formatDate, wallClockOf, type WallTime } from "./time";

/**
 * The one conversion from a clock reading to what the core reasons in. A host makes it once
 * from its reader (the device's clock in the app, a fixed instant in tests and `--now`) and hands it
 * around; the core never reads a clock and takes the wall time or the day from its caller.
 */
export interface Clock {
  /** The instant, for what stamps a moment: a calendar file's DTSTAMP. */
  instant(): Date;
  /** Wall-clock minutes in the device's time zone, as the rules reason. */
  wall(): WallTime;
  /** Today as notes write it (YYYY-MM-DD), in the device's time zone. */
  today(): string;
}

export function clockOf(read: () => Date): Clock {
  return {
    instant: read,
    wall: () => wallClockOf(read()),
    today: () => formatDate(wallClockOf(read())),
  };
}
