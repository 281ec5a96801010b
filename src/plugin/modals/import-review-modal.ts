import { Modal, Setting, type App } from "obsidian";
import { IMPORT_TARGETS, TARGET_LABELS, type ImportTarget } from "../../core/exchange/columns";
import {
  PREVIEW_NOTES,
  planImport,
  type ImportChoices,
  type ImportPlan,
  type KnownApplication,
} from "../../core/exchange/import-plan";
import type { Sheet } from "../../core/exchange/sheet";
import type { DayOrder } from "../../core/exchange/sheet-dates";
import type { ParseYaml } from "../../core/notes/read-properties";
import { plural } from "../../core/follow-ups/describe";
import { STATUS_CLASS_LABELS } from "../../core/mapping/labels";
import { normaliseStatus } from "../../core/settings/status-words";
import { STATUS_CLASSES, type Settings, type StatusClass } from "../../core/settings/settings";

export interface ImportReview {
  name: string;
  sheet: Sheet;
  settings: Settings;
  choices: ImportChoices;
  known: readonly KnownApplication[];
  exists: (path: string) => boolean;
  parse: ParseYaml;
  done: (plan: ImportPlan, folder: string) => void;
}

const NONE = "none";

/** The Import button says what it does: "Import 5 notes", "Import 5 notes and complete 1". */
function importLabel(plan: ImportPlan): string {
  const notes = `Import ${plural(plan.notes.length, "note")}`;
  return plan.completes.length > 0 ? `${notes} and complete ${plan.completes.length}` : notes;
}

/**
 * The review before an import writes anything: what each column becomes, each status value's
 * class (and the word the note will get), how `3/4/2026` reads when the file does not say, and
 * what will happen: the notes to write, those already in the vault, the rows left out with why,
 * and the first notes as they will be written. Nothing is written until Import.
 */
export class ImportReviewModal extends Modal {
  private plan!: ImportPlan;
  private summaryEl!: HTMLElement;
  private statusEl!: HTMLElement;
  private headlineEl!: HTMLElement;
  private importButton!: HTMLButtonElement;

  constructor(
    app: App,
    private readonly r: ImportReview,
  ) {
    super(app);
  }

  override onOpen(): void {
    // Every modal of the plugin: its buttons take a finger on a phone (styles.css).
    this.modalEl.addClass("jsj-modal");
    const { sheet } = this.r;
    this.setTitle(`Import ${this.r.name}`);
    const { contentEl } = this;
    contentEl.addClass("jsj-import-review");
    contentEl.createEl("p", {
      text: `${plural(sheet.rows.length, "row")}${sheet.aboveHeader.length > 0 ? `, under the header on row ${sheet.headerLine}` : ""}. One note per row, never over a note you have; nothing is written until you import.`,
    });
    // What Import will do, first and again in the footer: the details come below, after the choices.
    this.headlineEl = contentEl.createEl("p", { cls: "jsj-import-headline", attr: { "aria-live": "polite" } });
    new Setting(contentEl).setName("Folder").addText((t) => {
      t.inputEl.setAttr("aria-label", "Folder");
      t.setValue(this.r.choices.folder).onChange((v) => {
        this.r.choices.folder = v.trim().replace(/^\/+|\/+$/g, "");
        this.update();
      });
    });
    new Setting(contentEl).setName("Dates like 3/4/2026").addDropdown((d) => {
      d.addOption("", "As the file says (ask when it does not)");
      d.addOption("mdy", "Month first: March 4");
      d.addOption("dmy", "Day first: 3 April");
      d.selectEl.setAttr("aria-label", "Dates like 3/4/2026");
      d.onChange((v) => {
        this.r.choices.dayOrder = v === "" ? undefined : (v as DayOrder);
        this.update();
      });
    });
    contentEl.createEl("h3", { text: "Columns" });
    for (const column of this.r.choices.columns) {
      const s = new Setting(contentEl).setName(column.header || `Column ${column.index + 1}`).addDropdown((d) => {
        for (const t of IMPORT_TARGETS) d.addOption(t, TARGET_LABELS[t]);
        d.selectEl.setAttr("aria-label", `${column.header || `Column ${column.index + 1}`} becomes`);
        d.setValue(column.target).onChange((v) => {
          column.target = v as ImportTarget;
          this.update();
        });
      });
      if (column.why) s.setDesc(column.why);
    }
    contentEl.createEl("h3", { text: "Statuses" });
    this.statusEl = contentEl.createDiv();
    contentEl.createEl("h3", { text: "What will happen" });
    this.summaryEl = contentEl.createDiv({ attr: { "aria-live": "polite" } });
    this.drawFooter(contentEl);
    this.update();
  }

