import { Setting } from "obsidian";
import { formatWhen, parseWhen } from "../../core/lib/time";

/** A labelled input (its name is its accessible name, as Obsidian does not link them). */
export function textField(
  el: HTMLElement,
  name: string,
  set: (v: string) => void,
  type: string,
  desc?: string,
  value = "",
): void {
  const s = new Setting(el).setName(name).addText((t) => {
    t.inputEl.type = type;
    t.inputEl.setAttr("aria-label", name);
    if (value !== "") t.setValue(value);
    t.onChange(set);
  });
  if (desc) s.setDesc(desc);
}

/** A date input and an optional time input read as one When (`2026-03-20T14:00`), or undefined. */
export function dateAndTime(date: string, time: string): string | undefined {
  const when = parseWhen(time.trim() === "" ? date : `${date}T${time.trim()}`);
  return when ? formatWhen(when) : undefined;
}
