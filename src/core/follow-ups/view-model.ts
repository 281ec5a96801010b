import { describeItem, dueRelative, itemContext, plural, shortDate, STATE_TITLES } from "./describe";
import type { FollowUpReport } from "./engine";
import type { DueItem, ItemState } from "./items";
import type { PipelineSummary } from "./pipeline";
import { KINDS, type KindDefinition } from "./kinds";
import type { ItemAction } from "./items";
import type { Problem } from "../notes/problem";
import { applicationKey } from "../notes/application-key";

/** What the follow-ups view shows, worked out without a DOM so it can be tested as data. */

/** What each action is called on its button and in the menu (Done is named per kind: doneLabel). */
export const ACTION_LABELS: Record<Exclude<ItemAction, "done">, string> = {
  contacts: "Add emails",
  draft: "Draft",
  reply: "Reply received",
  snooze: "Snooze",
};

/** Obsidian's icon (lucide) for each action. */
export const ACTION_ICONS: Record<ItemAction, string> = {
  done: "check",
  draft: "mail",
  reply: "reply",
  snooze: "alarm-clock-off",
  contacts: "at-sign",
};

export function actionLabel(v: Pick<ViewItem, "doneLabel">, action: ItemAction): string {
  return action === "done" ? v.doneLabel : ACTION_LABELS[action];
}

/** Something an item shows besides its sentence and due words. */
export interface ItemDetail {
  /** What it is: the sidebar draws it as `jsj-<name>` (`jsj-item-<name>` on a line of its own). */
  name: string;
  text: string;
  /** On a line of its own under the others (a remark), not beside the due words. */
  line?: true;
}

interface DetailRule {
  name: string;
  line?: true;
  /** The text for this item; undefined or "" when it shows nothing. */
  text: (item: DueItem, underApplication: boolean) => string | undefined;
}

/**
 * Everything an item shows besides its sentence and due words, in the order drawn. The sidebar
 * draws each one, VS Code's tree lists them in the item's tooltip and screen-reader label: a
 * field shown on items is one row here (CONTRIBUTING's Recipe 4), in no host.
 */
const ITEM_DETAILS: readonly DetailRule[] = [
  /** Company, role and stage; left out under an application's heading, which says them. */
  { name: "context", text: (item, underApplication) => (underApplication ? undefined : itemContext(item)) },
  { name: "email", text: (item) => item.email },
  /** The kind's remark: "No email on file", "They prefer phone calls". */
  { name: "note", line: true, text: (item) => (KINDS[item.kind] as KindDefinition).note?.(item) },
];

function detailsOf(item: DueItem, underApplication: boolean): ItemDetail[] {
  const out: ItemDetail[] = [];
  for (const rule of ITEM_DETAILS) {
    const text = rule.text(item, underApplication);
    if (text) out.push(rule.line ? { name: rule.name, text, line: true } : { name: rule.name, text });
  }
  return out;
}

/** The text of an item's detail, when it shows one by that name. */
export function detailText(v: ViewItem, name: string): string | undefined {
  return v.details.find((d) => d.name === name)?.text;
}

export interface ViewItem {
  item: DueItem;
  sentence: string;
  /** "due in 4 days", "2 days overdue": relative, beside dueDate. */
  dueWords: string;
  /** The due day in the sidebar's one short form: "16 Mar", "12 Mar 14:00". */
  dueDate: string;
  /** What it shows besides (ITEM_DETAILS): its context, the email, the kind's remark. */
  details: readonly ItemDetail[];
  /** The next thing you would do, drawn as the item's one labelled button; undefined when none. */
  primary?: ItemAction;
  /** Accent-coloured only when it is time: a follow-up due next week must not look urgent. */
  accent: boolean;
  /** The other actions, drawn quieter (icons with names), all of them also in the context menu. */
  secondary: readonly ItemAction[];
  /** Every action, in the order you would use them. */
  actions: readonly ItemAction[];
  /** The Done button's label: what the click records. */
  doneLabel: string;
  /** How many items of this note are listed: Snooze hides them all, and says so. */
  noteItems: number;
  /** Drawn under its application's heading (so its context is left out of its details). */
  underApplication: boolean;
}

