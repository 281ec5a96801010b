import { describe, expect, it } from "vitest";
import { cli, tempVault } from "../helpers/cli";

const EXAMPLE = "examples/vault";
const NOW = "2026-03-12T09:00";

describe("job-journal stats", () => {
  it("prints the approved statistics of the example vault", async () => {
    const run = cli("stats", EXAMPLE, "--now", NOW);
    expect(run.code).toBe(0);
    await expect(run.out).toMatchFileSnapshot("approved/stats-example.txt");
  });

  it("prints the approved JSON", async () => {
    const run = cli("stats", EXAMPLE, "--now", NOW, "--json");
    expect(run.code).toBe(0);
    await expect(run.out).toMatchFileSnapshot("approved/stats-example.json");
    const json = JSON.parse(run.out) as { interviews: { total: number }; perWeek: { count: number }[] };
    // The note whose interview_date is not a date is left out, as `check` reports.
    expect(json.interviews.total).toBe(12);
    expect(json.perWeek.reduce((n, w) => n + w.count, 0)).toBe(12);
  });

  it("says plainly when there is nothing to count yet", () => {
    const run = cli("stats", tempVault({ "Note.md": "# just a note\n" }), "--now", NOW);
    expect(run.out).toBe(
      [
        `Job search statistics at 2026-03-12 09:00`,
        "",
        "Interviews:  0 interviews (0 held, 0 coming up)",
        "By stage:    none yet",
        "By status:   none yet",
        "Replies:     0 of 0 interviews held got a reply (–)",
        "Follow-ups:  a reply came after 0 of 0 first follow-ups (–) and 0 of 0 second ones (–)",
        "Thank-yous:  no interview is past its thank-you window yet",
        "",
      ].join("\n"),
    );
  });
});