  /** Cancel and Import, with the count, in a footer that stays in view while the review scrolls. */
  private drawFooter(contentEl: HTMLElement): void {
    const footer = contentEl.createDiv({ cls: ["modal-button-container", "jsj-modal-footer"] });
    footer.createEl("button", { text: "Cancel" }).addEventListener("click", () => this.close());
    this.importButton = footer.createEl("button", { cls: "mod-cta", text: "Import" });
    this.importButton.addEventListener("click", () => {
      if (this.plan.needsDayOrder || this.plan.notes.length + this.plan.completes.length === 0) return;
      this.close();
      this.r.done(this.plan, this.r.choices.folder);
    });
  }

  /** The plan again, after any choice: what the review shows is always what Import writes. */
  private update(): void {
    const { sheet, choices, known, exists, settings, parse } = this.r;
    this.plan = planImport(sheet.rows, choices, known, exists, settings, parse);
    this.drawStatuses();
    this.drawSummary();
  }

  private drawStatuses(): void {
    this.statusEl.empty();
    if (this.plan.statusValues.length === 0) {
      this.statusEl.createEl("p", { text: "No column is the status: each note's status comes from its dates." });
      return;
    }
    for (const v of this.plan.statusValues) {
      const word = v.class ? ` → written as "${v.written ?? ""}"` : "";
      new Setting(this.statusEl)
        .setName(`${v.value} (${plural(v.rows, "row")})`)
        .setDesc(
          v.class
            ? `${STATUS_CLASS_LABELS[v.class][1]}${word}`
            : v.unsure
              ? "Still waiting, or closed? Say which: until then its rows are not imported."
              : "In no class: its rows are not imported.",
        )
        .addDropdown((d) => {
          d.addOption(NONE, "Not placed (not imported)");
          for (const c of STATUS_CLASSES) d.addOption(c, STATUS_CLASS_LABELS[c][0]);
          d.selectEl.setAttr("aria-label", `Class of ${v.value}`);
          d.setValue(v.class ?? NONE).onChange((cls) => {
            (this.r.choices.statusClasses ??= {})[normaliseStatus(v.value)] = cls as StatusClass | typeof NONE;
            this.update();
          });
        });
    }
  }

  private drawSummary(): void {
    const { plan } = this;
    const el = this.summaryEl;
    el.empty();
    if (plan.needsDayOrder)
      el.createEl("p", { cls: "jsj-error", text: "The file's dates could be day/month or month/day: choose above." });
    const folder = this.r.choices.folder === "" ? "the vault's top folder" : `${this.r.choices.folder}/`;
    el.createEl("p", { text: `${plural(plan.notes.length, "new note")} in ${folder}.` });
    const list = (title: string, lines: string[]) => {
      if (lines.length === 0) return;
      el.createEl("p", { text: title });
      const ul = el.createEl("ul");
      for (const l of lines) ul.createEl("li", { text: l });
    };
    list(
      `Already in the vault (${plan.existing.length}):`,
      plan.existing.map((e) => `Row ${e.line}: ${e.path}`),
    );
    list(
      `Notes completed, nothing overwritten (${plan.completes.length}):`,
      plan.completes.map((c) => `Row ${c.line}: ${c.path}: ${c.summary}`),
    );
    list(
      `Not imported (${plan.skipped.length}):`,
      plan.skipped.map((s) => `Row ${s.line}: ${s.why}`),
    );
    list(
      `To look at after the import (${plan.warnings.length}):`,
      plan.warnings.map((w) => `Row ${w.line}: ${w.why}`),
    );
    list(
      `Total and summary rows, left out (${plan.totals.length}):`,
      plan.totals.map((t) => `Row ${t.line}: ${t.text}`),
    );
    for (const note of plan.notes.slice(0, PREVIEW_NOTES)) {
      el.createEl("p", { text: `Row ${note.line} as it will be written, ${note.path}:` });
      // It scrolls when long (styles.css): focusable, so the keyboard can scroll it too.
      el.createEl("pre", {
        cls: "jsj-import-preview",
        text: note.text,
        attr: { tabindex: "0", "aria-label": `${note.path} as it will be written` },
      });
    }
    this.importButton.disabled = plan.needsDayOrder || plan.notes.length + plan.completes.length === 0;
    this.importButton.setText(importLabel(plan));
    this.headlineEl.setText(
      plan.needsDayOrder
        ? "Choose how dates like 3/4/2026 read (below) before importing."
        : `${importLabel(plan)} into ${folder}.`,
    );
  }

  override onClose(): void {
    this.contentEl.empty();
  }
}
