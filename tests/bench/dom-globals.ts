import { Window as HappyWindow } from "happy-dom";
import { installDomHelpers } from "../fakes/obsidian/dom";

/** A happy-dom window as the globals the plugin and the fake expect (for the benchmark's Node processes). */
export function installDom(): void {
  const win = new HappyWindow() as unknown as Window & typeof globalThis;
  const g = globalThis as unknown as Record<string, unknown>;
  const from = win as unknown as Record<string, unknown>;
  for (const name of [
    "document",
    "HTMLElement",
    "HTMLInputElement",
    "HTMLTextAreaElement",
    "DocumentFragment",
    "Event",
    "KeyboardEvent",
    "MouseEvent",
  ]) {
    g[name] = from[name];
  }
  g.window = win;
  installDomHelpers(win);
  for (const name of ["activeDocument", "activeWindow", "createEl", "createDiv", "createFragment"])
    g[name] = from[name];
}
