import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type * as vs from "vscode";
import { beforeEach, describe, expect, it } from "vitest";
import { replyOptions, replyStatusChoices, SNOOZE_CHOICES } from "../../src/core/editing/choices";
import { defaultSettings } from "../../src/core/settings/settings";
import { start } from "../../src/vscode/extension";
import { Journal } from "../../src/vscode/journal";
import { CONFIGURABLE } from "../../src/vscode/settings";
import type { Node } from "../../src/vscode/tree";
import * as fake from "../fakes/vscode";
import { vaultFiles } from "../../scripts/vault-files.mjs";
import { cli, dueJsonAll, tempVault } from "../helpers/cli";
import { clockOf } from "../../src/core/lib/clock";

/** The extension in the fake VS Code: the same journal as the sidebar and the CLI, written through WorkspaceEdit. */

const ROOT = "/work/vault";
const NOW = new Date(2026, 2, 12, 9, 0);
const ACME = "Interviews/2026-03-11 Acme - Backend Engineer (onsite).md";

async function activate(files: Record<string, string>): Promise<{ subscriptions: { dispose(): unknown }[] }> {
  fake.resetVscode(ROOT, files);
  const context = { subscriptions: [] as { dispose(): unknown }[] };
  await start(
    context,
    clockOf(() => NOW),
  );
  return context;
}

function tree(): vs.TreeDataProvider<Node> {
  const provider = fake.window.treeProviders.get("jobSearchJournal.followUps");
  if (!provider) throw new Error("no tree");
  return provider as vs.TreeDataProvider<Node>;
}

const labelOf = (item: vs.TreeItem): string =>
  typeof item.label === "string" ? item.label : (item.label?.label ?? "");

async function rows(): Promise<string[]> {
  const out: string[] = [];
  for (const section of (await tree().getChildren()) ?? []) {
    out.push(labelOf(await tree().getTreeItem(section)));
    for (const child of (await tree().getChildren(section)) ?? []) {
      const item = await tree().getTreeItem(child);
      out.push(`  ${labelOf(item)} · ${String(item.description ?? "")}`);
    }
  }
  return out;
}

async function itemNode(sentence: string): Promise<Node> {
  for (const section of (await tree().getChildren()) ?? []) {
    for (const child of (await tree().getChildren(section)) ?? []) {
      if (child.kind === "item" && child.view.sentence === sentence) return child;
    }
  }
  throw new Error(`no item "${sentence}"`);
}

const example = vaultFiles("examples/vault");
const settle = () => new Promise((r) => setTimeout(r, 0));

describe("the Follow-ups due tree", () => {
  beforeEach(async () => {
    await activate(example);
  });

  it("shows the example vault as the CLI lists it: same sections, sentences and due words", async () => {
    const listed = await rows();
    const due = JSON.parse(cli("due", "examples/vault", "--now", "2026-03-12T09:00", "--json").out) as {
      items: unknown[];
    };
    expect(listed.filter((r) => r.startsWith("  ")).length).toBeGreaterThanOrEqual(due.items.length);
    // The same approval as the plugin's sidebar (a kind added later changes it, through `vitest -u`).
    expect(listed.filter((r) => !r.startsWith("  "))).toMatchSnapshot();
    expect(listed).toContain("  No reply from Umbrella after two follow-ups: time to move on · 2 days overdue");
    expect(listed).toContain("  Send a thank-you to Lena Fischer · due in 5 hours");
  });

  it("each item opens its note, and its context value lists its actions", async () => {
    const item = await tree().getTreeItem(await itemNode("Send a thank-you to Lena Fischer"));
    expect(item.command).toMatchObject({ command: "jobSearchJournal.openNote", arguments: [ACME] });
    expect(item.contextValue).toBe("item draft done snooze");
  });

  it("groups by application when asked", async () => {
    await fake.commands.executeCommand("jobSearchJournal.groupByApplication");
    expect((await rows())[0]).toMatch(/^Umbrella · Platform Engineer \(\d+\)$/);
  });

  it("the status bar counts what is due or overdue", () => {
    const status = fake.window.statusItems[0];
    const due = dueJsonAll("examples/vault", "--now", "2026-03-12T09:00").items.filter((i) => i.state !== "upcoming");
    expect(due.length).toBeGreaterThan(5);
    expect(status).toMatchObject({
      text: `$(checklist) ${due.length}`,
      visible: true,
      command: "jobSearchJournal.openFollowUps",
    });
  });
});

