import type { ViewHandlers } from "../../src/plugin/view/handlers";

/** The view's handlers doing nothing: the benchmark times drawing, not what a click does. */
export const NO_OP_HANDLERS: ViewHandlers = {
  openNote: () => undefined,
  act: () => undefined,
  menu: () => undefined,
  icon: () => undefined,
  groupBy: () => undefined,
  toggleSection: () => undefined,
  compact: () => undefined,
  filter: () => undefined,
};
