import { debounce, normalizePath, Notice, TFile, type Plugin } from "obsidian";
import { calendarEventsFor, calendarUpdate, toICalendar } from "../core/exchange/ics";
import { plural } from "../core/follow-ups/describe";
import type { PluginContext } from "./context";

/**
 * The follow-ups as an iCalendar file in the vault (path in the settings), for calendar apps
 * that import or watch it. Written on command, and on every change when "keep it current" is
 * on; never over a file it did not write, and not at all while nothing changed.
 */

export type CalendarResult =
  { kind: "written" | "unchanged"; path: string; events: number } | { kind: "refused"; path: string; reason: string };

export async function writeCalendarFile(ctx: PluginContext): Promise<CalendarResult> {
  const settings = ctx.store.get();
  const path = normalizePath(settings.calendar.path);
  const { vault } = ctx.app;
  if (!ctx.model.ready)
    return { kind: "refused", path, reason: "the interview notes are still being read; try again in a moment" };
  const entries = ctx.model.interviewNotes().map((note) => ({ note, problems: [] }));
  const events = calendarEventsFor(entries, ctx.clock.wall(), settings, ctx.notes, vault.getName());
  const text = toICalendar(events, ctx.clock.instant());
  const existing = vault.getAbstractFileByPath(path);
  if (existing && !(existing instanceof TFile)) return { kind: "refused", path, reason: `${path} is a folder` };
  if (existing instanceof TFile) {
    const update = calendarUpdate(await vault.read(existing), text);
    if (update === "foreign")
      return {
        kind: "refused",
        path,
        reason: `${path} is not a calendar written by Job Search Journal; it is left as it is`,
      };
    if (update === "unchanged") return { kind: "unchanged", path, events: events.length };
    // Checked again inside process: a file replaced meanwhile (by sync, say) is left alone.
    let replaced = false;
    await vault.process(existing, (current) => {
      if (calendarUpdate(current, text) === "foreign") return current;
      replaced = true;
      return text;
    });
    if (!replaced)
      return { kind: "refused", path, reason: `${path} changed while it was being written; it is left as it is` };
    return { kind: "written", path, events: events.length };
  }
  const folder = path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : "";
  const parent = folder === "" ? undefined : vault.getAbstractFileByPath(folder);
  if (parent instanceof TFile) return { kind: "refused", path, reason: `${folder} is a file, not a folder` };
  if (folder !== "" && !parent) await vault.createFolder(folder);
  await vault.create(path, text);
  return { kind: "written", path, events: events.length };
}

export function calendarMessage(result: CalendarResult): string {
  switch (result.kind) {
    case "written":
      return `Wrote ${plural(result.events, "follow-up")} to ${result.path}.`;
    case "unchanged":
      return `${result.path} is up to date (${plural(result.events, "follow-up")}).`;
    case "refused":
      return `Calendar not written: ${result.reason}.`;
  }
}

/** The command: write now and say what happened. */
export async function exportCalendar(ctx: PluginContext): Promise<void> {
  try {
    new Notice(calendarMessage(await writeCalendarFile(ctx)));
  } catch (error) {
    new Notice(`Calendar not written: ${(error as Error).message}`);
  }
}

/**
 * Keeps the file current while the setting is on: after the follow-ups change (an edit, the
 * minute tick, new settings), once things settle. A refusal or a failed write is shown once,
 * not every minute, and again only after a write succeeds or the problem changes.
 */
export function keepCalendarCurrent(plugin: Plugin, ctx: PluginContext): void {
  let lastProblem = "";
  const report = (problem: string) => {
    if (problem !== "" && problem !== lastProblem) new Notice(problem);
    lastProblem = problem;
  };
  const refresh = debounce(
    () => {
      if (!ctx.store.get().calendar.keepCurrent) return;
      void writeCalendarFile(ctx)
        .then((result) => report(result.kind === "refused" ? calendarMessage(result) : ""))
        .catch((error: Error) => report(`Calendar not written: ${error.message}`));
    },
    2000,
    true,
  );
  plugin.registerEvent(ctx.model.on("updated", () => refresh()));
  plugin.register(() => refresh.cancel());
}
