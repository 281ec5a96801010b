/**
 * Which application a note belongs to: its company and role, in any case, with spaces and a
 * trailing full stop or comma as people type them ("Acme Corp." is "acme corp"). One key for the
 * pipeline's count, the sidebar's sections by application and the import's "already in the
 * vault", so that they agree on what one application is. Nothing else is folded: "AT&T" and
 * "AT T", "C++ Labs" and "C Labs" are different companies.
 */
export function applicationKey(company: string, role: string): string {
  return `${fold(company)}\u0000${fold(role)}`;
}

// Whether a lower-cased name has anything to fold: most have not, and the pipeline keys every
// note on every count, so those are returned after one test instead of three passes.
const NEEDS_FOLD = /\s\s|[^\S ]|^\s|[\s.,]$/;

function fold(text: string): string {
  const lower = text.toLowerCase();
  if (!NEEDS_FOLD.test(lower)) return lower;
  return lower
    .replace(/\s+/g, " ")
    .replace(/[\s.,]+$/, "")
    .trim();
}
