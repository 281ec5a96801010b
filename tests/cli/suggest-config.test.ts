import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, dueJson, tempVault } from "../helpers/cli";

const OTHER = "tests/fixtures/other-schema-vault";
const NOW = "2026-03-12T09:00";

function suggest(vault: string): Record<string, unknown> {
  const run = cli("suggest-config", vault);
  expect(run.code).toBe(0);
  return JSON.parse(run.out) as Record<string, unknown>;
}

describe("job-journal suggest-config", () => {
  it("maps a vault that tracks applications under its own names, and says why", () => {
    const run = cli("suggest-config", OTHER);
    expect(JSON.parse(run.out)).toEqual({
      version: 1,
      interviewFolders: ["Job Hunt/Applications"],
      closedStatuses: ["offer", "accepted", "rejected", "withdrawn", "closed", "ghosted"],
      activeStatuses: ["scheduled", "waiting", "next round", "applied", "interviewing"],
      preInterviewStatuses: ["applied"],
      offerStatuses: ["offer"],
      acceptedStatuses: ["accepted"],
      personEmailKey: "Email",
      keys: {
        status: "App-Stage", interviewers: "Contacts", interviewDate: "Interview-Date", followUpOn: "Follow-Up-Reminder-Date",
        thanked: "Thank-Yous-Sent", company: "Company", role: "Position",
      },
    });
    expect(run.err).toContain('status: "App-Stage" (values: applied, ghosted, interviewing, offer, rejected) in 6 notes');
    expect(run.err).toContain('person notes\' email: "Email" (4 linked person notes)');
  });

  it("its output works as --config as it is: the follow-ups of that vault come out right", () => {
    const cfg = join(tempVault({}), "cfg.json");
    const run = cli("suggest-config", OTHER);
    writeFileSync(cfg, run.out);
    const json = dueJson(OTHER, "--now", NOW, "--config", cfg);
    const find = (company: string, kind: string) => json.items.filter((i) => i.company === company && i.kind === kind);
    expect(find("Northwind", "thank-you").map((i) => [i.person, i.email])).toEqual([
      ["Dana Scully", "dana.scully@northwind.example"],
      ["Fox Mulder", "fox.mulder@northwind.example"],
    ]);
    // Follow-Up-Reminder-Date is the hand-set follow-up date.
    expect(find("Northwind", "follow-up")[0]).toMatchObject({ due: "2026-03-17", attempt: 1 });
    // Rejected, offer and ghosted applications raise nothing.
    for (const closed of ["Contoso", "Tailspin", "Litware"]) expect(json.items.filter((i) => i.company === closed)).toEqual([]);
    expect(json.summary).toMatchObject({ active: 3, offers: 1 });
    // Adventure Works is only applied to: no interview date, and nothing the matter with that.
    expect(json.problems).toEqual([]);
  });

  it("on a vault that already uses the default schema, the suggestion changes nothing", () => {
    const cfg = join(tempVault({}), "cfg.json");
    writeFileSync(cfg, cli("suggest-config", "examples/vault").out);
    expect(suggest("examples/vault")).toMatchObject({ typeValue: "interview" });
    expect(suggest("examples/vault").keys).toBeUndefined();
    expect(dueJson("examples/vault", "--now", NOW, "--config", cfg)).toEqual(dueJson("examples/vault", "--now", NOW));
  });

  it("a vault with nothing that reads like an application status gets no mapping", () => {
    const vault = tempVault({ "a.md": "---\ntags: [x]\nmood: fine\n---\n" });
    const run = cli("suggest-config", vault);
    expect(JSON.parse(run.out)).toEqual({ version: 1 });
    expect(run.err).toMatch(/^No property reads like an application status/);
  });
});
