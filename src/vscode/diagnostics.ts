import * as vscode from "vscode";
import { keyLines } from "../core/notes/frontmatter-block";
import type { Problem } from "../core/notes/problem";
import type { Journal } from "./journal";

/**
 * Check notes, in the Problems panel: every problem of every interview note as a diagnostic
 * on its line (the property's line when the problem names one), updated as notes change,
 * unsaved edits included.
 */
export class NoteDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection("job-search-journal");
  private readonly subscription: vscode.Disposable;

  constructor(private readonly journal: Journal) {
    this.subscription = journal.onDidChange(() => void this.refresh());
  }

  async refresh(): Promise<void> {
    const problems = this.journal.report?.problems ?? [];
    const byFile = new Map<string, Problem[]>();
    for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
    const entries: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const [file, list] of byFile) {
      const uri = this.journal.uriOf(file);
      const lines = keyLines(await textOf(uri));
      entries.push([uri, list.map((p) => diagnostic(p, lines))]);
    }
    this.collection.clear();
    this.collection.set(entries);
  }

  dispose(): void {
    this.subscription.dispose();
    this.collection.dispose();
  }
}

async function textOf(uri: vscode.Uri): Promise<string> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return open.getText();
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return "";
  }
}

function diagnostic(p: Problem, lines: Map<string, number>): vscode.Diagnostic {
  const line = (p.line ?? (p.key ? lines.get(p.key.toLowerCase()) : undefined) ?? 1) - 1;
  const d = new vscode.Diagnostic(
    new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER),
    p.message,
    vscode.DiagnosticSeverity.Warning,
  );
  d.source = "Job Search Journal";
  return d;
}
