import { normaliseStatus } from "./status-words";
import {
  cloneSettings,
  defaultSettings,
  SETTINGS_VERSION,
  STATUS_CLASSES,
  type Settings,
  type StatusClass,
} from "./settings";
import type { KeyField } from "./fields";

/**
 * Reading settings someone else wrote (data.json, a --config file, the settings tab):
 * migrate old shapes, then check every value against the shape of the defaults. A bad
 * value is reported with its path and keeps the value it would otherwise have had, so a
 * typo in one field never resets the others.
 */

export interface LoadedSettings {
  settings: Settings;
  errors: string[];
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Version 0 is the pre-release layout (before settings carried a version): key names sat
 * at the top level as `<field>Key`, durations as `<rule>` at the top level, and the
 * closed statuses as one comma-separated string. Each step takes one version to the next.
 */
const MIGRATIONS: Record<number, (old: Json) => Json> = {
  0: (old) => {
    const next: Json = { version: 1 };
    const keys: Json = {};
    const rules: Json = {};
    const ruleNames = Object.keys(defaultSettings().rules);
    for (const [name, value] of Object.entries(old)) {
      if (name === "version") continue;
      if (name.endsWith("Key") && name !== "personEmailKey") keys[name.slice(0, -3)] = value;
      else if (ruleNames.includes(name)) rules[name] = value;
      else if (name === "closedStatuses" && typeof value === "string")
        next[name] = value
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean);
      else next[name] = value;
    }
    if (Object.keys(keys).length > 0) next.keys = { ...(isObject(old.keys) ? old.keys : {}), ...keys };
    if (Object.keys(rules).length > 0) next.rules = { ...(isObject(old.rules) ? old.rules : {}), ...rules };
    return next;
  },
  /**
   * Version 1 kept overlapping lists (closed, active, preInterview, offer). Version 2 has one
   * class per status: an offer is no longer also closed, an applied status no longer also active.
   */
  1: (old) => {
    const { closedStatuses, activeStatuses, preInterviewStatuses, offerStatuses, ...rest } = old;
    const next: Json = { ...rest, version: 2 };
    const strings = (v: unknown): string[] | undefined =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : undefined;
    const offer = strings(offerStatuses);
    const applied = strings(preInterviewStatuses);
    const closed = strings(closedStatuses);
    const active = strings(activeStatuses);
    const without = (list: string[], drop: string[] | undefined) =>
      list.filter((v) => !(drop ?? []).some((d) => d.toLowerCase() === v.toLowerCase()));
    const defaults = defaultSettings().statuses;
    const statuses: Json = {};
    if (offer) statuses.offer = offer;
    if (applied) statuses.applied = applied;
    if (closed) statuses.closed = without(closed, offer ?? defaults.offer);
    if (active) statuses.interviewing = without(active, applied ?? defaults.applied);
    // Anything else v1 was handed (a string, say) goes through unchanged, to be reported.
    for (const [name, value] of Object.entries({
      closedStatuses,
      activeStatuses,
      preInterviewStatuses,
      offerStatuses,
    })) {
      if (value !== undefined && !Array.isArray(value)) next[name] = value;
    }
    // A status v1 was told about explicitly keeps that meaning: it leaves the other classes' defaults.
    const given = Object.values(statuses).flat() as string[];
    if (given.length > 0) {
      for (const cls of STATUS_CLASSES) if (!(cls in statuses)) statuses[cls] = without(defaults[cls], given);
    }
    if (Object.keys(statuses).length > 0) next.statuses = statuses;
    return next;
  },
  /**
   * Version 2 had a startup notice for overdue items (off by default). Version 3 has the daily
   * nudge in its place, on by default: what is to do today, once a day.
   */
  2: (old) => {
    const { startupNotice: _startupNotice, ...rest } = old;
    return { ...rest, version: 3 };
  },
};

export function migrateSettings(raw: Json): Json {
  let data = raw;
  // A hand-written --config often has no version: its shape tells which layout it follows.
  let version =
    typeof data.version === "number"
      ? data.version
      : isLegacy(data)
        ? 0
        : V1_LISTS.some((k) => k in data)
          ? 1
          : "startupNotice" in data
            ? 2
            : SETTINGS_VERSION;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    data = step(data);
    version += 1;
  }
  return data;
}

const V1_LISTS = ["closedStatuses", "activeStatuses", "preInterviewStatuses", "offerStatuses"];

function isLegacy(data: Json): boolean {
  return Object.keys(data).some((k) => k.endsWith("Key") && k !== "personEmailKey");
}

const WHOLE_DAYS_MAX = 3650;

