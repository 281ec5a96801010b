import { Plugin, PluginSettingTab, type SettingDefinitionItem } from "obsidian";

/**
 * The onload row's floor: the official sample plugin's onload (obsidianmd/obsidian-sample-plugin),
 * which loads its settings and registers a ribbon icon, a status bar item, three commands, a
 * settings tab, a DOM event and an interval. Bundled like main.js and loaded the same way, cold.
 */
class FloorSettingTab extends PluginSettingTab {
  override getSettingDefinitions(): SettingDefinitionItem[] {
    return [];
  }
  override display(): void {
    this.containerEl.empty();
  }
}

export default class FloorPlugin extends Plugin {
  override settings: Record<string, unknown> = {};

  override async onload(): Promise<void> {
    const saved = (await this.loadData()) as Record<string, unknown> | null;
    this.settings = { mySetting: "default", ...saved };
    this.addRibbonIcon("dice", "Floor", () => undefined);
    this.addStatusBarItem().setText("Status bar text");
    this.addCommand({ id: "open-modal-simple", name: "Open modal (simple)", callback: () => undefined });
    this.addCommand({ id: "replace-selected", name: "Replace selected content", editorCallback: () => undefined });
    this.addCommand({ id: "open-modal-complex", name: "Open modal (complex)", checkCallback: () => true });
    this.addSettingTab(new FloorSettingTab(this.app, this));
    this.registerDomEvent(document, "click", () => undefined);
    this.registerInterval(window.setInterval(() => undefined, 5 * 60 * 1000));
  }
}
