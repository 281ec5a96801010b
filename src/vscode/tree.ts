import * as vscode from "vscode";
import { buildViewModel, type ViewItem, type ViewModel, type ViewSection } from "../core/follow-ups/view-model";
import type { Journal } from "./journal";

/**
 * The "Follow-ups due" tree: the same sections, sentences, due words and grouping as the
 * Obsidian sidebar, from the same view model. Each item's actions are in its context value
 * (`item done draft snooze`), which the manifest's menus read.
 */

export type Node =
  | { kind: "section"; section: ViewSection }
  | { kind: "item"; view: ViewItem }
  | { kind: "problem"; text: string; file: string; line?: number };

export type GroupBy = ViewModel["groupBy"];

const SECTION_ICONS: Record<string, string> = { overdue: "warning", due: "clock", upcoming: "calendar" };

export class FollowUpsTree implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private model: ViewModel | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly journal: Journal,
    private groupBy: GroupBy = "due",
  ) {
    this.subscription = journal.onDidChange(() => this.refresh());
  }

  setGroupBy(groupBy: GroupBy): void {
    this.groupBy = groupBy;
    this.refresh();
  }

  get view(): ViewModel | undefined {
    return this.model;
  }

  refresh(): void {
    const report = this.journal.report;
    this.model = report
      ? buildViewModel(report, undefined, undefined, { groupBy: this.groupBy, collapsed: [] })
      : undefined;
    this.changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const model = this.model;
    if (!model) return [];
    if (!node) {
      const sections: Node[] = model.sections
        .filter((s) => s.count > 0)
        .map((section) => ({ kind: "section", section }));
      if (model.problems.length > 0) {
        sections.push({
          kind: "section",
          section: {
            key: "problems",
            title: "Needs attention",
            count: model.problems.length,
            collapsed: false,
            at: () => {
              throw new Error("no items");
            },
          },
        });
      }
      return sections;
    }
    if (node.kind !== "section") return [];
    if (node.section.key === "problems") {
      return model.problems.map((p) => ({
        kind: "problem",
        text: p.message,
        file: p.file,
        ...(p.line ? { line: p.line } : {}),
      }));
    }
    return Array.from({ length: node.section.count }, (_, i) => ({ kind: "item", view: node.section.at(i) }));
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === "section") {
      const { section } = node;
      const item = new vscode.TreeItem(`${section.title} (${section.count})`, vscode.TreeItemCollapsibleState.Expanded);
      item.id = `section:${section.key}`;
      if (section.subtitle) item.description = section.subtitle;
      const icon = section.state ? SECTION_ICONS[section.state] : section.key === "problems" ? "error" : "briefcase";
      if (icon) item.iconPath = new vscode.ThemeIcon(icon);
      item.contextValue = "section";
      return item;
    }
    if (node.kind === "problem") {
      const item = new vscode.TreeItem(node.text, vscode.TreeItemCollapsibleState.None);
      item.description = `${node.file}${node.line ? `:${node.line}` : ""}`;
      item.iconPath = new vscode.ThemeIcon("warning");
      item.command = {
        command: "jobSearchJournal.openNote",
        title: "Open the note",
        arguments: [node.file, node.line],
      };
      item.contextValue = "problem";
      return item;
    }
    const v = node.view;
    const item = new vscode.TreeItem(v.sentence, vscode.TreeItemCollapsibleState.None);
    item.id = v.item.id;
    item.description = v.dueWords;
    const tooltip = new vscode.MarkdownString();
    // Everything the sidebar shows of an item, from the same list (ITEM_DETAILS).
    const details = v.details.map((d) => d.text);
    tooltip.appendText([v.sentence, v.dueWords, ...details].join("\n\n"));
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: [v.sentence, v.dueWords, ...details].join(", ") };
    item.iconPath = new vscode.ThemeIcon(
      v.item.state === "overdue" ? "circle-filled" : v.item.state === "due" ? "circle-large-outline" : "circle-outline",
    );
    item.command = { command: "jobSearchJournal.openNote", title: "Open the note", arguments: [v.item.file] };
    // The manifest shows an action when its word is in here; Done's title names what it records.
    item.contextValue = ["item", ...v.actions].join(" ");
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
