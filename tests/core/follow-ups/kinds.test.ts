import { describe, expect, it } from "vitest";
import {
  CLI_DONE_KINDS,
  doneAction,
  GENERAL_TIMINGS,
  KINDS,
  ruleLabels,
  runPhaseOf,
  type KindDefinition,
} from "../../../src/core/follow-ups/kinds";
import { ITEM_KINDS } from "../../../src/core/follow-ups/items";
import { readNote, at } from "../../helpers/notes";
import { DEFAULT_RULES } from "../../../src/core/settings/settings";
import type { DueItem } from "../../../src/core/follow-ups/items";
import { dueItem } from "../../helpers/notes";

/** The one definition per kind: consistent with itself, and impossible to extend half-way. */

const item = (kind: DueItem["kind"]): DueItem => dueItem({ file: "n.md", kind, person: "Ann", attempt: 1 });

describe("every kind", () => {
  it.each(ITEM_KINDS)("%s: a Done button exactly when Done records something, a CLI name exactly then", (kind) => {
    const d: KindDefinition = KINDS[kind];
    const action = doneAction(item(kind), "2026-03-12");
    expect(d.actions.includes("done")).toBe(action !== undefined);
    expect(d.doneLabel !== "").toBe(action !== undefined);
    expect(d.cli !== null).toBe(action !== undefined);
    // Names the company (a thank-you to someone names them; the context line gives the company).
    expect(d.sentence({ ...item(kind), person: undefined })).toContain("Acme");
    expect(d.actions.at(-1)).toBe("snooze");
  });

  it("every timing setting is labelled once, by one kind or as the list's own", () => {
    const labelled = ruleLabels().flatMap((g) => g.rules.map(([rule]) => rule));
    expect([...labelled].sort()).toEqual(Object.keys(DEFAULT_RULES).sort());
    expect(new Set(labelled).size).toBe(labelled.length);
    expect(GENERAL_TIMINGS).toEqual(["lookaheadDays", "staleDays"]);
  });

  it("the CLI's done names are the kinds that record a step", () => {
    expect(CLI_DONE_KINDS).toEqual(ITEM_KINDS.filter((k) => doneAction(item(k), "2026-03-12") !== undefined));
    expect(CLI_DONE_KINDS).toEqual(expect.arrayContaining(["thank-you", "debrief", "inform-references", "follow-up"]));
  });
});

describe("when a kind runs is data: the phase a note is in", () => {
  it.each([
    ["considering", { status: "wishlist" }, "2026-03-12T09:00", undefined],
    ["applied, no interview", { status: "applied", applied_on: "2026-03-01" }, "2026-03-12T09:00", "applied"],
    ["an interview not started", { interview_date: "2026-03-12T14:00" }, "2026-03-12T13:59", "scheduled"],
    ["the minute it starts", { interview_date: "2026-03-12T14:00" }, "2026-03-12T14:00", "interviewed"],
    ["a date-only interview, that day", { interview_date: "2026-03-12" }, "2026-03-12T00:00", "interviewed"],
    ["an offer", { interview_date: "2026-03-02", status: "offer" }, "2026-03-12T09:00", "offer"],
    ["closed", { interview_date: "2026-03-02", status: "rejected" }, "2026-03-12T09:00", undefined],
  ])("%s", (_, fm, now, phase) => {
    const { note } = readNote({ type: "interview", company: "Acme", ...fm });
    expect(runPhaseOf(note, at(now))).toBe(phase);
  });

  it.each(ITEM_KINDS)("%s lists the phases it runs in, each a phase there is", (kind) => {
    const phases = (KINDS[kind] as KindDefinition).phases;
    expect(phases.length).toBeGreaterThan(0);
    for (const p of phases) expect(["applied", "scheduled", "interviewed", "offer"]).toContain(p);
  });
});
