import type { PeopleDirectory } from "./engine";
import { linkBasename } from "../notes/people";

/**
 * Person notes found by link, for hosts that read files themselves (the CLI, VS Code). Links
 * resolve the way Obsidian resolves them in the common case: a link with a folder matches that
 * path, a bare name matches the file of that name nearest the linking note's folder, else the
 * first in path order. `emailIn` reads a person note's email property; it is asked once per note.
 */
export class LinkPeople implements PeopleDirectory {
  private readonly byName = new Map<string, string[]>();
  private readonly emails = new Map<string, string | undefined>();

  constructor(
    paths: readonly string[],
    private readonly emailIn: (path: string) => string | undefined,
  ) {
    for (const path of paths) {
      const name = linkBasename(path).toLowerCase();
      const list = this.byName.get(name);
      if (list) list.push(path);
      else this.byName.set(name, [path]);
    }
  }

  resolve(target: string, fromFile: string): string | undefined {
    const t = target.replace(/\.md$/i, "").toLowerCase();
    const candidates = this.byName.get(linkBasename(t)) ?? [];
    if (t.includes("/"))
      return candidates.find((p) => p.toLowerCase() === `${t}.md` || p.toLowerCase().endsWith(`/${t}.md`));
    const folder = fromFile.slice(0, fromFile.lastIndexOf("/") + 1);
    return candidates.find((p) => p.startsWith(folder) && !p.slice(folder.length).includes("/")) ?? candidates[0];
  }

  emailOf(target: string, fromFile: string): string | undefined {
    const path = this.resolve(target, fromFile);
    if (!path) return undefined;
    if (!this.emails.has(path)) this.emails.set(path, this.emailIn(path));
    return this.emails.get(path);
  }
}
