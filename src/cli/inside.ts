import { isAbsolute, relative } from "node:path";

/** Whether `path` lies inside the folder `root` (both real paths: links already followed). */
export function insideFolder(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}
