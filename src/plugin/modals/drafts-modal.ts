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
    box.createEl("h3", { text: draft.email ? `To ${to} <${draft.email}>` : `To ${to}` });
    if (!draft.email && draft.subject !== "" && !draft.subject.startsWith("Call")) {
      box.createEl("p", {
        cls: "jsj-item-note",
        text: "No email on file: ask the recruiter, or look on the company's site.",
      });
    }
    if (draft.needsPersonalLine) {
      box.createEl("p", {
        cls: "jsj-warning",
        text: "Replace the line in [brackets] with something only you two talked about: your debrief did not say.",
      });
    }
    if (draft.unknown.length > 0) {
      box.createEl("p", {
        cls: "jsj-warning",
        text: `Unknown placeholders left as they are: ${draft.unknown.join(", ")}`,
      });
    }
    if (draft.subject !== "") box.createEl("p", { cls: "jsj-draft-subject", text: `Subject: ${draft.subject}` });
    const body = box.createEl("textarea", {
      cls: "jsj-draft-body",
      attr: { rows: 10, "aria-label": `Draft for ${to}` },
    });
    body.value = draft.body;
    const actions = box.createDiv({ cls: "jsj-actions" });
    const copy = actions.createEl("button", { text: "Copy" });
    copy.addEventListener("click", () => {
      const text = draft.subject === "" ? body.value : `Subject: ${draft.subject}\n\n${body.value}`;
      void navigator.clipboard.writeText(text).then(() => new Notice("Draft copied."));
    });
    if (draft.email) {
      const link = actions.createEl("a", { text: "Open in email app", href: draft.mailto ?? "", cls: "jsj-mailto" });
      body.addEventListener("input", () =>
        link.setAttr("href", mailtoLink(draft.email ?? "", draft.subject, body.value)),
      );
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
