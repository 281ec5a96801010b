import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, dueJson, tempVault } from "../helpers/cli";

const EXAMPLE = "examples/vault";
const NOW = "2026-03-12T09:00";

function hashTree(root: string): string {
  const h = createHash("sha256");
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else h.update(full).update(readFileSync(full));
    }
  };
  walk(root);
  return h.digest("hex");
}

describe("job-journal due over the example vault", () => {
  it("prints the approved table", async () => {
    const run = cli("due", EXAMPLE, "--now", NOW);
    expect(run.code).toBe(0);
    await expect(run.out).toMatchFileSnapshot("approved/due-example.txt");
  });

  it("prints the approved JSON", async () => {
    const run = cli("due", EXAMPLE, "--now", NOW, "--json");
    expect(run.code).toBe(0);
    await expect(run.out).toMatchFileSnapshot("approved/due-example.json");
  });

  it("the JSON follows the rules", () => {
    const json = dueJson(EXAMPLE, "--now", NOW);
    expect(json.now).toBe(NOW);
    const find = (file: string, kind: string, person?: string) =>
      json.items.filter(
        (i) => i.file.includes(file) && i.kind === kind && (person === undefined || i.person === person),
      );
    // Acme: interview yesterday 14:00; thank-yous 24 h later, emails from the note and from person notes.
    expect(find("Acme", "thank-you").map((i) => [i.person, i.email, i.due, i.state])).toEqual([
      ["Lena Fischer", "lena.fischer@acme.io", "2026-03-12T14:00", "due"],
      ["Priya Raman", "priya.raman@acme.io", "2026-03-12T14:00", "due"],
      ["Tom Becker", "tom.becker@acme.io", "2026-03-12T14:00", "due"],
    ]);
    expect(find("Acme", "debrief")[0]).toMatchObject({ due: "2026-03-11", state: "overdue" });
    expect(find("Acme", "inform-references")[0]).toMatchObject({ due: "2026-03-13", state: "upcoming" });
    expect(find("Acme", "follow-up")[0]).toMatchObject({ due: "2026-03-19", attempt: 1, channel: "email" });
    // Globex asked for phone calls; decision date passed.
    expect(find("Globex", "follow-up")[0]).toMatchObject({
      channel: "phone",
      attempt: 1,
      due: "2026-03-11",
      state: "overdue",
    });
    expect(find("Initech", "follow-up")[0]).toMatchObject({ attempt: 2, due: "2026-03-12", state: "due" });
    expect(find("Umbrella", "move-on")[0]).toMatchObject({ due: "2026-03-10", state: "overdue" });
    expect(find("Umbrella", "follow-up")).toEqual([]);
    // No interviewers listed: one company-level thank-you, no email.
    expect(find("Soylent", "thank-you")).toEqual([expect.objectContaining({ person: null, email: null })]);
    expect(find("Pied Piper", "thank-you", "Monica Hall")[0]).toMatchObject({ email: null, state: "overdue" });
    expect(find("Pied Piper", "follow-up")[0]).toMatchObject({ due: "2026-03-13" });
    // Snoozed, replied, closed and future interviews raise nothing.
    for (const quiet of ["Vandelay", "Hooli", "Stark", "Wayne"])
      expect(json.items.filter((i) => i.file.includes(quiet))).toEqual([]);
    expect(json.problems).toEqual([
      expect.objectContaining({
        file: "Interviews/2026-03-08 Massive Dynamic - Research Engineer (onsite).md",
        message: expect.stringContaining('interview_date "next tuesday" is not a date') as string,
      }),
    ]);
    expect(json.summary).toMatchObject({ active: 10, offers: 1, keepApplying: false });
    // Tomorrow's interview: one interviewer has no email on file yet.
    expect(find("Tyrell", "ask-contacts")).toEqual([
      expect.objectContaining({ due: "2026-03-13T10:00", state: "upcoming", missing: ["Rachael Rosen"] }),
    ]);
    const dues = json.items.map((i) => i.due);
    expect([...dues].sort((a, b) => a.slice(0, 10).localeCompare(b.slice(0, 10)))).toEqual(dues);
  });

  it("reads but never writes", () => {
    const before = hashTree(EXAMPLE);
    cli("due", EXAMPLE, "--now", NOW);
    expect(hashTree(EXAMPLE)).toBe(before);
  });

  it("--now with a date alone means the start of that day; without --now the clock is used", () => {
    expect(dueJson(EXAMPLE, "--now", "2026-03-12").now).toBe("2026-03-12T00:00");
    expect(dueJson(EXAMPLE).now).toBe("2026-03-12T09:00");
  });
});

