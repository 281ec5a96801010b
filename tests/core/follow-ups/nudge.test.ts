import { describe, expect, it } from "vitest";
import type { DueItem } from "../../../src/core/follow-ups/items";
import { nudgeDue, nudgeText } from "../../../src/core/follow-ups/nudge";
import { dueItem } from "../../helpers/notes";

const item = (kind: DueItem["kind"], state: DueItem["state"], extra: Partial<DueItem> = {}): DueItem =>
  dueItem({ id: `${kind}-${state}`, file: "a.md", kind, state, role: "SRE", ...extra });

describe("the daily nudge", () => {
  it.each<[string, DueItem[], string | undefined]>([
    ["nothing due", [], undefined],
    ["only upcoming", [item("debrief", "upcoming")], undefined],
    [
      "one due",
      [item("thank-you", "due", { person: "Tom Becker" })],
      "1 follow-up to do today: send a thank-you to Tom Becker.",
    ],
    [
      "overdue counts as today's",
      [item("thank-you", "overdue", { person: "Tom Becker" }), item("debrief", "due")],
      "2 follow-ups to do today: send a thank-you to Tom Becker; write your Acme debrief while it is fresh.",
    ],
    [
      "the first two by name, the rest counted",
      [
        item("thank-you", "overdue", { person: "Tom Becker" }),
        item("debrief", "due"),
        item("follow-up", "due", { attempt: 1, channel: "email" }),
        item("debrief", "upcoming"),
      ],
      "3 follow-ups to do today: send a thank-you to Tom Becker; write your Acme debrief while it is fresh, and 1 more.",
    ],
  ])("%s", (_what, items, text) => {
    expect(nudgeText(items)).toBe(text);
  });

  it.each<[boolean, string, string, boolean]>([
    [true, "", "2026-03-12", true],
    [true, "2026-03-11", "2026-03-12", true],
    [true, "2026-03-12", "2026-03-12", false],
    [false, "", "2026-03-12", false],
  ])("on %s, last on %j, today %s: %s", (on, last, today, due) => {
    expect(nudgeDue(on, last, today)).toBe(due);
  });
});
