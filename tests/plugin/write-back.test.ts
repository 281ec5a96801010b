// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { startPlugin } from "../helpers/plugin-harness";

const ACME = "Interviews/2026-03-11 Acme - Backend Engineer (onsite).md";

afterEach(() => {
  vi.useRealTimers();
});

describe("writing to a note open in an editor", () => {
  it("goes through the editor as one minimal transaction: typed text, cursor and undo all survive", async () => {
    const h = await startPlugin();
    await h.openView();
    const view = await h.openNote(ACME);
    const editor = view.editor;
    // The user is typing at the end of the body; autosave has not run yet.
    editor.setCursor(editor.offsetToPos(editor.getValue().length));
    editor.type("\nAlso: ask Lena about the on-call rota.");
    const typed = editor.getValue();
    const cursor = editor.getCursor();
    const writesBefore = h.app.vault.writes.length;

    await h.click(h.findItem("Write your Acme debrief while it is fresh").querySelector('[data-action="done"]')!);

    expect(editor.getValue()).toBe(typed.replace("status: waiting\n", "status: waiting\ndebriefed: 2026-03-12\n"));
    expect(editor.transactions.at(-1)?.changes).toEqual([
      { from: { line: 17, ch: 0 }, to: { line: 17, ch: 0 }, text: "debriefed: 2026-03-12\n" },
    ]);
    expect(editor.fullReplacements).toBe(0);
    expect(editor.getCursor()).toEqual({ line: cursor.line + 1, ch: cursor.ch });
    // Nothing was written under the editor: the file changes when Obsidian saves the editor.
    expect(h.app.vault.writes.slice(writesBefore)).toEqual([]);
    // Undo takes back the plugin's change and nothing else.
    editor.undo();
    expect(editor.getValue()).toBe(typed);
    // Autosave: the note reaches the disk and the view follows.
    await h.click(h.findItem("Write your Acme debrief while it is fresh").querySelector('[data-action="done"]')!);
    view.save();
    await Promise.resolve();
    expect(h.content(ACME)).toContain("Also: ask Lena about the on-call rota.");
    expect(h.content(ACME)).toContain("debriefed: 2026-03-12");
    expect(h.itemTexts()).not.toContain("Write your Acme debrief while it is fresh");
  });

  it("a step recorded by hand a moment ago is not written again; the view catches up", async () => {
    const h = await startPlugin();
    await h.openView();
    const view = await h.openNote(ACME);
    // Typed in the editor, not yet saved, so the index does not know yet.
    const at = view.editor.getValue().indexOf("status: waiting");
    view.editor.setCursor(view.editor.offsetToPos(at));
    view.editor.type("debriefed: 2026-03-11\n");
    const text = view.editor.getValue();
    const transactions = view.editor.transactions.length;
    await h.click(h.findItem("Write your Acme debrief while it is fresh").querySelector('[data-action="done"]')!);
    expect(view.editor.getValue()).toBe(text);
    expect(view.editor.transactions).toHaveLength(transactions);
    expect(h.notices().at(-1)).toBe(
      "2026-03-11 Acme - Backend Engineer (onsite): already recorded (debriefed is already recorded (2026-03-11)).",
    );
  });
});

describe("writing to a note that is not open", () => {
  it("uses vault.process, and a value already there means no write at all", async () => {
    const h = await startPlugin();
    await h.openView();
    const process = vi.spyOn(h.app.vault, "process");
    const modify = vi.spyOn(h.app.vault, "modify");
    await h.click(h.findItem("Tell your references about the Acme interview").querySelector('[data-action="done"]')!);
    expect(process).toHaveBeenCalledTimes(1);
    expect(modify).not.toHaveBeenCalled();
    expect(h.content(ACME)).toContain("references_informed: 2026-03-12\n---");
    // Recorded by hand in another app meanwhile: the next click writes nothing.
    const text = h.content(ACME);
    const writes = h.app.vault.writes.length;
    await h.app.vault.process(h.app.vault.getFileByPath(ACME)! as never, (t) =>
      t.replace("thanked: []", "thanked: [Tom Becker, Priya Raman, Lena Fischer]"),
    );
    expect(h.app.vault.writes.length).toBe(writes + 1);
    process.mockClear();
    await h.click(h.findItem("Follow up with Acme by email (1 of 2)").querySelector('[data-action="done"]')!);
    expect(h.content(ACME)).not.toBe(text);
  });

  it("refuses a note whose YAML broke since it was indexed, and leaves it as it is", async () => {
    const h = await startPlugin();
    await h.openView();
    // The user clicks an item just as another app breaks the note's YAML on disk.
    const button = h.findItem("Send a thank-you to Tom Becker").querySelector<HTMLElement>('[data-action="done"]')!;
    const broken = h.content(ACME).replace("stage: onsite", "stage: [onsite");
    h.app.vault.write(ACME, broken, "modify");
    await h.click(button);
    expect(h.content(ACME)).toBe(broken);
    expect(h.notices().at(-1)).toMatch(
      /^Could not record this in Interviews\/2026-03-11 Acme - Backend Engineer \(onsite\)\.md \(line 6\): the frontmatter is not valid YAML at line 6/,
    );
  });

  it("never calls processFrontMatter", async () => {
    // The fake's processFrontMatter throws: any call would fail these flows.
    const h = await startPlugin();
    await h.openView();
    for (const sentence of [
      "Send a thank-you to Tom Becker",
      "Write your Acme debrief while it is fresh",
      "Follow up with Initech by email (2 of 2)",
      "No reply from Umbrella after two follow-ups: time to move on",
    ]) {
      await h.click(h.findItem(sentence).querySelector('[data-action="done"]')!);
    }
    expect(h.notices().filter((n) => n.startsWith("Could not"))).toEqual([]);
    expect(h.content("Interviews/2026-02-10 Umbrella - Platform Engineer (final).md")).toContain("status: closed");
  });
});
