import { Modal, Setting, type App } from "obsidian";
import { loggedInterview } from "../../core/editing/interview-log";
import { dateAndTime, textField } from "./form-fields";

export interface LoggedInterview {
  interview: string;
  people: string[];
  stage?: string;
}

/**
 * "Log an interview": its date and time, who you met and the stage, for notes that keep
 * interviews in their text or nowhere. Written into the note's properties under the mapped names.
 */
export class LogInterviewModal extends Modal {
  private date = "";
  private time = "";
  private people = "";
  private stage = "";

  constructor(
    app: App,
    private readonly company: string,
    private readonly check: (logged: LoggedInterview) => string | undefined,
    private readonly done: (logged: LoggedInterview) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    this.setTitle(`Log an interview at ${this.company}`);
    const { contentEl } = this;
    contentEl.createEl("p", {
      text: "Its date, who you met and the round go into the note's properties; the thank-yous, the debrief and the follow-ups are worked out from them.",
    });
    const error = contentEl.createEl("p", { cls: "jsj-error", attr: { role: "alert" } });
    const text = (name: string, set: (v: string) => void, type: string, desc?: string) =>
      textField(contentEl, name, set, type, desc);
    text("Date", (v) => (this.date = v), "date");
    text(
      "Time",
      (v) => (this.time = v),
      "time",
      "Leave empty when you do not know it: the thank-you is then due the next day.",
    );
    text(
      "People",
      (v) => (this.people = v),
      "text",
      'Separated by ";", with an email where you have one: Jane Doe <jane@acme.com>; Tom Becker',
    );
    text("Stage", (v) => (this.stage = v), "text", "For example: phone screen, onsite, final.");
    new Setting(contentEl).addButton((b) =>
      b
        .setButtonText("Log the interview")
        .setCta()
        .onClick(() => {
          const when = dateAndTime(this.date, this.time);
          if (!when) {
            error.setText("The date (and time, if given) must be a real date.");
            return;
          }
          const { kind: _, ...logged } = loggedInterview(when, this.people, this.stage);
          const problem = this.check(logged);
          if (problem) {
            error.setText(`${problem}.`);
            return;
          }
          this.close();
          this.done(logged);
        }),
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
