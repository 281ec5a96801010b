import { writeFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cli, dueJson, tempVault } from "../helpers/cli";
import { SETTINGS_VERSION } from "../../src/core/settings/settings";

const OTHER = "tests/fixtures/other-schema-vault";
const APPLICATIONS = "tests/fixtures/application-vault";
const NOW = "2026-03-12T09:00";

function suggest(vault: string): Record<string, unknown> {
  const run = cli("suggest-config", vault);
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as Record<string, unknown>;
}

/** The proposal written to a file, for --config. */
function proposalFile(vault: string): string {
  const cfg = join(tempVault({}), "cfg.json");
  writeFileSync(cfg, cli("suggest-config", vault).out);
  return cfg;
}

describe("job-journal suggest-config on an application-centric vault", () => {
  it("proposes the approved mapping, with its reasons", async () => {
    const run = cli("suggest-config", APPLICATIONS);
    expect(run.code).toBe(0);
    await expect(run.out).toMatchFileSnapshot("approved/suggest-applications.json");
    await expect(run.err).toMatchFileSnapshot("approved/suggest-applications.txt");
  });

  it("tells the applied date from the interview date, and the reminder date is follow_up_on", () => {
    const keys = suggest(APPLICATIONS).keys as Record<string, string>;
    expect(keys).toMatchObject({
      status: "Stage",
      appliedOn: "Date Applied",
      interviewDate: "Interview Date",
      followUpOn: "Follow-up Reminder",
      interviewers: "Contact",
    });
  });

  it("then due --config gives exactly what a job seeker would expect", () => {
    const json = dueJson(APPLICATIONS, "--now", NOW, "--config", proposalFile(APPLICATIONS));
    const items = json.items.map((i) => [i.company, i.kind, i.person ?? i.attempt, i.due, i.state]);
    expect(items).toEqual(
      [
        ["Fabrikam", "debrief", null, "2026-03-11", "overdue"],
        ["Litware", "follow-up", 1, "2026-03-10", "overdue"],
        ["Northwind Traders", "follow-up", 1, "2026-03-12", "due"],
        ["Fabrikam", "thank-you", "Maya Chen", "2026-03-12T10:00", "due"],
        ["Fabrikam", "follow-up", 1, "2026-03-18", "upcoming"],
      ].sort((a, b) => String(a[3]).localeCompare(String(b[3]))),
    );
    // Northwind was only applied to: its follow-up is about the application, nothing else.
    expect(json.items.find((i) => i.company === "Northwind Traders")).toMatchObject({ application: true });
    // Reviewing, Do not apply, Rejected and Offered: nothing due, and no mistakes reported.
    expect(json.problems).toEqual([]);
    // Active: the two applied and the two interviewing; not the one being reviewed.
    expect(json.summary).toMatchObject({ active: 4, awaitingReply: 2, offers: 1 });
  });

  it("statistics count only interviews that happened", () => {
    const run = cli("stats", APPLICATIONS, "--now", NOW, "--json", "--config", proposalFile(APPLICATIONS));
    const stats = JSON.parse(run.out) as { interviews: { total: number }; thankYous: Record<string, number> };
    expect(stats.interviews.total).toBe(3);
    // Litware's "Thanked: Ravi Patel, Jo Kim" (one string, no date); Tailspin: none recorded.
    expect(stats.thankYous).toEqual({ onTime: 0, late: 0, undated: 1, none: 1 });
  });

  it("says that the log notes are not read, rather than guessing from them", () => {
    expect(cli("suggest-config", APPLICATIONS).err).toContain(
      "2 notes look like logs of calls or emails linked to an application",
    );
  });
});

describe("job-journal suggest-config on an interview-centric vault with its own names", () => {
  it("maps it, and says why", () => {
    const run = cli("suggest-config", OTHER);
    expect(JSON.parse(run.out)).toMatchObject({
      version: SETTINGS_VERSION,
      interviewFolders: ["Job Hunt/Applications"],
      personEmailKey: "Email",
      // The vault's own words, written when the tool sets a status.
      writeStatuses: { applied: "Applied", interviewing: "Interviewing", offer: "Offer", closed: "Ghosted" },
      keys: {
        status: "App-Stage",
        interviewers: "Contacts",
        interviewDate: "Interview-Date",
        followUpOn: "Follow-Up-Reminder-Date",
        thanked: "Thank-Yous-Sent",
        company: "Company",
        role: "Position",
        appliedOn: "Applied-Date",
      },
    });
    expect(run.err).toContain(
      'status: "App-Stage" (its name says status; values in 4 classes (applied, closed, interviewing, offer)) in 6 application notes',
    );
    expect(run.err).toContain('person notes\' email: "Email" (4 linked person notes)');
  });

  it("tells a stage (phone screen, onsite) from a status (waiting, rejected, offer)", () => {
    const vault = tempVault({
      "Jobs/a.md": "---\nEmployer: A\nStage: phone screen\nOutcome: waiting\nInterview on: 2026-03-10\n---\n",
      "Jobs/b.md": "---\nEmployer: B\nStage: onsite\nOutcome: rejected\nInterview on: 2026-03-02\n---\n",
      "Jobs/c.md": "---\nEmployer: C\nStage: final\nOutcome: offer\nInterview on: 2026-02-20\n---\n",
    });
    const keys = (JSON.parse(cli("suggest-config", vault).out) as { keys: Record<string, string> }).keys;
    expect(keys).toEqual({ status: "Outcome", company: "Employer", interviewDate: "Interview on" });
    // "Stage" is read as the stage already (names match in any case): nothing to map.
    expect(dueJson(vault, "--now", NOW, "--config", proposalFile(vault)).items.map((i) => i.stage)).toContain(
      "phone screen",
    );
  });

  it("its output works as --config as it is: the follow-ups of that vault come out right", () => {
    const json = dueJson(OTHER, "--now", NOW, "--config", proposalFile(OTHER));
    const find = (company: string, kind: string) => json.items.filter((i) => i.company === company && i.kind === kind);
    expect(find("Northwind", "thank-you").map((i) => [i.person, i.email])).toEqual([
      ["Dana Scully", "dana.scully@northwind.example"],
      ["Fox Mulder", "fox.mulder@northwind.example"],
    ]);
    expect(find("Northwind", "follow-up")[0]).toMatchObject({ due: "2026-03-17", attempt: 1 });
    for (const closed of ["Contoso", "Tailspin", "Litware", "Adventure Works"])
      expect(json.items.filter((i) => i.company === closed)).toEqual([]);
    expect(json.summary).toMatchObject({ active: 3, offers: 1 });
    expect(json.problems).toEqual([]);
  });
});