function checkValue(path: string, value: unknown, fallback: unknown, errors: string[]): unknown {
  if (typeof fallback === "number") {
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > WHOLE_DAYS_MAX) {
      errors.push(`${path} must be a whole number from 0 to ${WHOLE_DAYS_MAX}, not ${JSON.stringify(value)}`);
      return fallback;
    }
    return value;
  }
  if (typeof fallback === "boolean") {
    if (typeof value !== "boolean") {
      errors.push(`${path} must be true or false, not ${JSON.stringify(value)}`);
      return fallback;
    }
    return value;
  }
  if (typeof fallback === "string") {
    if (typeof value !== "string") {
      errors.push(`${path} must be text, not ${JSON.stringify(value)}`);
      return fallback;
    }
    return value;
  }
  if (Array.isArray(fallback)) {
    if (!Array.isArray(value) || value.some((v) => typeof v !== "string")) {
      errors.push(`${path} must be a list of text values, not ${JSON.stringify(value)}`);
      return fallback;
    }
    return value.map((v: string) => v.trim()).filter((v) => v !== "");
  }
  if (isObject(fallback)) {
    if (!isObject(value)) {
      errors.push(`${path} must be an object, not ${JSON.stringify(value)}`);
      return fallback;
    }
    const out: Json = { ...fallback };
    for (const [name, child] of Object.entries(value)) {
      if (!(name in fallback)) {
        errors.push(`${path}.${name} is not a setting`);
        continue;
      }
      out[name] = checkValue(`${path}.${name}`, child, fallback[name], errors);
    }
    return out;
  }
  return fallback;
}

/** A status in two classes would mean two things: the later class loses it, with a message. */
function checkStatuses(settings: Settings, errors: string[]): void {
  const seen = new Map<string, StatusClass>();
  for (const cls of STATUS_CLASSES) {
    settings.statuses[cls] = settings.statuses[cls].filter((status) => {
      // Compared as the engine reads them: `Under_Review` and `under review` are one status.
      const other = seen.get(normaliseStatus(status));
      if (other && other !== cls) {
        errors.push(`statuses.${cls}: "${status}" is already in statuses.${other}`);
        return false;
      }
      seen.set(normaliseStatus(status), cls);
      return true;
    });
  }
}

function checkKeyNames(settings: Settings, errors: string[]): void {
  const seen = new Map<string, string>();
  for (const [field, name] of Object.entries(settings.keys) as [KeyField, string][]) {
    if (name.trim() === "") {
      errors.push(`keys.${field} must not be empty`);
      settings.keys[field] = defaultSettings().keys[field];
      continue;
    }
    const other = seen.get(name.toLowerCase());
    if (other) errors.push(`keys.${field} and keys.${other} both use the property "${name}"`);
    seen.set(name.toLowerCase(), field);
  }
}

/**
 * Reads settings from parsed JSON, on top of `base` (the defaults, or settings already
 * loaded from data.json when a --config file overrides them).
 */
export function loadSettings(raw: unknown, base: Settings = defaultSettings(), source = "settings"): LoadedSettings {
  const errors: string[] = [];
  if (raw === undefined || raw === null) return { settings: cloneSettings(base), errors };
  if (!isObject(raw)) {
    return { settings: cloneSettings(base), errors: [`${source} must be a JSON object`] };
  }
  const migrated = migrateSettings(raw);
  const rawErrors: string[] = [];
  const settings = checkValue(
    "",
    { ...migrated, version: SETTINGS_VERSION },
    cloneSettings(base),
    rawErrors,
  ) as Settings;
  for (const e of rawErrors) errors.push(`${source}: ${e.replace(/^\./, "")}`);
  const keyErrors: string[] = [];
  checkKeyNames(settings, keyErrors);
  checkStatuses(settings, keyErrors);
  for (const e of keyErrors) errors.push(`${source}: ${e}`);
  const calendarPath = settings.calendar.path.trim();
  if (!/\.ics$/i.test(calendarPath) || calendarPath.split("/").includes("..") || calendarPath.startsWith("/")) {
    errors.push(
      `${source}: calendar.path must be a file in the vault ending in .ics, not ${JSON.stringify(settings.calendar.path)}`,
    );
    settings.calendar.path = base.calendar.path;
  }
  const classes = settings.noWordFor.filter((c) => STATUS_CLASSES.includes(c));
  if (classes.length !== settings.noWordFor.length)
    errors.push(
      `${source}: noWordFor lists classes (${STATUS_CLASSES.join(", ")}), not ${JSON.stringify(settings.noWordFor)}`,
    );
  settings.noWordFor = classes;
  if (settings.view.groupBy !== "due" && settings.view.groupBy !== "application") {
    errors.push(`${source}: view.groupBy must be "due" or "application", not ${JSON.stringify(settings.view.groupBy)}`);
    settings.view.groupBy = "due";
  }
  if (settings.typeValue.trim() === "" && settings.interviewFolders.length === 0) {
    errors.push(`${source}: typeValue is empty and no interviewFolders are set, so no note could be an interview note`);
    settings.typeValue = base.typeValue || defaultSettings().typeValue;
  }
  return { settings, errors };
}
