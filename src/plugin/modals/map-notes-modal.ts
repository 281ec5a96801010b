import { Modal, Setting, type App } from "obsidian";
import { describeItem, dueInWords } from "../../core/follow-ups/describe";
import type { FollowUpReport } from "../../core/follow-ups/engine";
import { placeOwnWord, setWriteStatus } from "../../core/mapping/adjust";
import { FIELD_LABELS, STATUS_CLASS_LABELS } from "../../core/mapping/labels";
import { statusFor } from "../../core/settings/status-words";
import type { ConfigSuggestion } from "../../core/mapping/suggest-config";
import { STATUS_CLASSES, type Settings, type StatusClass } from "../../core/settings/settings";
import type { KeyField } from "../../core/settings/fields";
import { loadSettings } from "../../core/settings/settings-load";

type Config = Record<string, unknown>;

export interface MapNotesOptions {
  suggestion: ConfigSuggestion;
  /** The settings the vault is read with now: the proposal applies on top of them. */
  base: Settings;
  /** The due list the vault would show with a config. */
  preview: (config: Config) => FollowUpReport;
  apply: (config: Config) => Promise<string[]>;
}

const NOT_PLACED = "";
const PREVIEW_ITEMS = 12;

/**
 * "Map my existing notes": the review before anything is saved. It shows the properties chosen
 * and the ones weighed against them, every status value with its class (those that read as
 * nothing or look like typos first), the word written for each class, the notes counted and
 * left out, and the due list that results; the user can place values and pick words, and the
 * due list follows. Nothing changes until Apply.
 */
export class MapNotesModal extends Modal {
  private config: Config;
  private previewEl: HTMLElement | undefined;
  private wordsEl: HTMLElement | undefined;

  constructor(
    app: App,
    private readonly options: MapNotesOptions,
  ) {
    super(app);
    this.config = options.suggestion.config;
  }

  override onOpen(): void {
    // Every modal of the plugin: its buttons take a finger on a phone (styles.css).
    this.modalEl.addClass("jsj-modal");
    this.setTitle("Map my existing notes");
    const { contentEl } = this;
    const { review, reasons } = this.options.suggestion;
    if (!review.status) {
      for (const reason of reasons) contentEl.createEl("p", { text: reason });
      return;
    }
    contentEl.createEl("p", {
      text: "These settings would read your notes as they are. Nothing in your notes changes; check each part, then apply.",
    });
    this.drawProperties();
    this.drawStatuses();
    this.wordsEl = contentEl.createDiv();
    this.drawWords();
    this.drawNotes();
    contentEl.createEl("h3", { text: "What would be due" });
    this.previewEl = contentEl.createDiv({ cls: "jsj-map-preview" });
    this.drawPreview();
    const why = contentEl.createEl("details");
    why.createEl("summary", { text: "Every reason" });
    const list = why.createEl("ul", { cls: "jsj-map-reasons" });
    for (const reason of reasons) list.createEl("li", { text: reason });
    const error = contentEl.createEl("p", { cls: "jsj-error", attr: { role: "alert" } });
    new Setting(contentEl)
      .addButton((b) => b.setButtonText("Cancel").onClick(() => this.close()))
      .addButton((b) =>
        b
          .setButtonText("Apply")
          .setCta()
          .onClick(async () => {
            const errors = await this.options.apply(this.config);
            if (errors.length > 0) error.setText(errors.join("; "));
            else this.close();
          }),
      );
  }

  private settings(): Settings {
    return loadSettings(this.config, this.options.base, "mapping").settings;
  }

  private drawProperties(): void {
    const { review } = this.options.suggestion;
    this.contentEl.createEl("h3", { text: "Properties" });
    const list = this.contentEl.createEl("ul", { cls: "jsj-map-fields" });
    for (const [field, key] of Object.entries(review.fields) as [KeyField, string][]) {
      const li = list.createEl("li", { text: `${FIELD_LABELS[field]}: ${key}` });
      if (field === "status" && review.status && review.status.alternatives.length > 0) {
        li.createDiv({
          cls: "jsj-item-note",
          text: `Chosen over ${review.status.alternatives.map((a) => `${a.key} (${a.why})`).join("; ")}`,
        });
      }
    }
  }

