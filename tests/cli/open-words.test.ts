import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, dueJson, tempVault } from "../helpers/cli";

/**
 * A tracker whose only open word is Active, the stage kept in the dates: Active with an interview
 * date is interviewing (its thank-yous are due, no "says no interview yet"), and a logged
 * interview keeps Active, the vault's word, instead of a stock one.
 */
const note = (company: string, status: string, extra = "") =>
  `---\ntags: [job]\ncompany: ${company}\nstatus: ${status}\napplied: 2026-02-2${company.length % 9}\n${extra}---\nNotes.\n`;

function activeVault(): { root: string; config: string } {
  const root = tempVault({
    "Jobs/Acme.md": note("Acme", "Active", "interview_date: 2026-03-11T14:00\ninterviewers: [Jane Doe]\n"),
    "Jobs/Globex.md": note("Globex", "Active"),
    "Jobs/Hooli.md": note("Hooli", "Active"),
    "Jobs/Initech.md": note("Initech", "Rejected"),
    "Jobs/Umbrella.md": note("Umbrella", "Offer"),
  });
  const run = cli("suggest-config", root);
  expect(run.code).toBe(0);
  const config = join(tempVault({}), "config.json");
  writeFileSync(config, run.out);
  return { root, config };
}

describe("a vault whose only open word is Active", () => {
  it("maps Active as going on, written for interviewing too", () => {
    const { root } = activeVault();
    const run = cli("suggest-config", root);
    expect(run.err).toContain('interviewing: written as "Active", the notes\' word for an application going on');
    expect(JSON.parse(run.out)).toMatchObject({ writeStatuses: { interviewing: "Active" } });
  });

  it("Active with an interview date is interviewing: its items are due and nothing says no interview yet", () => {
    const { root, config } = activeVault();
    const json = dueJson(root, "--now", "2026-03-12T09:00", "--config", config);
    expect(json.problems).toEqual([]);
    expect(json.items.map((i) => `${i.company} ${i.kind}`)).toEqual(
      expect.arrayContaining(["Acme debrief", "Acme thank-you", "Acme follow-up"]),
    );
    expect(json.summary).toMatchObject({ active: 3, awaitingReply: 1, offers: 1 });
  });

  it("logging an interview keeps Active and writes the date", () => {
    const { root, config } = activeVault();
    const run = cli("interview", root, "Jobs/Globex.md", "--date", "2026-03-13T10:00", "--config", config);
    expect(run.code, run.err).toBe(0);
    const text = readFileSync(join(root, "Jobs/Globex.md"), "utf8");
    expect(text).toContain("status: Active\n");
    expect(text).toContain("interview_date: 2026-03-13T10:00\n");
  });
});
