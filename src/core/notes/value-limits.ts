import type { Problem } from "./problem";

/**
 * Frontmatter is untrusted input. YAML aliases let a few hundred bytes stand for billions of
 * values (the parsers share one object per alias, so parsing is cheap; walking the result is
 * not): any code that walks a note's values first checks that there are not too many of them.
 */

/** More values than any real note has (a note with 200 properties and long lists has a few thousand). */
export const MAX_VALUES = 10_000;

/** More text than any real frontmatter holds. */
export const MAX_FRONTMATTER_BYTES = 256 * 1024;

/**
 * Whether walking `value` would visit more than `limit` values, counting a shared object once per
 * place it appears (as a walk would). Stops as soon as it knows: the cost is bounded by `limit`.
 */
export function exceedsValues(value: unknown, limit = MAX_VALUES): boolean {
  const stack: unknown[] = [value];
  let seen = 0;
  while (stack.length > 0) {
    const v = stack.pop();
    if (++seen > limit) return true;
    if (Array.isArray(v)) {
      for (const item of v) stack.push(item);
    } else if (v !== null && typeof v === "object" && !(v instanceof Date)) {
      for (const key in v) stack.push((v as Record<string, unknown>)[key]);
    }
  }
  return false;
}

export function tooManyValuesProblem(file: string): Problem {
  return {
    file,
    message: `the properties hold more than ${MAX_VALUES.toLocaleString("en")} values (YAML aliases that repeat each other, most likely); the note is not read, simplify its frontmatter`,
  };
}
