import { Modal, Setting, type App } from "obsidian";
import type { ReplyOption } from "../../core/editing/choices";
import { parseWhen } from "../../core/lib/time";

export interface ReplyChoice {
  date: string;
  /** "" keeps the status as it is. */
  status: string;
  /** Which of the reply options it was, when it was one (Next round offers the next round's note). */
  option?: ReplyOption["id"];
}

/**
 * "Record reply": when they replied, and what they said. `check` says why a choice would leave
 * the note in a state Check notes reports; the first click shows it, a second writes anyway.
 */
export class ReplyModal extends Modal {
  private date: string;
  private status = "";
  private other = "";

  constructor(
    app: App,
    private readonly company: string,
    private readonly options: readonly ReplyOption[],
    today: string,
    private readonly done: (choice: ReplyChoice) => void,
    private readonly check: (choice: ReplyChoice) => string | undefined = () => undefined,
  ) {
    super(app);
    this.date = today;
  }

  override onOpen(): void {
    // Every modal of the plugin: its buttons take a finger on a phone (styles.css).
    this.modalEl.addClass("jsj-modal");
    this.setTitle(`Reply from ${this.company}`);
    const { contentEl } = this;
    const error = contentEl.createEl("p", { cls: "jsj-error", attr: { role: "alert" } });
    let insisted: string | undefined;
    new Setting(contentEl).setName("Date of the reply").addText((t) => {
      t.inputEl.type = "date";
      t.inputEl.setAttr("aria-label", "Date of the reply");
      t.setValue(this.date).onChange((v) => (this.date = v));
    });
    new Setting(contentEl).setName("What they said").addDropdown((d) => {
      d.selectEl.setAttr("aria-label", "What they said");
      d.addOption("", "Keep the status");
      for (const o of this.options) d.addOption(o.id, o.label);
      d.addOption("other", "Other…")
        .setValue("")
        .onChange((v) => (this.status = v));
    });
    new Setting(contentEl)
      .setName("Other status")
      .setDesc("Used with the last choice above.")
      .addText((t) => {
        t.inputEl.setAttr("aria-label", "Other status");
        t.onChange((v) => (this.other = v));
      });
    new Setting(contentEl).addButton((b) =>
      b
        .setButtonText("Record reply")
        .setCta()
        .onClick(() => {
          if (!parseWhen(this.date)) {
            error.setText(
              this.date.trim() === ""
                ? "Pick the day of the reply."
                : `"${this.date}" is not a date: pick the day of the reply.`,
            );
            return;
          }
          const option = this.options.find((o) => o.id === this.status);
          const choice: ReplyChoice = option
            ? { date: this.date, status: option.status, option: option.id }
            : { date: this.date, status: this.status === "other" ? this.other.trim() : "" };
          const problem = this.check(choice);
          if (problem && insisted !== problem) {
            insisted = problem;
            error.setText(`${problem}. Record anyway, and Check notes will list it.`);
            b.setButtonText("Record anyway");
            return;
          }
          this.close();
          this.done(choice);
        }),
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
