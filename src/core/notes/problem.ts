/** Something about a note that the user should fix, in words they understand. */
export interface Problem {
  /** Vault-relative path. */
  file: string;
  message: string;
  key?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /** An action that fixes it, offered beside it: an interview status with no interview date is logged. */
  fix?: "log-interview";
}
