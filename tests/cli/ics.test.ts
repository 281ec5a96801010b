import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/main";
import { cli, dueJsonAll, tempVault } from "../helpers/cli";
import { readEvents } from "../helpers/ical";
import { clockOf } from "../../src/core/lib/clock";

const EXAMPLE = "examples/vault";
const NOW = "2026-03-12T09:00";

const vevents = readEvents;

describe("job-journal ics over the example vault", () => {
  it("prints the approved calendar (DTSTAMP, the time of writing, aside)", async () => {
    const run = cli("ics", EXAMPLE, "--now", NOW);
    expect(run.code).toBe(0);
    await expect(run.out.replace(/^DTSTAMP:.*$/gm, "DTSTAMP:<time of writing>")).toMatchFileSnapshot(
      "approved/ics-example.ics",
    );
  });

  it("has an event for every item of the sidebar (the example vault has none further ahead)", () => {
    const events = vevents(cli("ics", EXAMPLE, "--now", NOW).out);
    const due = dueJsonAll(EXAMPLE, "--now", NOW).items;
    expect(events).toHaveLength(due.length);
    for (const item of due) {
      const name = item.file.slice(item.file.lastIndexOf("/") + 1, -3);
      const matching = events.filter(
        (e) => e.uid.startsWith(encodeURIComponent(`${item.file}#${item.kind}`)) && e.summary.endsWith(` · ${name}`),
      );
      expect(matching.length, `${item.file} ${item.kind}`).toBeGreaterThan(0);
    }
  });

  it("names the vault after its folder in the links, or --vault-name", () => {
    const [first] = vevents(cli("ics", EXAMPLE, "--now", NOW).out);
    expect(first?.description).toContain("obsidian://open?vault=vault&file=Interviews%2F");
    const [named] = vevents(cli("ics", EXAMPLE, "--now", NOW, "--vault-name", "My vault").out);
    expect(named?.description).toContain("obsidian://open?vault=My%20vault&file=");
  });
});

describe("job-journal ics --out", () => {
  const NOTE =
    "---\ntype: interview\ncompany: Acme\ninterview_date: 2026-03-11T14:00\ninterviewers: [Priya Raman]\n---\n";

  it("writes the file (and its folder), then leaves it alone until an event changes", () => {
    const vault = tempVault({ "Acme.md": NOTE });
    const out = join(vault, "Calendar", "follow-ups.ics");
    const first = cli("ics", vault, "--now", NOW, "--out", out);
    const written = readFileSync(out, "utf8");
    // Thank-you, debrief, follow-up (and one event per item of any kind added since).
    const events = vevents(written).length;
    expect(events).toBeGreaterThanOrEqual(3);
    expect(first).toMatchObject({ code: 0, out: "", err: `Wrote ${events} follow-ups to ${out}.\n` });

    // Later the same day nothing changed but the time of writing: the file is not touched.
    const again = cli("ics", vault, "--now", "2026-03-12T10:00", "--out", out);
    expect(again.err).toBe(`${out} is up to date (${events} follow-ups).\n`);
    expect(readFileSync(out, "utf8")).toBe(written);

    writeFileSync(
      join(vault, "Acme.md"),
      NOTE.replace("interviewers: [Priya Raman]", "interviewers: [Priya Raman]\nthanked: [Priya Raman]"),
    );
    expect(cli("ics", vault, "--now", NOW, "--out", out).err).toBe(`Wrote ${events - 1} follow-ups to ${out}.\n`);
  });

  it("leaves the file alone when it changes while the new one is written", () => {
    const vault = tempVault({ "Acme.md": NOTE });
    const out = join(vault, "follow-ups.ics");
    expect(cli("ics", vault, "--now", NOW, "--out", out).code).toBe(0);
    const theirs = readFileSync(out, "utf8").replace("BEGIN:VEVENT", "BEGIN:VEVENT\r\nX-EDITED:yes");
    let err = "";
    const code = runCli(["ics", vault, "--now", "2026-03-20", "--out", out], {
      out: () => undefined,
      err: (t) => (err += t),
      clock: clockOf(() => new Date(2026, 2, 20, 9, 0)),
      writeHooks: { beforeRename: () => writeFileSync(out, theirs) },
    });
    expect(code).toBe(1);
    expect(err).toContain("changed while it was being edited; nothing was written");
    expect(readFileSync(out, "utf8")).toBe(theirs);
  });

  it("says in one line when the file cannot be written, and exits 1", () => {
    const vault = tempVault({ "Acme.md": NOTE, Calendars: "a file, not a folder\n" });
    const run = cli("ics", vault, "--now", NOW, "--out", join(vault, "Calendars", "follow-ups.ics"));
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^job-journal ics: could not write .*follow-ups\.ics: .*\n$/);
    expect(readFileSync(join(vault, "Calendars"), "utf8")).toBe("a file, not a folder\n");
  });

  it("never writes over a file it did not write", () => {
    const vault = tempVault({ "Acme.md": NOTE, "notes.ics": "# my own notes\n" });
    const run = cli("ics", vault, "--now", NOW, "--out", join(vault, "notes.ics"));
    expect(run.code).toBe(2);
    expect(run.err).toContain("is not a calendar written by job-journal; it is left as it is");
    expect(readFileSync(join(vault, "notes.ics"), "utf8")).toBe("# my own notes\n");
    expect(existsSync(join(vault, "Acme.md"))).toBe(true);
  });
});
