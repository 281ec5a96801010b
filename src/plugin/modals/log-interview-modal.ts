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
 * interviews in their text or nowhere. Written into the note's properties under the mapped
 * names. It starts from what the note has, so what the user leaves stays as it was.
 */
export class LogInterviewModal extends Modal {
  private date: string;
  private time: string;
  private people: string;
  private stage: string;

  constructor(
    app: App,
    private readonly company: string,
    private readonly check: (logged: LoggedInterview) => string | undefined,
    private readonly done: (logged: LoggedInterview) => void,
    initial: { date: string; time: string; people: string; stage: string } = {
      date: "",
      time: "",
      people: "",
      stage: "",
    },
  ) {
    super(app);
    ({ date: this.date, time: this.time, people: this.people, stage: this.stage } = initial);
  }

  override onOpen(): void {
    // Every modal of the plugin: its buttons take a finger on a phone (styles.css).
    this.modalEl.addClass("jsj-modal");
    this.setTitle(`Log an interview at ${this.company}`);
    const { contentEl } = this;
    contentEl.createEl("p", {
      text: "Its date, who you met and the stage go into the note's properties; the thank-yous, the debrief and the follow-ups are worked out from them.",
    });
    const error = contentEl.createEl("p", { cls: "jsj-error", attr: { role: "alert" } });
    const text = (name: string, set: (v: string) => void, type: string, value: string, desc?: string) =>
      textField(contentEl, name, set, type, desc, value);
    text("Date", (v) => (this.date = v), "date", this.date);
    text(
      "Time",
      (v) => (this.time = v),
      "time",
      this.time,
      "Leave empty when you do not know it: the thank-you is then due the next day.",
    );
    text(
      "People",
      (v) => (this.people = v),
      "text",
      this.people,
      'Separated by ";", with an email where you have one: Jane Doe <jane@acme.com>; Tom Becker',
    );
    text("Stage", (v) => (this.stage = v), "text", this.stage, "For example: phone screen, onsite, final.");
    new Setting(contentEl).addButton((b) =>
      b
        .setButtonText("Log the interview")
        .setCta()
        .onClick(() => {
          const wrong = fieldError(this.date, this.time);
          const when = dateAndTime(this.date, this.time);
          if (wrong || !when) {
            error.setText(wrong ?? "Date: not a day of the calendar.");
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

/** What is wrong with the date and time, named by their field; undefined when both read. */
function fieldError(date: string, time: string): string | undefined {
  if (date.trim() === "") return "Date: give the day of the interview.";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date.trim())) return `Date: "${date.trim()}" is not a day (YYYY-MM-DD).`;
  if (time.trim() !== "" && !/^([01]?\d|2[0-3]):[0-5]\d$/.test(time.trim()))
    return `Time: "${time.trim()}" is not a time of day (HH:mm).`;
  return undefined;
}