/**
 * A section's items are turned into view items only when drawn: the view draws the first page
 * of each section, so a change in a long list costs what is drawn, not the list's length.
 */
export interface ViewSection {
  /** Stable across redraws and sessions: what a folded section is remembered by. */
  key: string;
  /** For the sections by due date: their state (and colour). */
  state?: ItemState;
  title: string;
  /** For an application: its stage and interview day ("onsite, 11 March"). */
  subtitle?: string;
  count: number;
  collapsed: boolean;
  at(index: number): ViewItem;
}

/** How the sidebar is laid out (settings.view), and what the filter box holds. */
export interface ViewOptions {
  groupBy: "due" | "application";
  collapsed: readonly string[];
  /** One line per item, its next step an icon. */
  compact?: boolean;
  /** Words every shown item has, in its company, role, stage, person or kind. */
  filter?: string;
}

export interface ViewModel {
  groupBy: ViewOptions["groupBy"];
  compact: boolean;
  /** The filter box's text as typed (a space being typed is kept), and how many of all the items it lets through. */
  filter: { text: string; shown: number; total: number };
  pipeline: PipelineSummary;
  pipelineLine: string;
  keepApplyingLine?: string;
  sections: ViewSection[];
  problems: Problem[];
  /** Overdue and due today: what the status bar counts. */
  dueCount: number;
  /** No application note yet: the sidebar says what will appear, and offers the ways to start. */
  welcome: boolean;
  /** Needs attention folded, as the user left it (its key: PROBLEMS_KEY). */
  problemsCollapsed: boolean;
}

/** The key Needs attention is folded under, beside the sections' own. */
export const PROBLEMS_KEY = "problems";

export function viewItem(item: DueItem, now: number, noteItems = 1, underApplication = false): ViewItem {
  const kind: KindDefinition = KINDS[item.kind];
  const actions = kind.actions;
  const primary = actions[0] === "snooze" ? undefined : actions[0];
  const v: ViewItem = {
    item,
    sentence: describeItem(item),
    dueWords: dueRelative(item, now),
    dueDate: shortDate(item.due),
    details: detailsOf(item, underApplication),
    primary,
    accent: primary !== undefined && item.state !== "upcoming",
    secondary: primary === undefined ? actions : actions.slice(1),
    actions,
    doneLabel: kind.doneLabel,
    noteItems,
    underApplication,
  };
  return v;
}

/** Items already grouped by state, each group in report order. */
export type ItemsByState = Record<ItemState, readonly DueItem[]>;

export function groupByState(items: readonly DueItem[]): ItemsByState {
  const groups: Record<ItemState, DueItem[]> = { overdue: [], due: [], upcoming: [] };
  for (const item of items) groups[item.state].push(item);
  return groups;
}

/** One section per application (company and role), in the order of their most pressing item. */
function applicationSections(
  items: readonly DueItem[],
  view: (i: DueItem) => ViewItem,
  collapsed: ReadonlySet<string>,
): ViewSection[] {
  const byApp = new Map<string, DueItem[]>();
  for (const item of items) {
    const key = `app:${applicationKey(item.company, item.role)}`;
    const list = byApp.get(key);
    if (list) list.push(item);
    else byApp.set(key, [item]);
  }
  return [...byApp].map(([key, list]) => {
    const first = list[0] as DueItem;
    // The latest interview of the application: its stage and day say which round this is.
    const latest = list.reduce((a, b) => ((b.interview?.at ?? -Infinity) > (a.interview?.at ?? -Infinity) ? b : a));
    const subtitle = [latest.stage, latest.interview ? shortDate(latest.interview) : ""]
      .filter((x) => x !== "")
      .join(", ");
    const section: ViewSection = {
      key,
      title: first.role ? `${first.company} · ${first.role}` : first.company,
      count: list.length,
      collapsed: collapsed.has(key),
      at: (index: number) => view(list[index] as DueItem),
    };
    if (subtitle) section.subtitle = subtitle;
    return section;
  });
}

