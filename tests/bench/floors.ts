/**
 * The floor of the engine's and the index's rows, as the issue puts it: a bare loop touching
 * the same objects. The reader looks at every property of a note's frontmatter and into the
 * lists among them (interviewers, thanked, references), so the loop does too.
 */
export function touchAll(objects: Record<string, unknown>[]): number {
  let n = 0;
  for (const o of objects) {
    for (const k in o) {
      const v = o[k];
      if (v === undefined) continue;
      n += k.length;
      if (Array.isArray(v)) for (const x of v) if (x !== undefined) n++;
    }
  }
  return n;
}

/** Top-level properties only, not the lists' items: the floor before 2026-11-22, still shown. */
export function touchKeys(objects: Record<string, unknown>[]): number {
  let n = 0;
  for (const o of objects) for (const k in o) if (o[k] !== undefined) n += k.length;
  return n;
}
