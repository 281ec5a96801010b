import { Modal, Setting, type App } from "obsidian";
import type { ConfigSuggestion } from "../../core/suggest-config";

/** "Map my existing notes": what the suggestion found and why; nothing changes until Apply. */
export class MapNotesModal extends Modal {
  constructor(
    app: App,
    private readonly suggestion: ConfigSuggestion,
    private readonly apply: () => Promise<string[]>,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle("Map my existing notes");
    const { contentEl } = this;
    const keys = this.suggestion.config.keys as Record<string, string> | undefined;
    if (Object.keys(this.suggestion.config).length <= 1) {
      contentEl.createEl("p", { text: this.suggestion.reasons[0] ?? "Nothing to map." });
      return;
    }
    contentEl.createEl("p", {
      text: "These settings would read your notes as they are. Nothing in your notes changes.",
    });
    const list = contentEl.createEl("ul", { cls: "jsj-map-reasons" });
    for (const reason of this.suggestion.reasons) list.createEl("li", { text: reason });
    if (keys)
      contentEl.createEl("p", { cls: "jsj-item-note", text: `${Object.keys(keys).length} property names change.` });
    const error = contentEl.createEl("p", { cls: "jsj-error", attr: { role: "alert" } });
    new Setting(contentEl)
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText("Apply")
          .setCta()
          .onClick(async () => {
            const errors = await this.apply();
            if (errors.length > 0) error.setText(errors.join("; "));
            else this.close();
          }),
      );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
