import { sinceWords, type Board, type BoardCard } from "./board";

/**
 * The board as text (the command line) and as JSON: each column with its count, then its
 * cards, most pressing first; a folded column says how many it holds.
 */

function cardLine(card: BoardCard): string {
  const what = [card.company, card.role, card.stage].filter((s) => s !== "").join(" · ");
  const parts = [what, sinceWords(card)];
  if (card.next) parts.push(`${card.next.sentence} (${card.next.dueWords})`);
  return `  ${card.overdue ? "!" : " "} ${parts.filter((p) => p !== "").join(" — ")}`;
}

export function boardText(board: Board, showFolded: boolean): string {
  const lines: string[] = [];
  for (const col of board.columns) {
    const folded = col.collapsed && !showFolded;
    lines.push(
      `${col.title} (${col.cards.length})${folded && col.cards.length > 0 ? ": folded (--all lists them)" : ""}`,
    );
    if (!folded) for (const card of col.cards) lines.push(cardLine(card));
  }
  if (board.unplaced.length > 0) {
    lines.push(
      `In no column (${board.unplaced.length}): their status is in no class; place it with suggest-config --place`,
    );
    for (const card of board.unplaced) lines.push(`${cardLine(card)} — status: ${card.status}`);
  }
  return `${lines.join("\n")}\n`;
}

export function boardToJson(board: Board, formatDay: (at: number) => string): unknown {
  const card = (c: BoardCard) => ({
    file: c.file,
    company: c.company,
    role: c.role,
    stage: c.stage,
    status: c.status,
    column: c.column,
    overdue: c.overdue,
    lastEvent: c.lastEvent ? { what: c.lastEvent.what, date: formatDay(c.lastEvent.at.at) } : null,
    daysSince: c.daysSince ?? null,
    next: c.next ?? null,
  });
  return {
    columns: board.columns.map((col) => ({
      column: col.column,
      title: col.title,
      count: col.cards.length,
      cards: col.cards.map(card),
    })),
    unplaced: board.unplaced.map(card),
  };
}