describe("writing through WorkspaceEdit", () => {
  it("Done on an open note with unsaved text: one small edit, the user's text and its undo kept, not saved", async () => {
    await activate(example);
    const uri = fake.Uri.file(`${ROOT}/${ACME}`);
    const document = await fake.workspace.openTextDocument(uri);
    document.type(`${document.getText()}\nA line I am still typing`);
    await fake.commands.executeCommand(
      "jobSearchJournal.item.done",
      await itemNode("Send a thank-you to Lena Fischer"),
    );
    const edit = fake.window.appliedEdits.at(-1);
    expect(edit?.size).toBe(1);
    const text = document.getText();
    expect(text).toContain("A line I am still typing");
    expect(text).toMatch(/thanked:[\s\S]*Lena Fischer/);
    expect(text).toContain("thanked_on: 2026-03-12");
    // One undo step takes the step back, leaving what was typed.
    expect(document.undo.at(-1)).toContain("A line I am still typing");
    expect(document.undo.at(-1)).not.toContain("thanked_on: 2026-03-12");
    expect(document.isDirty).toBe(true);
    expect(fake.fsFiles.get(uri.path)).toBe(example[ACME]);
    expect(fake.window.messages.at(-1)?.text).toMatch(/^Recorded your thank-you to Lena Fischer/);
    await settle();
    expect(await rows()).not.toContain("  Send a thank-you to Lena Fischer · due in 5 hours");
  });

  it("a note without unsaved changes is saved after the edit, and only its frontmatter lines change", async () => {
    await activate(example);
    await fake.commands.executeCommand(
      "jobSearchJournal.item.done",
      await itemNode("Write your Acme debrief while it is fresh"),
    );
    const saved = fake.fsFiles.get(`${ROOT}/${ACME}`) ?? "";
    expect(saved).toContain("debriefed: 2026-03-12");
    expect(saved.replace("debriefed: 2026-03-12\n", "")).toBe(example[ACME]);
  });

  it("what check would report is asked about first: cancelled, nothing is written", async () => {
    await activate(example);
    fake.window.answers.push("2026-03-01", { label: "rejected" }, undefined);
    await fake.commands.executeCommand(
      "jobSearchJournal.item.reply",
      await itemNode("Send a thank-you to Lena Fischer"),
    );
    expect(fake.window.messages.at(-1)).toMatchObject({ level: "warning", items: ["Record anyway"] });
    expect(fake.window.messages.at(-1)?.text).toMatch(/before the interview/);
    expect(fake.fsFiles.get(`${ROOT}/${ACME}`)).toBe(example[ACME]);
  });

  it("Snooze: the chosen days, for every item of the note", async () => {
    await activate(example);
    fake.window.answers.push((items: { label: string }[]) => items.find((i) => i.label === "Snooze 3 days"));
    await fake.commands.executeCommand(
      "jobSearchJournal.item.snooze",
      await itemNode("Send a thank-you to Lena Fischer"),
    );
    expect(fake.fsFiles.get(`${ROOT}/${ACME}`)).toContain("snooze_until: 2026-03-15");
  });
});

