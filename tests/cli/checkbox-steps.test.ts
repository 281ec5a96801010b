import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { cli, dueJson, tempVault } from "../helpers/cli";

/**
 * Steps kept as checkboxes: a vault ticks `Dankesmail`, `debrief_done` or `followed_up` once the
 * step is done. A ticked box is the step done (for every interviewer, for a thank-you); recording
 * the step ticks the box, and adds no list or date beside it.
 */
const NOTE = `---
Firma: Initech GmbH
Status: Eingeladen
Gesprächstermin: 2026-03-11T10:00
Ansprechpartner:
  - Sabine Weber <s.weber@initech.example>
  - Jan Brandt <j.brandt@initech.example>
Dankesmail: false
debrief_done: False
followed_up: false
---
Notizen.
`;

const config = {
  version: 2,
  interviewFolders: ["Bewerbungen"],
  keys: {
    company: "Firma",
    status: "Status",
    interviewDate: "Gesprächstermin",
    interviewers: "Ansprechpartner",
    thanked: "Dankesmail",
    debriefed: "debrief_done",
    followUp1: "followed_up",
  },
  statuses: { interviewing: ["Eingeladen"] },
};

function vault(text = NOTE): { root: string; config: string } {
  const root = tempVault({ "Bewerbungen/Initech.md": text });
  const file = join(root, "..", `${root.split("/").pop() ?? "x"}.json`);
  writeFileSync(file, JSON.stringify(config));
  return { root, config: file };
}

const kinds = (root: string, file: string) =>
  dueJson(root, "--now", "2026-03-12T09:00", "--config", file).items.map(
    (i) => `${i.kind}${i.person ? `/${i.person}` : ""}`,
  );

describe("steps kept as checkboxes", () => {
  it("unticked, every step is due; ticked, none is (a ticked thank-you is every interviewer thanked)", () => {
    const open = vault();
    expect(kinds(open.root, open.config)).toEqual([
      "debrief",
      "thank-you/Jan Brandt",
      "thank-you/Sabine Weber",
      "follow-up",
    ]);
    const done = vault(
      NOTE.replace("Dankesmail: false", "Dankesmail: true").replace("debrief_done: False", "debrief_done: true"),
    );
    expect(kinds(done.root, done.config)).toEqual(["follow-up"]);
    const check = cli("check", done.root, "--config", done.config);
    expect(check.out).toBe("No problems in 1 application note.\n");
  });

  it("recording a step ticks its box, in the box's own spelling, and changes nothing else", () => {
    const { root, config: file } = vault();
    const path = join(root, "Bewerbungen/Initech.md");
    expect(cli("done", root, "Bewerbungen/Initech.md", "debrief", "--config", file).code).toBe(0);
    expect(readFileSync(path, "utf8")).toBe(NOTE.replace("debrief_done: False", "debrief_done: True"));
    const run = cli("done", root, "Bewerbungen/Initech.md", "thank-you", "--person", "Sabine Weber", "--config", file);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain("Dankesmail: ticked");
    expect(readFileSync(path, "utf8")).toBe(
      NOTE.replace("debrief_done: False", "debrief_done: True").replace("Dankesmail: false", "Dankesmail: true"),
    );
    // Ticked already: a second thank-you has nothing to change.
    expect(
      cli("done", root, "Bewerbungen/Initech.md", "thank-you", "--person", "Jan Brandt", "--config", file).out,
    ).toMatch(/^Nothing to change/);
  });
});
