import type { FollowUpReport } from "../../src/core/follow-ups/engine";
import { buildViewModel } from "../../src/core/follow-ups/view-model";

import { renderFollowUps } from "../../src/plugin/view/render-follow-ups";
import { installDomHelpers } from "../fakes/obsidian/dom";
import { NO_OP_HANDLERS } from "./no-op-handlers";

/**
 * Bundled into a page: renders a view model with the real renderer and stylesheet, forcing
 * layout each time (the work a real view costs), and reports median milliseconds: as users get
 * it (the first page of each section), everything at once, and the floor of laying out as many
 * bare elements as everything at once creates.
 */
installDomHelpers(window);

function median(samples: number[]): number {
  const s = samples.slice(3).sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export interface Rendered {
  /** The view as users get it: its median, its floor's, and the median of the pairs' ratios. */
  shown: number;
  shownFloor: number;
  shownRatio: number;
  shownElements: number;
  all: number;
  floor: number;
  elements: number;
}

(window as unknown as { benchRender: (report: FollowUpReport, runs: number) => Rendered }).benchRender = (
  report,
  runs,
) => {
  const model = buildViewModel(report);
  const container = document.createElement("div");
  document.body.appendChild(container);
  const handlers = NO_OP_HANDLERS;
  const once = (fn: () => void): number => {
    const t0 = performance.now();
    fn();
    void container.offsetHeight;
    return performance.now() - t0;
  };
  const timeIt = (fn: () => void): number => median(Array.from({ length: runs + 3 }, () => once(fn)));
  const bare = (count: number) => () => {
    container.replaceChildren();
    const root = document.createElement("div");
    for (let i = 0; i < count; i++) root.appendChild(document.createElement("span"));
    container.appendChild(root);
  };
  // As the view does on each change: the view model, then the sections as shown, each run beside its floor.
  const drawShown = () => renderFollowUps(container, buildViewModel(report), handlers);
  drawShown();
  const shownElements = container.querySelectorAll("*").length;
  const floors: number[] = [];
  const subjects: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    floors.push(once(bare(shownElements)));
    subjects.push(once(drawShown));
  }
  const ratios = subjects.map((t, i) => t / Math.max(floors[i] ?? 0, 1e-3));
  const all = timeIt(() => renderFollowUps(container, model, handlers, Number.POSITIVE_INFINITY));
  const elements = container.querySelectorAll("*").length;
  const floor = timeIt(bare(elements));
  return {
    shown: median(subjects),
    shownFloor: median(floors),
    shownRatio: median(ratios),
    shownElements,
    all,
    floor,
    elements,
  };
};
