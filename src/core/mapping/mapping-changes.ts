import { DEFAULT_KEYS, STATUS_CLASSES, type Settings, type StatusClass } from "../settings/settings";
import type { KeyField } from "../settings/fields";
import { normaliseStatus, statusFor } from "../settings/status-words";

/**
 * What applying a proposed mapping would change in the settings a vault is read with now, one
 * line per change, for `suggest-config --review` and the plugin's review: a saved mapping can be
 * checked again after the notes changed, and nothing changes without being said.
 */
export function mappingChanges(current: Settings, proposed: Settings): string[] {
  const out: string[] = [];
  for (const field of Object.keys(DEFAULT_KEYS) as KeyField[]) {
    const [a, b] = [current.keys[field], proposed.keys[field]];
    if (a !== b) out.push(`${DEFAULT_KEYS[field]}: "${a}" → "${b}"`);
  }
  const classOf = (s: Settings): Map<string, [string, StatusClass]> => {
    const m = new Map<string, [string, StatusClass]>();
    for (const c of STATUS_CLASSES) for (const v of s.statuses[c]) m.set(normaliseStatus(v), [v, c]);
    return m;
  };
  const [before, after] = [classOf(current), classOf(proposed)];
  for (const [n, [value, cls]] of after) {
    const was = before.get(n);
    if (!was) out.push(`status "${value}": ${cls} (new)`);
    else if (was[1] !== cls) out.push(`status "${value}": ${was[1]} → ${cls}`);
  }
  for (const [n, [value, cls]] of before) if (!after.has(n)) out.push(`status "${value}": no longer ${cls}`);
  for (const c of STATUS_CLASSES) {
    const [a, b] = [statusFor(c, current), statusFor(c, proposed)];
    if (a !== b) out.push(`${c} is written as "${b}" (was "${a}")`);
  }
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (!same(current.typeValue, proposed.typeValue)) out.push(`type: "${current.typeValue}" → "${proposed.typeValue}"`);
  if (!same(current.interviewFolders, proposed.interviewFolders))
    out.push(
      `application folders: ${current.interviewFolders.join(", ") || "none"} → ${proposed.interviewFolders.join(", ") || "none"}`,
    );
  if (!same(current.excludeFolders, proposed.excludeFolders))
    out.push(
      `left-out folders: ${current.excludeFolders.join(", ") || "none"} → ${proposed.excludeFolders.join(", ") || "none"}`,
    );
  if (current.needsStatus !== proposed.needsStatus)
    out.push(`notes without a status in those folders: ${proposed.needsStatus ? "left out" : "read"}`);
  if (current.personEmailKey !== proposed.personEmailKey)
    out.push(`person notes' email: "${current.personEmailKey}" → "${proposed.personEmailKey}"`);
  return out;
}