  private drawStatuses(): void {
    const { review } = this.options.suggestion;
    this.contentEl.createEl("h3", { text: `Status values of ${review.status?.key ?? "the status"}` });
    for (const v of review.statusValues) {
      const desc = `${v.notes} ${v.notes === 1 ? "note" : "notes"}${v.typo ? `: did you mean ${v.typo}?` : v.cls ? "" : ": reads as no class"}`;
      new Setting(this.contentEl)
        .setName(v.value)
        .setDesc(desc)
        .setClass(v.cls ? "jsj-map-placed" : "jsj-map-unplaced")
        .addDropdown((d) => {
          d.addOption(NOT_PLACED, "Not placed (check lists its notes)");
          for (const c of STATUS_CLASSES) d.addOption(c, STATUS_CLASS_LABELS[c][0]);
          d.selectEl.setAttr("aria-label", `Class of ${v.value}`);
          d.setValue(v.cls ?? NOT_PLACED).onChange((cls) => {
            this.config = placeOwnWord(
              this.config,
              v.value,
              cls === NOT_PLACED ? undefined : (cls as StatusClass),
              this.options.base,
              new Set(review.statusValues.flatMap((x) => (x.cls ? [x.cls] : []))),
            );
            this.drawWords();
            this.drawPreview();
          });
        });
    }
  }

  /** The word written for each class, from the values placed in it now. */
  private drawWords(): void {
    const el = this.wordsEl;
    if (!el) return;
    el.empty();
    el.createEl("h3", { text: "Written as" });
    el.createEl("p", {
      cls: "jsj-item-note",
      text: "What closing, a reply and the next round write, so your dashboards keep finding the note.",
    });
    const settings = this.settings();
    for (const c of STATUS_CLASSES) {
      if (c === "considering") continue;
      const word = statusFor(c, settings);
      new Setting(el).setName(STATUS_CLASS_LABELS[c][0]).addDropdown((d) => {
        for (const s of new Set([word, ...settings.statuses[c]])) d.addOption(s, s);
        d.selectEl.setAttr("aria-label", `${STATUS_CLASS_LABELS[c][0]} is written as`);
        d.setValue(word).onChange((value) => {
          this.config = setWriteStatus(this.config, c, value);
          this.drawPreview();
        });
      });
    }
  }

  private drawNotes(): void {
    const { review } = this.options.suggestion;
    this.contentEl.createEl("h3", { text: "Notes" });
    this.contentEl.createEl("p", {
      text: `${review.applications.length} application notes are read; ${review.leftOut.length} left out.`,
    });
    if (review.leftOut.length === 0) return;
    const details = this.contentEl.createEl("details", { cls: "jsj-map-left-out" });
    details.createEl("summary", { text: `Left out (${review.leftOut.length})` });
    const list = details.createEl("ul");
    for (const l of review.leftOut) list.createEl("li", { text: `${l.path}: ${l.why}` });
  }

  private drawPreview(): void {
    const el = this.previewEl;
    if (!el) return;
    el.empty();
    const report = this.options.preview(this.config);
    const s = report.summary;
    el.createEl("p", {
      cls: "jsj-pipeline-line",
      text: `${s.active} active · ${s.awaitingReply} awaiting reply · ${s.offers} offers · ${report.problems.length} to fix`,
    });
    if (report.items.length === 0) {
      el.createEl("p", { text: "Nothing is due in the next days." });
      return;
    }
    const list = el.createEl("ul", { cls: "jsj-map-due" });
    for (const item of report.items.slice(0, PREVIEW_ITEMS))
      list.createEl("li", { text: `${describeItem(item)} (${dueInWords(item, report.now)})` });
    if (report.items.length > PREVIEW_ITEMS)
      el.createEl("p", { text: `and ${report.items.length - PREVIEW_ITEMS} more` });
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
