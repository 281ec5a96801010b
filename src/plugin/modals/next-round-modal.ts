import { Modal, Setting, type App } from "obsidian";
import type { NextRound } from "../../core/follow-ups/items";
import { dateAndTime, textField } from "./form-fields";

/** "Next round in this note": the next interview's date, time and stage. */
export class NextRoundModal extends Modal {
  private date = "";
  private time = "";
  private stage = "";

  constructor(
    app: App,
    private readonly company: string,
    private readonly check: (next: NextRound) => string | undefined,
    private readonly done: (next: NextRound) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    // Every modal of the plugin: its buttons take a finger on a phone (styles.css).
    this.modalEl.addClass("jsj-modal");
    this.setTitle(`Next round at ${this.company}, in this note`);
    const { contentEl } = this;
    contentEl.createEl("p", {
      text: "This round's records (thanked, debriefed, follow-ups, reply) move to the note's rounds list, one line for the round; the note then follows the next interview.",
    });
    const error = contentEl.createEl("p", { cls: "jsj-error", attr: { role: "alert" } });
    const text = (name: string, set: (v: string) => void, type: string, desc?: string) =>
      textField(contentEl, name, set, type, desc);
    text("Date", (v) => (this.date = v), "date");
    text("Time", (v) => (this.time = v), "time", "Leave empty when you do not know it yet.");
    text("Stage", (v) => (this.stage = v), "text", "For example: onsite, final.");
    new Setting(contentEl).addButton((b) =>
      b
        .setButtonText("Start the next round")
        .setCta()
        .onClick(() => {
          const when = dateAndTime(this.date, this.time);
          if (!when) {
            error.setText("The date (and time, if given) must be a real date.");
            return;
          }
          const next: NextRound = { interview: when, stage: this.stage.trim() };
          const problem = this.check(next);
          if (problem) {
            error.setText(`${problem}.`);
            return;
          }
          this.close();
          this.done(next);
        }),
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
