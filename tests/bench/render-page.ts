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

(
  window as unknown as {
    benchRender: (
      report: FollowUpReport,
      runs: number,
    ) => { shown: number; all: number; floor: number; elements: number };
  }
).benchRender = (report, runs) => {
  const model = buildViewModel(report);
  const container = document.createElement("div");
  document.body.appendChild(container);
  const handlers = NO_OP_HANDLERS;
  const timeIt = (fn: () => void): number => {
    const samples: number[] = [];
    for (let i = 0; i < runs + 3; i++) {
      const t0 = performance.now();
      fn();
      void container.offsetHeight;
      samples.push(performance.now() - t0);
    }
    return median(samples);
  };
  // As the view does on each change: the view model, then the sections as shown.
  const shown = timeIt(() => renderFollowUps(container, buildViewModel(report), handlers));
  const all = timeIt(() => renderFollowUps(container, model, handlers, Number.POSITIVE_INFINITY));
  const elements = container.querySelectorAll("*").length;
  const floor = timeIt(() => {
    container.replaceChildren();
    const root = document.createElement("div");
    for (let i = 0; i < elements; i++) root.appendChild(document.createElement("span"));
    container.appendChild(root);
  });
  return { shown, all, floor, elements };
};
