// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { BOMB } from "../helpers/hostile";
import { recordInHarness, startPlugin } from "../helpers/plugin-harness";

/** The plugin's read and write paths with the notes that took the CLI down. */

afterEach(() => {
  vi.useRealTimers();
});

const ACME = "---\ntype: interview\ncompany: Acme\ninterview_date: 2026-03-09\ninterviewers: [Jane Doe]\n---\nBody.\n";

describe("the plugin with hostile notes", () => {
  it("an alias bomb: reported under Needs attention; the other notes' items are all there", async () => {
    const h = await startPlugin({ "Jobs/bomb.md": BOMB, "Jobs/acme.md": ACME });
    const view = await h.openView();
    expect(h.itemTexts()).toContain("Send a thank-you to Jane Doe");
    expect([...view.querySelectorAll(".jsj-problem")].map((p) => p.textContent).join(" ")).toContain(
      "the properties hold more than 10,000 values",
    );
  });

  it("an alias bomb: a write to it is refused, the note untouched", async () => {
    const h = await startPlugin({ "Jobs/bomb.md": BOMB });
    // The write path the buttons and commands use, with Obsidian's parseYaml (the fake's, which
    // like Obsidian's shares an alias's object instead of refusing).
    const result = await recordInHarness(h, "Jobs/bomb.md", { kind: "move-on" }, { force: true });
    expect(result).toMatchObject({ status: "refused" });
    await h.saveAll();
    expect(h.content("Jobs/bomb.md")).toBe(BOMB);
  });

  it("a tagged value: Sent replaces tag and value, and the note still reads", async () => {
    const note = "---\ntype: interview\ncompany: Globex\ninterview_date: 2026-02-20\nfollow_up_1: !!null ~\n---\n";
    const h = await startPlugin({ "Jobs/globex.md": note });
    await h.openView();
    const item = h.findItem("Follow up with Globex by email (1 of 2)");
    await h.click(item.querySelector("[data-action=done]")!);
    await h.saveAll();
    expect(h.content("Jobs/globex.md")).toBe(note.replace("follow_up_1: !!null ~", "follow_up_1: 2026-03-12"));
    expect(h.itemTexts()).toContain("Follow up with Globex by email (2 of 2)");
  });
});
