/** A problem with how the command was called (flags, folder, config): one line, exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}
