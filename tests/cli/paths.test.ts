import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, dueJson, tempVault } from "../helpers/cli";

/** The tool writes only inside the vault it is given; a note that is a link is followed inside it. */

const NOTE = "---\ntype: interview\ncompany: Acme\ninterview_date: 2026-03-09\n---\nBody.\n";

describe("paths outside the vault", () => {
  it.each([
    ["a relative path that climbs out", "../outside"],
    ["one that climbs out and back into another folder", "../other/outside.md"],
    ["an absolute path elsewhere", "/tmp/outside.md"],
  ])("%s is a usage error, and nothing is written", (_, arg) => {
    const parent = tempVault({ "vault/a.md": NOTE, "outside.md": NOTE, "other/outside.md": NOTE });
    const vault = join(parent, "vault");
    const target = arg.startsWith("/") ? arg : join(vault, arg.endsWith(".md") ? arg : `${arg}.md`);
    if (arg.startsWith("/")) writeFileSync(target, NOTE);
    const run = cli("close", vault, arg);
    expect(run.code).toBe(2);
    expect(run.err).toBe(`job-journal close: ${arg} is outside the vault ${vault}; give a note inside it\n`);
    expect(readFileSync(target, "utf8")).toBe(NOTE);
  });

  it("an absolute path inside the vault is that note", () => {
    const vault = tempVault({ "a.md": NOTE });
    expect(cli("close", vault, join(vault, "a.md")).code).toBe(0);
    expect(readFileSync(join(vault, "a.md"), "utf8")).toContain("status: closed");
  });

  it("a path through .. that stays inside the vault is fine", () => {
    const vault = tempVault({ "Jobs/a.md": NOTE, "Other/x.md": "" });
    expect(cli("close", vault, "Other/../Jobs/a").code).toBe(0);
  });
});

describe("symbolic links", () => {
  it("a note linked to a file inside the vault: read by due, and written where it really is, the link kept", () => {
    const vault = tempVault({ "Archive/acme.md": NOTE });
    symlinkSync(join(vault, "Archive/acme.md"), join(vault, "acme-link.md"));
    expect(dueJson(vault, "--now", "2026-03-12T09:00").items.map((i) => i.file)).toContain("acme-link.md");
    expect(cli("close", vault, "acme-link").code).toBe(0);
    expect(lstatSync(join(vault, "acme-link.md")).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(vault, "Archive/acme.md"), "utf8")).toContain("status: closed");
  });

  it("a note linked to a file outside the vault: not read, and refused for writing", () => {
    const parent = tempVault({ "vault/a.md": NOTE, "elsewhere/secret.md": NOTE });
    const vault = join(parent, "vault");
    symlinkSync(join(parent, "elsewhere/secret.md"), join(vault, "linked.md"));
    expect(dueJson(vault, "--now", "2026-03-12T09:00").items.map((i) => i.file)).not.toContain("linked.md");
    const run = cli("close", vault, "linked.md");
    expect(run).toMatchObject({
      code: 2,
      err: "job-journal close: linked.md is a link to a file outside the vault; it is left alone\n",
    });
    expect(readFileSync(join(parent, "elsewhere/secret.md"), "utf8")).toBe(NOTE);
  });

  it("a linked folder is not followed: nothing is listed twice, no loop", () => {
    const vault = tempVault({ "Jobs/a.md": NOTE });
    symlinkSync(join(vault, "Jobs"), join(vault, "Jobs again"));
    mkdirSync(join(vault, "Loop"));
    symlinkSync(vault, join(vault, "Loop/back"));
    expect(
      dueJson(vault, "--now", "2026-03-12T09:00")
        .items.filter((i) => i.kind === "follow-up")
        .map((i) => i.file),
    ).toEqual(["Jobs/a.md"]);
  });

  it("a broken link is skipped", () => {
    const vault = tempVault({ "a.md": NOTE });
    symlinkSync(join(vault, "gone.md"), join(vault, "broken.md"));
    expect(cli("due", vault, "--now", "2026-03-12T09:00").code).toBe(0);
  });
});
