/**
 * Settings shared by the plugin (saved to data.json) and the CLI (which reads that file).
 * Their key names and durations are declared in fields.ts, so both read notes the same way.
 * Where a default comes from the advice articles in shared/seeds, the README's rules table
 * names the article.
 */

export const SETTINGS_VERSION = 3;

import { FIELD_NAMES, FIELDS, TIMINGS, type KeyNames, type RuleDurations, type TimingName } from "./fields";

/**
 * Where an application stands, as its status says: being considered (not applied yet),
 * applied (no interview yet), interviewing, an offer, or closed (rejected, withdrawn, decided
 * against, accepted). Post-interview follow-ups belong to the interviewing class only.
 */
export type StatusClass = "considering" | "applied" | "interviewing" | "offer" | "closed";

export const STATUS_CLASSES: readonly StatusClass[] = ["considering", "applied", "interviewing", "offer", "closed"];

export interface Settings {
  version: number;
  /** A note whose `keys.type` property equals this (any case) is an interview note. */
  typeValue: string;
  /** Notes under these folders are interview notes whatever their type. */
  interviewFolders: string[];
  /** Notes under these folders are never interview notes (templates, archives). */
  excludeFolders: string[];
  /** Where "New interview note" creates notes ("" = the vault root). */
  newNoteFolder: string;
  keys: KeyNames;
  /** The property of a person note that holds their email. */
  personEmailKey: string;
  rules: RuleDurations;
  /** Status values by class, compared in any case. A status in no class is reported. */
  statuses: Record<StatusClass, string[]>;
  /**
   * The value written for each class when the tool sets a status (Close, a reply, the next
   * round): the vault's own word, so its dashboards keep working. Empty: the first of the class
   * (for closed, "closed" when listed).
   */
  writeStatuses: Record<StatusClass, string>;
  /**
   * Classes the vault has no status word for (its lists allow none): a write that would set one
   * keeps the note's own status. Applied and interviewing are then told by the dates (an
   * interview date makes an applied note interviewing); an offer or closing asks for a word.
   */
  noWordFor: StatusClass[];
  /** Notes found by folder are applications only when they have a status (dashboards share the folder). */
  needsStatus: boolean;
  /** Status values that mean the search is over: no "keep applying" nudge. */
  acceptedStatuses: string[];
  /** "Keep applying" shows while fewer interviews than this are active. */
  keepApplyingThreshold: number;
  myName: string;
  myContact: string;
  templates: {
    interviewNote: string;
    debrief: string;
    thankYou: string;
    followUp: string;
  };
  showStatusBar: boolean;
  /** Once a day, when Obsidian starts or the day turns, a notice of what is to do today. */
  dailyNudge: boolean;
  /** How the sidebar is laid out, remembered between sessions. */
  view: {
    /** "due": Overdue, Today, Upcoming; "application": one section per company and role. */
    groupBy: string;
    /** The keys of the sections the user folded. */
    collapsed: string[];
    /** The day of the last daily nudge (YYYY-MM-DD), so that there is one a day at most. */
    nudgedOn: string;
    /** One line per item, its next step an icon (the sidebar's Compact button). */
    compact: boolean;
  };
  /**
   * Interviews kept as notes of their own, each linked to its application (or to the company of
   * one): read into that application, their steps written where they are kept. Off while both
   * `typeValue` and `folders` are empty.
   */
  meetings: MeetingSettings;
  calendar: {
    /** Vault path of the iCalendar file the plugin writes. */
    path: string;
    /** Write it again whenever the follow-ups change, for calendars that watch the file. */
    keepCurrent: boolean;
  };
}

export interface MeetingSettings {
  /** A note whose type property (`keys.type`) or tags hold this value (any case) is an interview's note. */
  typeValue: string;
  /** Notes under these folders are interviews' notes. */
  folders: string[];
  /** The property that links an interview's note to its application; "" = any link among its properties. */
  linkKey: string;
  /** The interview's date and people in these notes where not named `keys.interviewDate`, `keys.interviewers`. */
  dateKey: string;
  attendeesKey: string;
}

export const DEFAULT_KEYS: KeyNames = Object.fromEntries(FIELD_NAMES.map((f) => [f, FIELDS[f].key])) as KeyNames;

export const DEFAULT_RULES: RuleDurations = Object.fromEntries(
  (Object.keys(TIMINGS) as TimingName[]).map((t) => [t, TIMINGS[t].default]),
) as RuleDurations;

export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    typeValue: "interview",
    interviewFolders: [],
    excludeFolders: [],
    newNoteFolder: "Interviews",
    keys: { ...DEFAULT_KEYS },
    personEmailKey: "email",
    rules: { ...DEFAULT_RULES },
    statuses: {
      considering: ["considering", "interested", "reviewing", "saved", "wishlist", "to apply"],
      applied: ["applied", "submitted"],
      // "Under review" is most often said after an interview, while the employer decides.
      interviewing: ["scheduled", "interviewing", "waiting", "next round", "under review"],
      offer: ["offer"],
      closed: ["accepted", "rejected", "withdrawn", "declined", "ghosted", "not interested", "closed"],
    },
    writeStatuses: { considering: "", applied: "", interviewing: "", offer: "", closed: "" },
    noWordFor: [],
    needsStatus: false,
    acceptedStatuses: ["accepted"],
    keepApplyingThreshold: 3,
    myName: "",
    myContact: "",
    templates: { interviewNote: "", debrief: "", thankYou: "", followUp: "" },
    showStatusBar: true,
    dailyNudge: true,
    view: { groupBy: "due", collapsed: [], nudgedOn: "", compact: false },
    meetings: { typeValue: "", folders: [], linkKey: "", dateKey: "", attendeesKey: "" },
    calendar: { path: "Job search follow-ups.ics", keepCurrent: false },
  };
}

/** Settings are plain JSON, so a JSON round trip is a deep copy. */
export function cloneSettings(settings: Settings): Settings {
  return JSON.parse(JSON.stringify(settings)) as Settings;
}
