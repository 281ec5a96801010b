/**
 * Which application a note belongs to: its company and role, in any case. One key for the
 * pipeline's count, the sidebar's sections by application and the import's "already in the
 * vault", so that they agree on what one application is. Only the case is folded: "AT&T" and
 * "AT T", "C++ Labs" and "C Labs" are different companies.
 */
export function applicationKey(company: string, role: string): string {
  return `${company.toLowerCase()}\u0000${role.toLowerCase()}`;
}
