import { Modal, Setting, type App } from "obsidian";
import type { NewInterview } from "../../core/drafts/new-note";
import { parseWhen } from "../../core/lib/time";

/** "New interview note": company, role, stage, date and time, interviewers. */
export class NewInterviewModal extends Modal {
  private fields: NewInterview;

  constructor(
    app: App,
    initial: Partial<NewInterview>,
    today: string,
    private readonly done: (fields: NewInterview) => void,
  ) {
    super(app);
    this.fields = { company: "", role: "", stage: "", date: today, time: "", interviewers: [], ...initial };
  }

  override onOpen(): void {
    // Every modal of the plugin: its buttons take a finger on a phone (styles.css).
    this.modalEl.addClass("jsj-modal");
    this.setTitle("New interview note");
    const { contentEl } = this;
    const f = this.fields;
    const error = contentEl.createEl("p", { cls: "jsj-error", attr: { role: "alert" } });
    const text = (name: string, value: string, set: (v: string) => void, type = "text") =>
      new Setting(contentEl).setName(name).addText((t) => {
        t.inputEl.type = type;
        t.inputEl.setAttr("aria-label", name);
        t.setValue(value).onChange(set);
      });
    text("Company", f.company, (v) => (f.company = v));
    text("Role", f.role, (v) => (f.role = v));
    text("Stage", f.stage, (v) => (f.stage = v)).setDesc("For example: phone screen, technical, onsite, final.");
    text("Date", f.date, (v) => (f.date = v), "date");
    text("Time", f.time, (v) => (f.time = v), "time").setDesc("Leave empty when you do not know it yet.");
    new Setting(contentEl)
      .setName("Interviewers")
      .setDesc("One per line: Jane Doe, Jane Doe <jane@acme.com>, or [[Jane Doe]].")
      .addTextArea((t) => {
        t.inputEl.setAttr("aria-label", "Interviewers");
        t.setValue(f.interviewers.join("\n")).onChange(
          (v) =>
            (f.interviewers = v
              .split("\n")
              .map((s) => s.trim())
              .filter(Boolean)),
        );
      });
    new Setting(contentEl).addButton((b) =>
      b
        .setButtonText("Create note")
        .setCta()
        .onClick(() => {
          if (f.company.trim() === "") {
            error.setText("The company is needed for the note's name.");
            return;
          }
          if (!parseWhen(f.date) || (f.time.trim() !== "" && !parseWhen(`${f.date}T${f.time.trim()}`))) {
            error.setText("The date (and time, if given) must be a real date.");
            return;
          }
          this.close();
          this.done({ ...f, company: f.company.trim(), role: f.role.trim(), stage: f.stage.trim() });
        }),
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
