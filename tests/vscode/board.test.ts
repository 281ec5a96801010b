import type * as vs from "vscode";
import { describe, expect, it } from "vitest";
import { clockOf } from "../../src/core/lib/clock";
import type { BoardNode } from "../../src/vscode/board-tree";
import { start } from "../../src/vscode/extension";
import { vaultFiles } from "../../scripts/vault-files.mjs";
import * as fake from "../fakes/vscode";

/** The pipeline board in VS Code: a tree by column, and Move to… writing the vault's word. */

const ROOT = "/work/vault";
const STARK = "Interviews/2026-02-25 Stark Industries - Frontend Engineer (onsite).md";
const example = vaultFiles("examples/vault");

async function activate(): Promise<vs.TreeDataProvider<BoardNode>> {
  fake.resetVscode(ROOT, example);
  await start(
    { subscriptions: [] },
    clockOf(() => new Date(2026, 2, 12, 9, 0)),
  );
  const provider = fake.window.treeProviders.get("jobSearchJournal.board");
  if (!provider) throw new Error("no board");
  return provider as vs.TreeDataProvider<BoardNode>;
}

const labelOf = (item: vs.TreeItem): string => (typeof item.label === "string" ? item.label : "");

describe("the board in VS Code", () => {
  it("lists a column per class with its count, closed folded, and the cards under them", async () => {
    const board = await activate();
    const columns = (await board.getChildren()) ?? [];
    const items = columns.map((c) => board.getTreeItem(c) as vs.TreeItem);
    expect(items.map(labelOf)).toEqual([
      "Considering (0)",
      "Applied (0)",
      "Interviewing (11)",
      "Offer (1)",
      "Closed (1)",
    ]);
    expect(items.map((i) => i.collapsibleState)).toEqual([
      fake.TreeItemCollapsibleState.None,
      fake.TreeItemCollapsibleState.None,
      fake.TreeItemCollapsibleState.Expanded,
      fake.TreeItemCollapsibleState.Expanded,
      fake.TreeItemCollapsibleState.Collapsed,
    ]);
    const offer = (await board.getChildren(columns[3])) ?? [];
    const card = await board.getTreeItem(offer[0] as BoardNode);
    expect([labelOf(card), card.description, card.contextValue]).toEqual([
      "Stark Industries · Frontend Engineer",
      "onsite — replied 3 days ago",
      "card",
    ]);
  });

  it("moves a card to the column picked, in the vault's word, and nothing else", async () => {
    const board = await activate();
    const columns = (await board.getChildren()) ?? [];
    const [stark] = (await board.getChildren(columns[3])) ?? [];
    fake.window.answers.push((items: { label: string }[]) => items.find((i) => i.label === "Interviewing"));
    await fake.commands.executeCommand("jobSearchJournal.moveApplication", stark);
    expect(fake.fsFiles.get(`${ROOT}/${STARK}`)).toBe(example[STARK]?.replace("status: offer", "status: interviewing"));
  });
});
