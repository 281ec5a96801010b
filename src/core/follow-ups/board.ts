import { describeItem, dueRelative } from "./describe";
import type { DueItem, ItemState } from "./items";
import type { InterviewNote } from "../notes/schema";
import { STATUS_CLASSES, type StatusClass } from "../settings/settings";
import { dayOf, hasArrived, type WallTime, type When } from "../lib/time";

/**
 * The pipeline board as data: one column per status class, one card per application, each
 * column in the order of what needs attention first. Every host draws it from here (the
 * plugin's board and its Bases view, VS Code's tree, `job-journal board`).
 */

export const COLUMN_TITLES: Record<StatusClass, string> = {
  considering: "Considering",
  applied: "Applied",
  interviewing: "Interviewing",
  offer: "Offer",
  closed: "Closed",
};

export interface BoardCard {
  file: string;
  company: string;
  role: string;
  /** The stage or round as the note says it ("onsite"), else "". */
  stage: string;
  /** The status as written: what a move replaces. */
  status: string;
  column: StatusClass;
  /** The last thing that happened (applied, interviewed, followed up, replied) and its day. */
  lastEvent?: { what: string; at: When };
  /** Whole days since the last event; undefined when the note has no date at all. */
  daysSince?: number;
  /** The application's most pressing follow-up, when one is listed. */
  next?: { sentence: string; state: ItemState; dueWords: string };
  /** Something is overdue. */
  overdue: boolean;
}

export interface BoardColumn {
  column: StatusClass;
  title: string;
  cards: BoardCard[];
  /** Closed is folded unless the user opened it. */
  collapsed: boolean;
}

export interface Board {
  columns: BoardColumn[];
  /** Applications whose status is in no class: the user's to place (Map my notes), on no column. */
  unplaced: BoardCard[];
}

const STATE_RANK: Record<ItemState, number> = { overdue: 0, due: 1, upcoming: 2 };

/** The last dated event of an application: what the card's "N days ago" counts from. */
export function lastEventOf(note: InterviewNote, now: WallTime): { what: string; at: When } | undefined {
  const events: [string, When | undefined][] = [
    ["applied", note.appliedOn],
    ["interviewed", note.interview && hasArrived(note.interview, now) ? note.interview : undefined],
    ["followed up", note.followUp2?.date ?? note.followUp1?.date],
    ["replied", note.replied?.date],
  ];
  let last: { what: string; at: When } | undefined;
  for (const [what, at] of events) if (at && at.at <= now && (!last || at.at >= last.at.at)) last = { what, at };
  return last;
}

/** A note as a card: its items are the report's for that note (the board computes no rules of its own). */
export function cardOf(note: InterviewNote, items: readonly DueItem[], now: WallTime): BoardCard {
  const first = items[0];
  const last = lastEventOf(note, now);
  const card: BoardCard = {
    file: note.file,
    company: note.company,
    role: note.role,
    stage: note.stage,
    status: note.statusText,
    column: note.phase,
    overdue: items.some((i) => i.state === "overdue"),
  };
  if (last) {
    card.lastEvent = last;
    card.daysSince = dayOf(now) - dayOf(last.at.at);
  }
  if (first) card.next = { sentence: describeItem(first), state: first.state, dueWords: dueRelative(first, now) };
  return card;
}

/** What needs attention first: overdue, due, upcoming (soonest first), then the most recent activity. */
function compareCards(a: BoardCard, b: BoardCard, dueOf: Map<string, number>): number {
  const rank = (c: BoardCard) => (c.next ? STATE_RANK[c.next.state] : 3);
  return (
    rank(a) - rank(b) ||
    (dueOf.get(a.file) ?? 0) - (dueOf.get(b.file) ?? 0) ||
    (a.daysSince ?? Infinity) - (b.daysSince ?? Infinity) ||
    a.company.localeCompare(b.company) ||
    a.file.localeCompare(b.file)
  );
}

/**
 * The board of `notes` at `now`, with the report's items (already in due order). Closed is
 * folded unless `open` lists it; a column in `folded` is folded.
 */
export function buildBoard(
  notes: readonly InterviewNote[],
  items: readonly DueItem[],
  now: WallTime,
  folded: readonly StatusClass[] = ["closed"],
): Board {
  const byFile = new Map<string, DueItem[]>();
  for (const item of items) {
    const list = byFile.get(item.file);
    if (list) list.push(item);
    else byFile.set(item.file, [item]);
  }
  const dueOf = new Map<string, number>();
  for (const [file, list] of byFile) dueOf.set(file, list[0]?.due.at ?? 0);
  const cards = new Map<StatusClass, BoardCard[]>(STATUS_CLASSES.map((c) => [c, []]));
  const unplaced: BoardCard[] = [];
  for (const note of notes) {
    const card = cardOf(note, byFile.get(note.file) ?? [], now);
    if (note.unplaced) unplaced.push(card);
    else cards.get(note.phase)?.push(card);
  }
  const columns = STATUS_CLASSES.map((column) => ({
    column,
    title: COLUMN_TITLES[column],
    cards: (cards.get(column) ?? []).sort((a, b) => compareCards(a, b, dueOf)),
    collapsed: folded.includes(column),
  }));
  return { columns, unplaced: unplaced.sort((a, b) => compareCards(a, b, dueOf)) };
}

/** The column left or right of `from`, for a move from the keyboard; undefined at an edge. */
export function neighbourColumn(from: StatusClass, step: -1 | 1): StatusClass | undefined {
  return STATUS_CLASSES[STATUS_CLASSES.indexOf(from) + step];
}

/** "3 days ago", "today", "in 2 days" (a scheduled interview): how long since the card's last event. */
export function sinceWords(card: Pick<BoardCard, "daysSince" | "lastEvent">): string {
  if (card.daysSince === undefined || !card.lastEvent) return "";
  const d = card.daysSince;
  const when = d === 0 ? "today" : d === 1 ? "yesterday" : `${d} days ago`;
  return `${card.lastEvent.what} ${when}`;
}
