import { describeItem, dueInWords, itemContext, plural, STATE_TITLES } from "./describe";
import type { DueItem, FollowUpReport, ItemState, PipelineSummary } from "./engine";
import type { Problem } from "./schema";

/** What the follow-ups view shows, worked out without a DOM so it can be tested as data. */

export type ItemAction = "done" | "draft" | "snooze" | "reply";

export interface ViewItem {
  item: DueItem;
  sentence: string;
  context: string;
  dueWords: string;
  /** "No email on file" for a thank-you with no known address. */
  note?: string;
  actions: ItemAction[];
  /** The Done button's label: what the click records. */
  doneLabel: string;
}

export interface ViewSection {
  state: ItemState;
  title: string;
  items: ViewItem[];
}

export interface ViewModel {
  pipeline: PipelineSummary;
  pipelineLine: string;
  keepApplyingLine?: string;
  sections: ViewSection[];
  problems: Problem[];
  /** Overdue and due today: what the status bar counts. */
  dueCount: number;
}

const ACTIONS: Record<DueItem["kind"], ItemAction[]> = {
  "thank-you": ["done", "draft", "snooze"],
  debrief: ["done", "snooze"],
  "inform-references": ["done", "snooze"],
  "follow-up": ["done", "draft", "reply", "snooze"],
  "move-on": ["done", "reply", "snooze"],
};

const DONE_LABEL: Record<DueItem["kind"], string> = {
  "thank-you": "Sent",
  debrief: "Written",
  "inform-references": "Told them",
  "follow-up": "Sent",
  "move-on": "Close it",
};


export function viewItem(item: DueItem, now: number): ViewItem {
  const v: ViewItem = {
    item,
    sentence: describeItem(item),
    context: itemContext(item),
    dueWords: dueInWords(item, now),
    actions: ACTIONS[item.kind],
    doneLabel: DONE_LABEL[item.kind],
  };
  if (item.kind === "thank-you" && !item.email) v.note = "No email on file: ask the recruiter or check the company's site";
  if (item.kind === "follow-up" && item.channel === "phone") v.note = "They prefer phone calls";
  return v;
}

export function buildViewModel(report: FollowUpReport): ViewModel {
  const s = report.summary;
  const sections = STATE_TITLES.map(([state, title]) => ({
    state,
    title,
    items: report.items.filter((i) => i.state === state).map((i) => viewItem(i, report.now)),
  })).filter((section) => section.items.length > 0);
  const model: ViewModel = {
    pipeline: s,
    pipelineLine: `${plural(s.active, "active application")} · ${s.awaitingReply} awaiting reply · ${plural(s.offers, "offer")}`,
    sections,
    problems: report.problems,
    dueCount: report.items.filter((i) => i.state !== "upcoming").length,
  };
  if (s.keepApplying) {
    model.keepApplyingLine = s.active === 0
      ? "No interviews in progress: a good week to send a few applications."
      : `Only ${plural(s.active, "application")} in progress: keep applying while you wait.`;
  }
  return model;
}