describe("Add emails", () => {
  it("asks for each interviewer without one and writes it into their entry; the item leaves", async () => {
    await activate(example);
    const tyrell = "Interviews/2026-03-13 Tyrell - Staff Engineer (onsite).md";
    fake.window.answers.push("rachael@tyrell.example");
    await fake.commands.executeCommand(
      "jobSearchJournal.item.contacts",
      await itemNode("Ask for contact details at Tyrell before you leave"),
    );
    expect(fake.fsFiles.get(`${ROOT}/${tyrell}`)).toBe(
      (example[tyrell] ?? "").replace("  - Rachael Rosen\n", "  - Rachael Rosen <rachael@tyrell.example>\n"),
    );
    expect(fake.window.messages.at(-1)?.text).toBe("Recorded the email of Rachael Rosen (Tyrell).");
    await settle();
    expect((await rows()).some((r) => r.includes("Ask for contact details at Tyrell"))).toBe(false);
  });
});

describe("the same choices as the plugin, from the core's table", () => {
  it("Record reply offers the reply options first, then the statuses a reply may set (no considering)", async () => {
    await activate(example);
    let offered: string[] = [];
    fake.window.answers.push("2026-03-12", (items: { label: string }[]) => {
      offered = items.map((i) => i.label);
      return undefined;
    });
    await fake.commands.executeCommand(
      "jobSearchJournal.item.reply",
      await itemNode("Send a thank-you to Lena Fischer"),
    );
    const settings = defaultSettings();
    expect(offered.slice(0, 4)).toEqual(["Keep the status", ...replyOptions(settings).map((o) => o.status)]);
    expect(offered.slice(1)).toEqual(replyStatusChoices(settings));
    for (const s of settings.statuses.considering) expect(offered).not.toContain(s);
  });

  it("Snooze offers the table's choices", async () => {
    await activate(example);
    let offered: string[] = [];
    fake.window.answers.push((items: { label: string }[]) => {
      offered = items.map((i) => i.label);
      return undefined;
    });
    await fake.commands.executeCommand(
      "jobSearchJournal.item.snooze",
      await itemNode("Send a thank-you to Lena Fischer"),
    );
    expect(offered).toEqual(SNOOZE_CHOICES.map((c) => `Snooze ${c.label}`));
  });
});

describe("Log an interview", () => {
  it("writes the date, the people and the stage into a note mapped from the vault's own names", async () => {
    const vault = "tests/corpus/status-and-last-round/vault";
    const proposal = cli("suggest-config", vault).out;
    const files: Record<string, string> = {
      ...vaultFiles(vault),
      ".obsidian/plugins/job-search-journal/data.json": proposal,
    };
    await activate(files);
    fake.window.answers.push(
      (items: { label: string }[]) => items.find((i) => i.label === "Acme · Frontend Engineer"),
      "2026-03-09T15:00",
      "Dana Scully <dana@acme.example>; Walter Skinner",
      "HR Interview",
    );
    await fake.commands.executeCommand("jobSearchJournal.logInterview");
    const saved = fake.fsFiles.get(`${ROOT}/Job Search/Acme.md`) ?? "";
    // Dana is the Recruiter already; Walter is added; Last Round is set again; Active stays: it is
    // the vault's word for an application going on (no stock word it never uses), the interview date
    // now says the stage.
    expect(saved).toBe(
      (files["Job Search/Acme.md"] ?? "")
        .replace("Recruiter: Dana Scully\n", "Recruiter:\n  - Dana Scully\n  - Walter Skinner\n")
        .replace(
          "Link: https://acme.example/jobs/fe\n",
          "Link: https://acme.example/jobs/fe\ninterview_date: 2026-03-09T15:00\n",
        ),
    );
  });
});

