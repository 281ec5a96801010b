import { Plugin, TFile } from "obsidian";
import type { Settings } from "../core/settings/settings";
import { keepCalendarCurrent } from "./calendar-file";
import { startDailyNudge } from "./daily-nudge";
import { registerCommands } from "./commands";
import type { PluginContext } from "./context";
import { viewHandlers } from "./item-actions";
import { FollowUpModel } from "./model";
import { boardHandlers } from "./board-actions";
import { openBoard, openFollowUps } from "./open-view";
import { JobSearchSettingTab } from "./settings-tab";
import { SettingsStore } from "./settings-store";
import { addStatusBar } from "./status-bar";
import { VaultNotes } from "./vault-notes";
import { FOLLOW_UPS_VIEW, FollowUpsView } from "./view/follow-ups-view";
import { STATS_VIEW, StatsView } from "./view/stats-view";
import { BOARD_VIEW, BoardView } from "./view/board-view";
import { registerBoardBase } from "./view/board-base";
import { clockOf } from "../core/lib/clock";

/**
 * Wires things up and nothing else. onload only registers; the index is built once the
 * layout is ready, from the metadata cache, and then follows each changed note.
 */
export default class JobSearchJournalPlugin extends Plugin {
  override async onload(): Promise<void> {
    const store = new SettingsStore(this);
    await store.load();
    const settings = () => store.get();
    const notes = new VaultNotes(this.app, settings);
    const clock = clockOf(() => new Date());
    const model = new FollowUpModel(notes, settings, clock);
    const ctx: PluginContext = { app: this.app, store, model, notes, clock };

    this.registerView(FOLLOW_UPS_VIEW, (leaf) => new FollowUpsView(leaf, model, viewHandlers(ctx)));
    this.registerView(STATS_VIEW, (leaf) => new StatsView(leaf, model, settings, clock));
    const onBoard = (announce: (text: string) => void) => boardHandlers(ctx, announce);
    this.registerView(BOARD_VIEW, (leaf) => new BoardView(leaf, model, onBoard));
    registerBoardBase(this, model, onBoard);
    registerCommands(this, ctx);
    this.addSettingTab(new JobSearchSettingTab(this.app, this, store, clock));
    this.addRibbonIcon("calendar-check", "Open follow-ups due", () => void openFollowUps(this.app));
    this.addRibbonIcon("square-kanban", "Open the pipeline board", () => void openBoard(this.app));
    // The sidebar's layout (grouping, folded sections) redraws; anything else is read anew.
    const readWith = (s: Settings) => JSON.stringify({ ...s, view: undefined });
    let indexedWith = readWith(store.get());
    this.register(
      store.onChange((s) => {
        if (readWith(s) === indexedWith) {
          model.recompute();
          return;
        }
        indexedWith = readWith(s);
        model.rebuild();
      }),
    );

    // Everything that follows the index waits for it: Obsidian's start is not kept waiting.
    this.app.workspace.onLayoutReady(() => {
      addStatusBar(this, ctx);
      keepCalendarCurrent(this, ctx);
      model.rebuild();
      const { metadataCache, vault } = this.app;
      this.registerEvent(metadataCache.on("changed", (file) => model.update(file)));
      this.registerEvent(
        vault.on("rename", (file, oldPath) => {
          if (file instanceof TFile) model.rename(file, oldPath);
        }),
      );
      this.registerEvent(vault.on("delete", (file) => model.remove(file.path)));
      this.registerInterval(window.setInterval(() => model.tick(), 60_000));
      startDailyNudge(this, ctx);
    });
  }
}