describe("suggest-config never makes a working vault worse", () => {
  it("on the example vault: your notes already match, nothing is proposed", () => {
    const run = cli("suggest-config", "examples/vault");
    expect(JSON.parse(run.out)).toEqual({ version: SETTINGS_VERSION });
    expect(run.err).toMatch(/^Your notes already match: 13 notes are read as application notes/);
    expect(dueJson("examples/vault", "--now", NOW, "--config", proposalFile("examples/vault"))).toEqual(
      dueJson("examples/vault", "--now", NOW),
    );
  });

  it("on a vault already mapped by its saved settings: nothing is proposed either", () => {
    const cfg = cli("suggest-config", OTHER).out;
    const vault = tempVault({
      "Job Hunt/Applications/a.md": "---\nCompany: A\nApp-Stage: Interviewing\nInterview-Date: 2026-03-10\n---\n",
      "Job Hunt/Applications/b.md": "---\nCompany: B\nApp-Stage: Rejected\n---\n",
      ".obsidian/plugins/job-search-journal/data.json": cfg,
    });
    expect(JSON.parse(cli("suggest-config", vault).out)).toEqual({ version: SETTINGS_VERSION });
  });

  it("a vault with nothing that reads like an application status gets no mapping", () => {
    const vault = tempVault({ "a.md": "---\ntags: [x]\nmood: fine\n---\n" });
    const run = cli("suggest-config", vault);
    expect(JSON.parse(run.out)).toEqual({ version: SETTINGS_VERSION });
    expect(run.err).toMatch(/^No property reads like an application status/);
  });

  it("a property called only Date is not guessed at", () => {
    const vault = tempVault({
      "Jobs/a.md": "---\nCompany: A\nStatus: Applied\nDate: 2026-03-01\n---\n",
      "Jobs/b.md": "---\nCompany: B\nStatus: Rejected\nDate: 2026-02-01\n---\n",
    });
    const run = cli("suggest-config", vault);
    expect((JSON.parse(run.out) as { keys?: Record<string, string> }).keys).not.toHaveProperty("interviewDate");
    expect(run.err).toContain('"Date": not mapped: it could be the applied date or the interview date');
  });

  // Any vault in the default schema, typed any way the schema allows: the proposal changes nothing.
  const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-03-${String(d).padStart(2, "0")}`);
  const status = fc.constantFrom(
    "",
    "waiting",
    "scheduled",
    "next round",
    "applied",
    "offer",
    "rejected",
    "Reviewing",
    "ghosted",
    "in limbo",
  );
  const person = fc.constantFrom(
    "Jane Doe",
    "Tom Becker <tom@acme.example>",
    "[[Priya Raman]]",
    "Doe, Jane",
    "Ann; Bob",
  );
  const note = fc.record({
    company: fc.constantFrom("Acme", "Globex", "[[Initech]]", ""),
    role: fc.constantFrom("Engineer", "Analyst", ""),
    stage: fc.constantFrom("phone screen", "onsite", "final", ""),
    interview_date: fc.option(day, { nil: undefined }),
    applied_on: fc.option(day, { nil: undefined }),
    interviewers: fc.array(person, { maxLength: 3 }),
    thanked: fc.array(person, { maxLength: 2 }),
    follow_up_1: fc.option(day, { nil: undefined }),
    replied: fc.option(day, { nil: undefined }),
    status,
  });
  it("property: for any vault in the default schema, due --config <proposal> equals due", () => {
    fc.assert(
      fc.property(fc.array(note, { minLength: 1, maxLength: 6 }), (notes) => {
        const files: Record<string, string> = {};
        notes.forEach((n, i) => {
          const lines = [
            "type: interview",
            ...Object.entries(n).flatMap(([k, v]) =>
              v === undefined || v === ""
                ? []
                : Array.isArray(v)
                  ? [`${k}: ${JSON.stringify(v)}`]
                  : [`${k}: ${JSON.stringify(v)}`],
            ),
          ];
          files[`Interviews/n${i}.md`] = `---\n${lines.join("\n")}\n---\n`;
        });
        const vault = tempVault(files);
        expect(dueJson(vault, "--now", NOW, "--config", proposalFile(vault))).toEqual(dueJson(vault, "--now", NOW));
      }),
      { numRuns: 40 },
    );
  });
});
