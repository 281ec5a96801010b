/**
 * The default of a switch that handles every member of a union: a new member that is not
 * handled is a compile error here (and in lint, `switch-exhaustiveness-check`), not a case that
 * silently does nothing.
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${String(value)}`);
}
