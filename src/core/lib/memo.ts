import { StringDict } from "./string-dict";

/**
 * A bounded cache for pure functions of a string (dates, names): a vault repeats the same few
 * hundred dates and names across its notes, so each is parsed once. When full, it starts over,
 * so memory stays bounded whatever the vault.
 */
export function memoize<T>(fn: (key: string) => T, limit = 4096): (key: string) => T {
  const cache = new StringDict<{ value: T }>();
  return (key: string): T => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit.value;
    const value = fn(key);
    if (cache.size >= limit) cache.clear();
    cache.set(key, { value });
    return value;
  };
}
