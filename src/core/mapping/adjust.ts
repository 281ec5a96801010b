import { followUpReport, type FollowUpReport } from "../follow-ups/engine";
import { isInterviewNote, KeyLookup, readInterviewNote } from "../notes/schema";
import { cloneSettings, STATUS_CLASSES, type Settings, type StatusClass } from "../settings/settings";
import { loadSettings } from "../settings/settings-load";
import type { WallTime } from "../lib/time";
import { normaliseStatus } from "../settings/status-words";
import type { NoteSample } from "./note-sample";

/**
 * The review's changes to a proposed mapping before it is saved: a status value placed in
 * another class (or in none), another word written for a class. Each returns a new config; the
 * proposal itself is never changed in place.
 */

type Config = Record<string, unknown>;

function statusesOf(config: Config, base: Settings): Settings["statuses"] {
  const given = config.statuses as Settings["statuses"] | undefined;
  return cloneSettings({ ...base, statuses: given ?? base.statuses }).statuses;
}

/** The config with `value` in class `cls` only (`undefined`: in no class, so check names its notes). */
export function placeStatus(config: Config, value: string, cls: StatusClass | undefined, base: Settings): Config {
  const statuses = statusesOf(config, base);
  const wanted = normaliseStatus(value);
  for (const c of STATUS_CLASSES) statuses[c] = statuses[c].filter((s) => normaliseStatus(s) !== wanted);
  if (cls) statuses[cls].push(value);
  const words = { ...((config.writeStatuses as Record<string, string> | undefined) ?? {}) };
  // A word written for a class it no longer belongs to would be read back as another class.
  for (const c of STATUS_CLASSES)
    if (words[c] !== undefined && normaliseStatus(words[c]) === wanted && c !== cls) delete words[c];
  const out: Config = { ...config, statuses };
  if (Object.keys(words).length > 0) out.writeStatuses = words;
  else delete out.writeStatuses;
  return out;
}

/**
 * A value the user placed in the review (or with `--place`): in its class, and the word written
 * for that class when the notes have no word of it yet (`ownClasses`, the classes their values
 * already read as) and no word was chosen for it: the vault's word, not a stock one.
 */
export function placeOwnWord(
  config: Config,
  value: string,
  cls: StatusClass | undefined,
  base: Settings,
  ownClasses: ReadonlySet<StatusClass>,
): Config {
  const placed = placeStatus(config, value, cls, base);
  const words = placed.writeStatuses as Partial<Record<StatusClass, string>> | undefined;
  return cls && !ownClasses.has(cls) && words?.[cls] === undefined ? setWriteStatus(placed, cls, value) : placed;
}

/** The config with `value` written whenever the tool sets a status of class `cls`. */
export function setWriteStatus(config: Config, cls: StatusClass, value: string): Config {
  return {
    ...config,
    writeStatuses: { ...(config.writeStatuses ?? {}), [cls]: value },
  };
}

/** What the vault would show with this config: the due list, problems and pipeline at `now`. */
export function previewMapping(
  samples: readonly NoteSample[],
  config: Config,
  base: Settings,
  now: WallTime,
): FollowUpReport {
  const settings = loadSettings(config, base, "mapping").settings;
  const lookup = new KeyLookup(settings);
  const entries = samples
    .filter((n) => isInterviewNote(n.path, n.frontmatter, lookup))
    .map((n) => readInterviewNote(n.path, n.frontmatter, lookup));
  return followUpReport(entries, now, settings);
}
