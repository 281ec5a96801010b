import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCliAsking } from "../../src/cli/main";
import type { Choice } from "../../src/cli/ask";
import { cli, dueJson, tempVault } from "../helpers/cli";
import { clockOf } from "../../src/core/lib/clock";

/**
 * A vault in a language no table knows (Polish): the status is found by its name and the shape
 * of its values, and the user places each word, with --place or by answering in a terminal.
 */
const note = (company: string, status: string, extra = "") =>
  `---\nfirma: ${company}\nStatus: ${status}\ndata_aplikacji: 2026-03-0${(company.length % 8) + 1}\n${extra}---\nNotatki.\n`;

function polishVault(): string {
  return tempVault({
    "Aplikacje/Acme.md": note("Acme", "Wysłane"),
    "Aplikacje/Globex.md": note("Globex", "Wysłane"),
    "Aplikacje/Hooli.md": note("Hooli", "Wysłane"),
    "Aplikacje/Initech.md": note("Initech", "Rozmowa", "interview_date: 2026-03-11T10:00\n"),
    "Aplikacje/Umbrella.md": note("Umbrella", "Rozmowa", "interview_date: 2026-03-05T10:00\n"),
    "Aplikacje/Wayne.md": note("Wayne", "Odrzucone"),
    "Aplikacje/Stark.md": note("Stark", "Odrzucone"),
    "Aplikacje/Tyrell.md": note("Tyrell", "Oferta"),
  });
}

const PLACES = ["--place", "Wysłane=applied", "--place", "rozmowa=interviewing", "--place", "Odrzucone=closed"];

describe("words no table knows", () => {
  it("the status is found by its name and shape, and each unknown word is named with the way to place it", () => {
    const run = cli("suggest-config", polishVault());
    expect(run.code).toBe(0);
    expect(run.err).toContain('status: "Status" (its name says status; 4 short values shared by its 8 notes');
    expect(run.err).toContain(
      '"Wysłane" (3 notes): in no class; place it (in the review, or suggest-config --place "Wysłane=<class>")',
    );
    expect(run.err).toContain("offer: Oferta");
  });

  it("--place puts each in its class, as the notes write it, and the vault is read with it", () => {
    const vault = polishVault();
    const run = cli("suggest-config", vault, ...PLACES);
    expect(run.code).toBe(0);
    expect(run.err).toContain('"Rozmowa": interviewing (by --place)');
    const config = JSON.parse(run.out) as { statuses: Record<string, string[]>; writeStatuses: Record<string, string> };
    expect(config.statuses.applied).toContain("Wysłane");
    expect(config.statuses.interviewing).toContain("Rozmowa");
    expect(config.statuses.closed).toContain("Odrzucone");
    // Each is the word written for its class: the notes had none of their own there.
    expect(config.writeStatuses).toEqual({
      applied: "Wysłane",
      interviewing: "Rozmowa",
      closed: "Odrzucone",
      offer: "Oferta",
    });
    const file = join(tempVault({}), "config.json");
    writeFileSync(file, run.out);
    const json = dueJson(vault, "--now", "2026-03-12T09:00", "--config", file);
    expect(json.summary).toMatchObject({ active: 5, offers: 1 });
    expect(json.problems).toEqual([]);
  });

  it("a value no note holds, or a class that is none, is a usage error naming what there is", () => {
    const vault = polishVault();
    const unknown = cli("suggest-config", vault, "--place", "Czekam=applied");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('--place: no note has the status "Czekam"; the values are "Wysłane", ');
    const badClass = cli("suggest-config", vault, "--place", "Wysłane=sent");
    expect(badClass.code).toBe(2);
    expect(badClass.err).toContain("the class one of considering, applied, interviewing, offer, closed, none");
  });

  it("in a terminal, each word left unplaced is asked about, and the answers are the mapping", async () => {
    const asked: string[] = [];
    let err = "";
    let out = "";
    const answers: Record<string, string> = { Wysłane: "applied", Rozmowa: "interviewing", Odrzucone: "none" };
    const status = await runCliAsking(["suggest-config", polishVault()], {
      out: (t) => (out += t),
      err: (t) => (err += t),
      clock: clockOf(() => new Date(2026, 2, 12, 9, 0)),
      ask: (question: string, choices: readonly Choice[]) => {
        asked.push(question);
        expect(choices.map((c) => c.value)).toEqual([
          "considering",
          "applied",
          "interviewing",
          "offer",
          "closed",
          "none",
        ]);
        const value = /^"([^"]+)"/.exec(question)?.[1] as string;
        return Promise.resolve(answers[value] as string);
      },
    });
    expect(status).toBe(0);
    expect(asked).toEqual([
      '"Wysłane" (3 notes): which class is it?',
      '"Odrzucone" (2 notes): which class is it?',
      '"Rozmowa" (2 notes): which class is it?',
    ]);
    expect(err).toContain('"Odrzucone": in no class (check will list its notes) (your answer)');
    const config = JSON.parse(out) as { statuses: Record<string, string[]> };
    expect(config.statuses.applied).toContain("Wysłane");
    expect(Object.values(config.statuses).flat()).not.toContain("Odrzucone");
  });

  it("is never asked where --place placed every word", () => {
    const status = runCliAsking(["suggest-config", polishVault(), ...PLACES], {
      out: () => undefined,
      err: () => undefined,
      clock: clockOf(() => new Date(2026, 2, 12, 9, 0)),
      ask: () => Promise.reject(new Error("asked")),
    });
    expect(status).toBe(0);
  });

  it("is never asked where there is no terminal", () => {
    // cli() has no ask: a script, a pipe, CI. It returns at once, the words unplaced.
    const run = cli("suggest-config", polishVault());
    expect(run.code).toBe(0);
    const config = JSON.parse(run.out) as { statuses?: Record<string, string[]> };
    expect(Object.values(config.statuses ?? {}).flat()).not.toContain("Wysłane");
  });
});

