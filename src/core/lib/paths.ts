/** Vault-relative paths, always with `/` separators. */

/** Whether a path lies inside a folder (at any depth). An empty folder name matches nothing. */
export function underFolder(path: string, folder: string): boolean {
  const f = folder.trim().replace(/^\/+|\/+$/g, "");
  return f !== "" && path.startsWith(`${f}/`);
}

/** The file name without folders and without `.md`. */
export function noteTitle(path: string): string {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return base.replace(/\.md$/i, "");
}
