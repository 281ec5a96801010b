import { Modal, Notice, type App } from "obsidian";
import { mailtoLink, type Draft } from "../../core/drafts/drafts";

/** Drafts to review, copy or open in the email app; nothing is sent by the plugin. */
export class DraftsModal extends Modal {
  /** `shown`: how many drafts are open at first; the rest wait behind one button. */
  constructor(
    app: App,
    private readonly heading: string,
    private readonly drafts: Draft[],
    private readonly onSent?: (draft: Draft) => Promise<unknown>,
    private readonly shown = drafts.length,
  ) {
    super(app);
  }

  override onOpen(): void {
    // Every modal of the plugin: its buttons take a finger on a phone (styles.css).
    this.modalEl.addClass("jsj-modal");
    this.setTitle(this.heading);
    const { contentEl } = this;
    contentEl.addClass("jsj-drafts");
    if (this.drafts.length === 0) contentEl.createEl("p", { text: "Everyone has been thanked already." });
    for (const draft of this.drafts.slice(0, this.shown)) this.renderDraft(contentEl, draft);
    const rest = this.drafts.slice(this.shown);
    if (rest.length === 0) return;
    const names = rest.map((d) => d.person ?? "the team").join(", ");
    const more = contentEl.createEl("button", { cls: "jsj-more-drafts", text: `Drafts for the others: ${names}` });
    more.addEventListener("click", () => {
      more.remove();
      for (const draft of rest) this.renderDraft(contentEl, draft);
    });
  }

  private renderDraft(parent: HTMLElement, draft: Draft): void {
    const box = parent.createDiv({ cls: "jsj-draft" });
    const to = draft.person ?? "the team";
    box.createEl("h3", { cls: "jsj-draft-to", text: draft.email ? `To ${to} <${draft.email}>` : `To ${to}` });
    if (!draft.email && draft.subject !== "" && !draft.subject.startsWith("Call")) {
      box.createEl("p", {
        cls: "jsj-item-note",
        text: "No email on file: ask the recruiter, or look on the company's site.",
      });
    }
    // A step to take, not an error: in the quiet colour of a hint.
    if (draft.needsPersonalLine)
      box.createEl("p", {
        cls: "jsj-hint",
        text: "Replace the line in [brackets] with something only you two talked about: your debrief did not say.",
      });
    if (draft.unknown.length > 0)
      box.createEl("p", {
        cls: "jsj-warning",
        text: `Unknown placeholders left as they are: ${draft.unknown.join(", ")}`,
      });
    const subject = draft.subject === "" ? undefined : this.subjectField(box, draft, to);
    const body = box.createEl("textarea", {
      cls: "jsj-draft-body",
      // Tall enough for the whole draft, signature included; it grows as you write.
      attr: { rows: Math.min(Math.max(draft.body.split("\n").length + 1, 6), 30), "aria-label": `Draft for ${to}` },
    });
    body.value = draft.body;
    this.renderActions(box, draft, body, subject);
  }

  /** The subject, which you may change: Copy and the email app take it as it is then. */
  private subjectField(box: HTMLElement, draft: Draft, to: string): HTMLInputElement {
    const row = box.createEl("label", { cls: "jsj-draft-subject-row" });
    row.createSpan({ text: "Subject" });
    const input = row.createEl("input", {
      cls: "jsj-draft-subject",
      type: "text",
      value: draft.subject,
      attr: { "aria-label": `Subject for ${to}` },
    });
    return input;
  }

  /** Copy, Open in email app, Mark as sent: three buttons of one style, the one that records in the accent colour. */
  private renderActions(box: HTMLElement, draft: Draft, body: HTMLTextAreaElement, subject?: HTMLInputElement): void {
    const actions = box.createDiv({ cls: "jsj-actions" });
    const subjectNow = () => subject?.value ?? "";
    const copy = actions.createEl("button", { text: "Copy" });
    copy.addEventListener("click", () => {
      const text = subject ? `Subject: ${subjectNow()}\n\n${body.value}` : body.value;
      void navigator.clipboard.writeText(text).then(() => new Notice("Draft copied."));
    });
    const email = draft.email;
    if (email) {
      const open = actions.createEl("button", { text: "Open in email app", cls: "jsj-mailto" });
      open.addEventListener("click", () => window.open(mailtoLink(email, subjectNow(), body.value)));
    }
    if (this.onSent) {
      const sent = actions.createEl("button", { text: "Mark as sent", cls: "mod-cta" });
      sent.addEventListener("click", () => {
        sent.disabled = true;
        void this.onSent?.(draft).then(() => sent.setText("Recorded"));
      });
    }
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