/** Overdue, Today and Upcoming, each that has items. */
function dueSections(
  groups: ItemsByState,
  view: (i: DueItem) => ViewItem,
  collapsed: ReadonlySet<string>,
): ViewSection[] {
  return STATE_TITLES.map(([state, title]) => {
    const items = groups[state];
    const key = `state:${state}`;
    return {
      key,
      state,
      title,
      count: items.length,
      collapsed: collapsed.has(key),
      at: (index: number) => view(items[index] as DueItem),
    };
  }).filter((section) => section.count > 0);
}

/** The words an item is found by: its company, role, stage, person, email and kind, lower-cased. */
function searchText(item: DueItem): string {
  const kind = KINDS[item.kind];
  return [item.company, item.role, item.stage, item.person, item.email, kind.title, kind.doneLabel, describeItem(item)]
    .join(" ")
    .toLocaleLowerCase();
}

/** Whether an item has every word of the filter (`acme thank` finds Acme's thank-yous). */
export function matchesFilter(item: DueItem, filter: string): boolean {
  const words = filter
    .toLocaleLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  if (words.length === 0) return true;
  const text = searchText(item);
  return words.every((w) => text.includes(w));
}

/**
 * `cache` lets a caller that rebuilds the model after every edit reuse the view items of the
 * items that did not change (an item object only ever lives within one minute). `groups`, when
 * the caller keeps its items grouped already, spares a pass over all of them.
 */
export function buildViewModel(
  report: FollowUpReport,
  cache = new WeakMap<DueItem, ViewItem>(),
  groups = groupByState(report.items),
  options: ViewOptions = { groupBy: "due", collapsed: [] },
): ViewModel {
  const s = report.summary;
  const typed = options.filter ?? "";
  const filter = typed.trim();
  const items = filter === "" ? report.items : report.items.filter((i) => matchesFilter(i, filter));
  const shown = filter === "" ? groups : groupByState(items);
  const byApplication = options.groupBy === "application";
  const perNote = new Map<string, number>();
  for (const i of report.items) perNote.set(i.file, (perNote.get(i.file) ?? 0) + 1);
  // Cached per grouping: under an application's heading an item leaves out what the heading says.
  const view = (i: DueItem): ViewItem => {
    let v = cache.get(i);
    const count = perNote.get(i.file) ?? 1;
    if (!v || v.noteItems !== count || v.underApplication !== byApplication) {
      v = viewItem(i, report.now, count, byApplication);
      cache.set(i, v);
    }
    return v;
  };
  const collapsed = new Set(options.collapsed);
  const sections = byApplication ? applicationSections(items, view, collapsed) : dueSections(shown, view, collapsed);
  const model: ViewModel = {
    groupBy: options.groupBy,
    compact: options.compact === true,
    filter: { text: typed, shown: items.length, total: report.items.length },
    pipeline: s,
    pipelineLine:
      s.notes === 0
        ? "No application notes yet."
        : `${plural(s.active, "active application")} · ${s.awaitingReply} awaiting reply · ${plural(s.offers, "offer")}`,
    sections,
    problems: report.problems,
    problemsCollapsed: collapsed.has(PROBLEMS_KEY),
    // What the status bar counts: every item, whatever the filter shows.
    dueCount: groups.overdue.length + groups.due.length,
    welcome: s.notes === 0,
  };
  if (s.keepApplying) {
    model.keepApplyingLine =
      s.active === 0
        ? "No interviews in progress: a good week to send a few applications."
        : `Only ${plural(s.active, "application")} in progress: keep applying while you wait.`;
  }
  return model;
}