describe("errors are one line (and where to read more) and exit 2", () => {
  it.each([
    [["due", "no/such/folder"], /^job-journal due: vault folder not found: no\/such\/folder$/],
    [["due"], /^job-journal due: missing required argument 'vault-folder'$/],
    [["due", EXAMPLE, "--now", "tuesday"], /^job-journal due: --now "tuesday" is not YYYY-MM-DD/],
    [["due", EXAMPLE, "--colour"], /^job-journal due: unknown option '--colour'$/],
    [["due", EXAMPLE, "--jsn"], /^job-journal due: unknown option '--jsn' \(Did you mean --json\?\)$/],
    [["due", EXAMPLE, "--config", "no-such.json"], /^job-journal due: cannot read config no-such.json/],
    [["frobnicate"], /^job-journal: unknown command 'frobnicate'; the commands are due, done, reply, .*, completion$/],
    [["stats", EXAMPLE, "--now"], /^job-journal stats: option '--now <when>' argument missing$/],
  ])("%j", (argv, message) => {
    const run = cli(...argv);
    expect(run.code).toBe(2);
    const [first, ...rest] = run.err.trim().split("\n");
    expect(first).toMatch(message);
    // Commander's errors point to the help; ours say what is accepted in the line itself.
    expect(rest.join("\n")).toMatch(/^(\(see `job-journal (\w+ )?--help`\))?$/);
  });
});

describe("settings: the plugin's data.json, then --config", () => {
  const note = "---\nkind: job-interview\nEmployer: Initrode\nWhen: 2026-03-09\n---\n";
  const pluginData = JSON.stringify({
    version: 1,
    typeValue: "job-interview",
    keys: { type: "kind", company: "Employer", interviewDate: "When" },
  });

  it("reads the saved plugin settings from the vault", () => {
    const vault = tempVault({ "n.md": note, ".obsidian/plugins/job-search-journal/data.json": pluginData });
    const json = dueJson(vault, "--now", NOW);
    expect(json.items[0]?.company).toBe("Initrode");
  });

  it("--config overrides them", () => {
    const vault = tempVault({
      "n.md": note,
      ".obsidian/plugins/job-search-journal/data.json": pluginData,
      "cfg.json": JSON.stringify({ closedStatuses: ["waiting"] }),
    });
    const withStatus = tempVault({
      "n.md": note.replace("---\n", "---\nstatus: waiting\n").replace(/^---\n/, "---\n"),
      ".obsidian/plugins/job-search-journal/data.json": pluginData,
    });
    expect(dueJson(withStatus, "--now", NOW).items.length).toBeGreaterThan(0);
    expect(dueJson(withStatus, "--now", NOW, "--config", join(vault, "cfg.json")).items).toEqual([]);
  });

  it.each([
    ["{ not json", /is not valid JSON/],
    [JSON.stringify({ rules: { staleDays: -1 } }), /rules.staleDays must be a whole number from 0 to 3650, not -1/],
  ])("a bad config %s exits 2", (text, message) => {
    const vault = tempVault({ "n.md": note, "cfg.json": text });
    const run = cli("due", vault, "--config", join(vault, "cfg.json"));
    expect(run.code).toBe(2);
    expect(run.err).toMatch(message);
  });
});

describe("untrusted notes", () => {
  it("a ---js block is never evaluated, and one broken note hides nothing", () => {
    const marker = join(tempVault({}), "pwned");
    const vault = tempVault({
      "evil.md": `---js\n{ type: "interview", x: require("fs").writeFileSync(${JSON.stringify(marker)}, "x") }\n---\n`,
      "broken.md": "---\ntype: interview\ncompany: [oops\ninterview_date: 2026-03-09\n---\n",
      "ok.md": "---\ntype: interview\ncompany: Fine\ninterview_date: 2026-03-09\n---\n",
      "journal.md": "---\nmood: [broken\n---\nNo interview today.",
    });
    const json = dueJson(vault, "--now", NOW);
    expect(existsSync(marker)).toBe(false);
    expect(json.items.map((i) => i.company)).toContain("Fine");
    expect(json.problems).toEqual([
      {
        file: "broken.md",
        key: null,
        line: 4,
        message: expect.stringMatching(/^the frontmatter is not valid YAML: /) as string,
      },
    ]);
  });
});

describe("the built command", () => {
  it("dist/cli.js runs as a program and exits with the command's code", () => {
    const ok = execFileSync(process.execPath, ["dist/cli.js", "due", EXAMPLE, "--now", NOW], { encoding: "utf8" });
    expect(ok).toContain("Follow-ups due at 2026-03-12 09:00");
    const bad = spawnSync(process.execPath, ["dist/cli.js", "due", "missing-folder"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe("job-journal due: vault folder not found: missing-folder\n");
  });
});