describe("the questions in a real terminal", () => {
  it("are answered with the arrow keys and Enter; the JSON on stdout holds the answers", async () => {
    const { spawn } = await import("node:child_process");
    const { readFileSync } = await import("node:fs");
    const { buildCliBundle } = await import("../helpers/cli-bundle");
    const bundle = await buildCliBundle();
    const vault = polishVault();
    const out = join(tempVault({}), "config.json");
    const command = `'${process.execPath}' '${bundle}' suggest-config '${vault}' > '${out}'`;
    // script(1) gives the program a pseudo-terminal; its standard input is what we type.
    const child = spawn("script", ["-qec", command, "/dev/null"], {
      env: { ...process.env, TERM: "xterm-256color" },
    });
    let screen = "";
    child.stdout.on("data", (d: Buffer) => (screen += d.toString()));
    const waitFor = async (text: string) => {
      for (let i = 0; i < 100 && !screen.includes(text); i++) await new Promise((r) => setTimeout(r, 50));
      expect(screen).toContain(text);
    };
    const DOWN = "\u001b[B";
    await waitFor('"Wysłane" (3 notes): which class is it?');
    child.stdin.write(`${DOWN}\r`); // Applied
    await waitFor('"Odrzucone" (2 notes): which class is it?');
    child.stdin.write(`${DOWN.repeat(4)}\r`); // Closed
    await waitFor('"Rozmowa" (2 notes): which class is it?');
    child.stdin.write(`${DOWN.repeat(2)}\r`); // Interviewing
    const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
    expect(code).toBe(0);
    const config = JSON.parse(readFileSync(out, "utf8")) as { writeStatuses: Record<string, string> };
    expect(config.writeStatuses).toEqual({
      applied: "Wysłane",
      interviewing: "Rozmowa",
      closed: "Odrzucone",
      offer: "Oferta",
    });
  }, 30000);
});

describe("the words a vault's bases filter on", () => {
  it("are written for a class no note has a word for yet", () => {
    const n = (company: string, status: string) => `---\ncompany: ${company}\nStatus: ${status}\n---\n`;
    const files = {
      "Jobs/Acme.md": n("Acme", "Applied"),
      "Jobs/Globex.md": n("Globex", "Applied"),
      "Jobs/Hooli.md": n("Hooli", "Denied"),
      "Views/Jobs.base":
        'filters:\n  and:\n    - file.inFolder("Jobs")\nviews:\n  - type: table\n    name: In interviews\n    filters:\n      and:\n        - Status == "In interviews"\n',
    };
    const withBase = JSON.parse(cli("suggest-config", tempVault(files)).out) as {
      writeStatuses?: Record<string, string>;
    };
    expect(withBase.writeStatuses?.interviewing).toBe("In interviews");
    const { "Views/Jobs.base": _, ...notes } = files;
    const without = JSON.parse(cli("suggest-config", tempVault(notes)).out) as {
      writeStatuses?: Record<string, string>;
    };
    expect(without.writeStatuses?.interviewing).toBeUndefined();
  });
});
