import * as vscode from "vscode";
import { buildBoard, sinceWords, type BoardCard, type BoardColumn } from "../core/follow-ups/board";
import type { Journal } from "./journal";

/**
 * The pipeline board as a tree: a column per class (with its count), a card per application
 * under it, most pressing first; "Move to…" on a card moves it (the same write as the plugin's).
 */

export type BoardNode = { kind: "column"; column: BoardColumn } | { kind: "card"; card: BoardCard };

export class BoardTree implements vscode.TreeDataProvider<BoardNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<BoardNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly journal: Journal) {
    this.subscription = journal.onDidChange(() => this.changed.fire(undefined));
  }

  getChildren(node?: BoardNode): BoardNode[] {
    const report = this.journal.report;
    if (!report) return [];
    if (!node) {
      // Closed starts folded, as on the plugin's board; a tree folds it with its state.
      const board = buildBoard(this.journal.interviewNotes(), report.items, report.now);
      return board.columns.map((column) => ({ kind: "column", column }));
    }
    return node.kind === "column" ? node.column.cards.map((card) => ({ kind: "card", card })) : [];
  }

  getTreeItem(node: BoardNode): vscode.TreeItem {
    if (node.kind === "column") {
      const { column } = node;
      const state =
        column.cards.length === 0
          ? vscode.TreeItemCollapsibleState.None
          : column.collapsed
            ? vscode.TreeItemCollapsibleState.Collapsed
            : vscode.TreeItemCollapsibleState.Expanded;
      const item = new vscode.TreeItem(`${column.title} (${column.cards.length})`, state);
      item.id = `column:${column.column}`;
      item.contextValue = "column";
      return item;
    }
    const { card } = node;
    const item = new vscode.TreeItem(
      [card.company, card.role].filter((s) => s !== "").join(" · "),
      vscode.TreeItemCollapsibleState.None,
    );
    item.id = `card:${card.file}`;
    item.description = [card.stage, sinceWords(card)].filter((s) => s !== "").join(" — ");
    const lines = [
      item.label as string,
      card.stage,
      sinceWords(card),
      card.next ? `${card.next.sentence} (${card.next.dueWords})` : "",
    ];
    const tooltip = new vscode.MarkdownString();
    tooltip.appendText(lines.filter((l) => l !== "").join("\n\n"));
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: `${lines.filter((l) => l !== "").join(", ")}, in ${card.column}` };
    item.iconPath = new vscode.ThemeIcon(
      card.overdue ? "warning" : card.next ? "circle-large-outline" : "circle-outline",
    );
    item.command = { command: "jobSearchJournal.openNote", title: "Open the note", arguments: [card.file] };
    item.contextValue = "card";
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