describe("drafts, statistics, new notes", () => {
  it("Draft opens the thank-yous as an untitled markdown document with mail links, that person first", async () => {
    await activate(example);
    await fake.commands.executeCommand(
      "jobSearchJournal.item.draft",
      await itemNode("Send a thank-you to Lena Fischer"),
    );
    const shown = fake.window.shown.at(-1);
    expect(shown?.languageId).toBe("markdown");
    expect(shown?.getText()).toMatch(
      /^# Thank-you note to Lena Fischer: Acme\n\n## Lena Fischer <lena.fischer@acme.io>\n\n\[Open in your mail app\]\(mailto:lena.fischer@acme.io\?subject=/,
    );
    // The company note's news, as the plugin's drafts have it (core/drafts/draft-set.ts).
    expect(shown?.getText()).toContain(
      "Congratulations on the recent news: Acme announced its expansion into rail freight scheduling.",
    );
  });

  it("statistics as text, as the CLI prints them", async () => {
    await activate(example);
    await fake.commands.executeCommand("jobSearchJournal.openStatistics");
    const printed = cli("stats", "examples/vault", "--now", "2026-03-12T09:00").out;
    expect(fake.window.shown.at(-1)?.getText()).toContain(printed);
  });

  it("New interview note writes the note and the tree reads it", async () => {
    await activate({});
    fake.window.answers.push("Initrode", "Data Engineer", "2026-03-12T15:00");
    await fake.commands.executeCommand("jobSearchJournal.newInterviewNote");
    const path = [...fake.fsFiles.keys()].find((p) => p.includes("Initrode"));
    expect(path).toBe(`${ROOT}/Interviews/2026-03-12 Initrode - Data Engineer.md`);
    expect(fake.fsFiles.get(path ?? "")).toContain("interview_date: 2026-03-12T15:00");
    expect(fake.window.shown.at(-1)?.uri.path).toBe(path);
  });
});

describe("live from the file system and from unsaved editors", () => {
  it("a note saved by another program updates the tree", async () => {
    await activate({});
    expect(await rows()).toEqual([]);
    fake.changeOnDisk(
      fake.Uri.file(`${ROOT}/Globex.md`),
      "---\ntype: interview\ncompany: Globex\ninterview_date: 2026-03-11\n---\n",
    );
    await settle();
    expect(await rows()).toContain("  Write your Globex debrief while it is fresh · 1 day overdue");
  });

  it("Check notes: problems on their lines in the Problems panel, gone as the user fixes the text", async () => {
    await activate({ "Bad.md": "---\ntype: interview\ncompany: Bad\ninterview_date: soon\n---\n" });
    await settle();
    const diagnostics = fake.languages.collections[0]?.byUri.get(`${ROOT}/Bad.md`);
    expect(diagnostics?.map((d) => [d.range.start.line, d.message])).toEqual([
      [3, 'interview_date "soon" is not a date (write YYYY-MM-DD or YYYY-MM-DDTHH:mm)'],
    ]);
    const document = await fake.workspace.openTextDocument(fake.Uri.file(`${ROOT}/Bad.md`));
    document.type(document.getText().replace("soon", "2026-03-11"));
    // Typing is read once it pauses (a quarter of a second).
    await new Promise((r) => setTimeout(r, 300));
    expect(fake.languages.collections[0]?.byUri.get(`${ROOT}/Bad.md`)).toBeUndefined();
    await fake.commands.executeCommand("jobSearchJournal.checkNotes");
    expect(fake.commands.executed).toContain("workbench.actions.view.problems");
  });
});

describe("typing", () => {
  it("keystrokes in a note are read once the typing pauses: one recomputation for many changes", async () => {
    fake.resetVscode(ROOT, { "n.md": "---\ntype: interview\ncompany: A\ninterview_date: 2026-03-11\n---\n" });
    const journal = new Journal(
      fake.Uri.file(ROOT) as unknown as vs.Uri,
      defaultSettings(),
      clockOf(() => NOW),
    );
    await journal.rebuild();
    let published = 0;
    journal.onDidChange(() => published++);
    const uri = fake.Uri.file(`${ROOT}/n.md`) as unknown as vs.Uri;
    for (let i = 0; i < 10; i++)
      journal.updateText(uri, `---\ntype: interview\ncompany: A${i}\ninterview_date: 2026-03-11\n---\n`);
    expect(published).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(published).toBe(1);
    expect(journal.report?.items[0]?.company).toBe("A9");
    journal.dispose();
  });
});

