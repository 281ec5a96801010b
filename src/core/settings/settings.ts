/**
 * Settings shared by the plugin (saved to data.json) and the CLI (which reads that file).
 * Every key name and every duration of the rules lives here, so both read notes the same way.
 * Where a default comes from the advice articles in shared/seeds, the README's rules table
 * names the article.
 */

export const SETTINGS_VERSION = 2;

import { FIELD_NAMES, FIELDS, type KeyNames } from "./fields";

export type { KeyField, KeyNames } from "./fields";

/** Durations of the rules, in days unless the name says hours. */
export interface RuleDurations {
  /** "Ask for contact details": shown from this many days before the interview. */
  askContactsDays: number;
  /** Thank-you after an interview with a time: this many hours later. */
  thankYouHours: number;
  /** Thank-you after a date-only interview: this many days later. */
  thankYouDays: number;
  /** Debrief: days after the interview day (0 = the same day). */
  debriefDays: number;
  /** Telling your references: days after the interview day. */
  informReferencesDays: number;
  /** First follow-up when the employer gave a decision date: days after it. */
  followUpAfterDecisionDays: number;
  /** First follow-up when no decision date was given: days after the interview. */
  followUpAfterInterviewDays: number;
  /** Second follow-up: days after the first. */
  secondFollowUpDays: number;
  /** Moving on: days after the second follow-up. */
  moveOnDays: number;
  /**
   * A follow-up on an application with no interview yet: days after the applied date.
   * 0 (the default) means only when you set a follow-up date by hand.
   */
  applicationFollowUpDays: number;
  /** Upcoming items within this many days are listed; later ones are not. */
  lookaheadDays: number;
  /** Thank-you, debrief and reference items more than this many days overdue are dropped. */
  staleDays: number;
}

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
  startupNotice: boolean;
  /** How the sidebar is laid out, remembered between sessions. */
  view: {
    /** "due": Overdue, Today, Upcoming; "application": one section per company and role. */
    groupBy: string;
    /** The keys of the sections the user folded. */
    collapsed: string[];
  };
  calendar: {
    /** Vault path of the iCalendar file the plugin writes. */
    path: string;
    /** Write it again whenever the follow-ups change, for calendars that watch the file. */
    keepCurrent: boolean;
  };
}

export const DEFAULT_KEYS: KeyNames = Object.fromEntries(FIELD_NAMES.map((f) => [f, FIELDS[f].key])) as KeyNames;

export const DEFAULT_RULES: RuleDurations = {
  askContactsDays: 1,
  thankYouHours: 24,
  thankYouDays: 1,
  debriefDays: 0,
  informReferencesDays: 2,
  followUpAfterDecisionDays: 1,
  followUpAfterInterviewDays: 7,
  secondFollowUpDays: 7,
  moveOnDays: 7,
  applicationFollowUpDays: 0,
  lookaheadDays: 7,
  staleDays: 30,
};

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
    needsStatus: false,
    acceptedStatuses: ["accepted"],
    keepApplyingThreshold: 3,
    myName: "",
    myContact: "",
    templates: { interviewNote: "", debrief: "", thankYou: "", followUp: "" },
    showStatusBar: true,
    startupNotice: false,
    view: { groupBy: "due", collapsed: [] },
    calendar: { path: "Job search follow-ups.ics", keepCurrent: false },
  };
}

/** Settings are plain JSON, so a JSON round trip is a deep copy. */
export function cloneSettings(settings: Settings): Settings {
  return JSON.parse(JSON.stringify(settings)) as Settings;
}
