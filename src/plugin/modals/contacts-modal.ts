import { Modal, Setting, type App } from "obsidian";
import { emailProblem } from "../../core/editing/contacts";

/** "Add emails": one field per interviewer with no email on file; empty ones are left as they are. */
export class ContactsModal extends Modal {
  private readonly emails = new Map<string, string>();

  constructor(
    app: App,
    private readonly company: string,
    private readonly people: string[],
    private readonly done: (emails: Map<string, string>) => void,
  ) {
    super(app);
  }

  override onOpen(): void {
    // Every modal of the plugin: its buttons take a finger on a phone (styles.css).
    this.modalEl.addClass("jsj-modal");
    this.setTitle(`Contact details at ${this.company}`);
    const { contentEl } = this;
    contentEl.createEl("p", {
      text: "Ask before you leave: each interviewer's email, for the thank-you. Leave a field empty if you did not get it.",
    });
    const error = contentEl.createEl("p", { cls: "jsj-error", attr: { role: "alert" } });
    for (const name of this.people) {
      new Setting(contentEl).setName(name).addText((t) => {
        t.inputEl.type = "email";
        t.inputEl.setAttr("aria-label", `Email of ${name}`);
        t.setPlaceholder("name@company.com").onChange((v) => this.emails.set(name, v.trim()));
      });
    }
    new Setting(contentEl).addButton((b) =>
      b
        .setButtonText("Record emails")
        .setCta()
        .onClick(() => {
          const given = new Map([...this.emails].filter(([, v]) => v !== ""));
          const bad = [...given].filter(([, v]) => emailProblem(v) !== undefined).map(([name, v]) => `${name}: "${v}"`);
          if (bad.length > 0) {
            error.setText(`Not an email address: ${bad.join(", ")}.`);
            return;
          }
          this.close();
          this.done(given);
        }),
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