describe("settings", () => {
  const note = "---\nkind: job-interview\nEmployer: Initrode\nWhen: 2026-03-11\n---\n";
  const data = JSON.stringify({
    version: 1,
    typeValue: "job-interview",
    keys: { type: "kind", company: "Employer", interviewDate: "When" },
  });

  it("an Obsidian vault's saved plugin settings are read, so one vault reads the same in both", async () => {
    await activate({ "n.md": note, ".obsidian/plugins/job-search-journal/data.json": data });
    expect(await rows()).toContain("  Write your Initrode debrief while it is fresh · 1 day overdue");
  });

  it("jobSearchJournal.* applies on top, checked as the plugin checks it", async () => {
    fake.resetVscode(ROOT, { "n.md": note.replace("kind:", "category:") });
    fake.userSettings.set("jobSearchJournal.typeValue", "job-interview");
    fake.userSettings.set("jobSearchJournal.keys", { type: "category", company: "Employer", interviewDate: "When" });
    fake.userSettings.set("jobSearchJournal.keepApplyingThreshold", "three");
    await start(
      { subscriptions: [] },
      clockOf(() => NOW),
    );
    expect(await rows()).toContain("  Write your Initrode debrief while it is fresh · 1 day overdue");
    expect(fake.window.messages[0]?.text).toMatch(/^Job Search Journal settings: .*keepApplyingThreshold/);
  });
});

describe("a journal kept the way people keep one", () => {
  it("the application-centric fixture, mapped by suggest-config and saved as the plugin would: the same items as the CLI", async () => {
    const vault = "tests/fixtures/application-vault";
    const proposal = cli("suggest-config", vault).out;
    await activate({
      ...vaultFiles(vault),
      ".obsidian/plugins/job-search-journal/data.json": proposal,
    });
    const dir = tempVault({ "proposal.json": proposal });
    const due = JSON.parse(
      cli("due", vault, "--now", "2026-03-12T09:00", "--json", "--config", `${dir}/proposal.json`).out,
    ) as {
      items: { company: string }[];
    };
    const items = (await rows()).filter((r) => r.startsWith("  "));
    expect(items).toHaveLength(due.items.length);
    expect(due.items.length).toBeGreaterThan(3);
    for (const { company } of due.items) expect(items.some((r) => r.includes(company))).toBe(true);
  });
});

describe("the manifest (vscode/package.json)", () => {
  const manifest = JSON.parse(readFileSync("vscode/package.json", "utf8")) as {
    contributes: {
      commands: { command: string; category: string }[];
      configuration: { properties: Record<string, { default: unknown }> };
    };
    engines: { vscode: string };
  };

  it("declares every command the extension registers, and no other, under one category", async () => {
    await activate({});
    const declared = manifest.contributes.commands.map((c) => c.command).sort();
    expect(fake.commands.registeredIds().sort()).toEqual(declared);
    expect(new Set(manifest.contributes.commands.map((c) => c.category))).toEqual(new Set(["Job Search Journal"]));
  });

  it("declares every setting, with the core's default (fields.ts): `npx vitest run -u` on this file writes them", async () => {
    const defaults = defaultSettings() as unknown as Record<string, unknown>;
    const properties = manifest.contributes.configuration.properties;
    expect(Object.keys(properties).sort()).toEqual(CONFIGURABLE.map((k) => `jobSearchJournal.${k}`).sort());
    const generated = structuredClone(manifest);
    for (const key of CONFIGURABLE) {
      const property = generated.contributes.configuration.properties[`jobSearchJournal.${key}`];
      if (property) property.default = defaults[key];
    }
    // A property or a timing added to fields.ts shows up here as the one line of the manifest to write.
    await expect(`${JSON.stringify(generated, null, 2)}\n`).toMatchFileSnapshot(resolve("vscode/package.json"));
  });

  it("asks for no VS Code newer than its API types", () => {
    const types = (JSON.parse(readFileSync("node_modules/@types/vscode/package.json", "utf8")) as { version: string })
      .version;
    expect(manifest.engines.vscode).toBe(`^${types}`);
  });
});
