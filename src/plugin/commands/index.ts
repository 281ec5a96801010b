import type { Plugin } from "obsidian";
import type { PluginContext } from "../context";
import { basesAvailable, createJobSearchBase } from "../bases-file";
import { exportCalendar } from "../calendar-file";
import { openFollowUpDraft, openThankYouDrafts } from "../drafts";
import { addDebriefSection, createInterviewNote } from "../interview-notes";
import { NewInterviewModal } from "../modals/new-interview-modal";
import { withInterviewNote } from "../note-picker";
import { logInterview } from "../log-interview";
import { openBoard, openFollowUps, openStatistics } from "../open-view";
import { recordReply } from "../reply-flow";
import { exportApplications } from "../exchange/export-file";
import { importSpreadsheet } from "../exchange/import-flow";

/** New interview note: the form, then the note. */
export function startNewInterviewNote(ctx: PluginContext): void {
  new NewInterviewModal(ctx.app, {}, ctx.clock.today(), (fields) => void createInterviewNote(ctx, fields)).open();
}

/** Every command, by id (Obsidian prefixes the plugin's id). */
export function registerCommands(plugin: Plugin, ctx: PluginContext): void {
  plugin.addCommand({
    id: "new-interview-note",
    name: "New interview note",
    callback: () => startNewInterviewNote(ctx),
  });
  plugin.addCommand({
    id: "new-interview-debrief",
    name: "New interview debrief",
    callback: () => withInterviewNote(ctx, (note, file) => void addDebriefSection(ctx, note, file)),
  });
  plugin.addCommand({
    id: "draft-thank-you-notes",
    name: "Draft thank-you notes",
    callback: () => withInterviewNote(ctx, (note) => void openThankYouDrafts(ctx, note)),
  });
  plugin.addCommand({
    id: "draft-follow-up",
    name: "Draft follow-up",
    callback: () => withInterviewNote(ctx, (note) => void openFollowUpDraft(ctx, note)),
  });
  plugin.addCommand({
    id: "log-interview",
    name: "Log an interview",
    callback: () => withInterviewNote(ctx, (note) => logInterview(ctx, note)),
  });
  plugin.addCommand({
    id: "record-reply",
    name: "Record reply",
    callback: () => withInterviewNote(ctx, (note) => recordReply(ctx, note)),
  });
  plugin.addCommand({
    id: "open-follow-ups",
    name: "Open follow-ups due",
    callback: () => void openFollowUps(ctx.app),
  });
  plugin.addCommand({
    id: "open-board",
    name: "Open the pipeline board",
    callback: () => void openBoard(ctx.app),
  });
  plugin.addCommand({
    id: "open-statistics",
    name: "Open job search statistics",
    callback: () => void openStatistics(ctx.app),
  });
  plugin.addCommand({
    id: "export-calendar",
    name: "Export follow-ups to calendar file",
    callback: () => void exportCalendar(ctx),
  });
  registerExchangeCommands(plugin, ctx);
  if (basesAvailable()) {
    plugin.addCommand({
      id: "create-base",
      name: "Create a base of your applications",
      callback: () => void createJobSearchBase(ctx),
    });
  }
}

/** Bringing a search in from a spreadsheet and taking it out as CSV. */
function registerExchangeCommands(plugin: Plugin, ctx: PluginContext): void {
  plugin.addCommand({
    id: "import-spreadsheet",
    name: "Import applications from a spreadsheet",
    callback: () => importSpreadsheet(ctx),
  });
  plugin.addCommand({
    id: "export-csv",
    name: "Export applications to CSV",
    callback: () => void exportApplications(ctx),
  });
}
