import {
  Notice,
  PluginSettingTab,
  requireApiVersion,
  Setting,
  type App,
  type Plugin,
  type SettingDefinitionItem,
} from "obsidian";
import { clipperTemplateJson } from "../core/exchange/clipper";
import { ruleLabels } from "../core/follow-ups/kinds";
import {
  DEFAULT_KEYS,
  DEFAULT_RULES,
  STATUS_CLASSES,
  type Settings,
  type StatusClass,
} from "../core/settings/settings";
import type { KeyField } from "../core/settings/fields";
import { FIELD_LABELS as KEY_LABELS, STATUS_CLASS_LABELS as STATUS_LABELS } from "../core/mapping/labels";
import { openMapNotes } from "./map-notes";
import type { SettingsStore } from "./settings-store";
import type { Clock } from "../core/lib/clock";

const list = (s: string): string[] =>
  s
    .split(",")
    .map((x) => x.trim())
    .filter(Boolean);

interface Row {
  name: string;
  desc: string;
  render(setting: Setting): void;
}

interface Group {
  heading: string;
  rows: Row[];
}

/**
 * Every setting, each checked as it is typed: a bad value shows why and is not saved. The
 * rows are data, drawn by display() on Obsidian before 1.13 and handed to Obsidian's
 * declarative settings (which makes them searchable) from 1.13 on.
 */
export class JobSearchSettingTab extends PluginSettingTab {
  constructor(
    app: App,
    plugin: Plugin,
    private readonly store: SettingsStore,
    private readonly clock: Clock,
  ) {
    super(app, plugin);
  }

  private text(
    name: string,
    desc: string,
    value: () => string,
    apply: (s: Settings, v: string) => void,
    type = "text",
  ): Row {
    return {
      name,
      desc,
      render: (setting) => {
        const error = setting.infoEl.createDiv({ cls: "jsj-error", attr: { role: "alert" } });
        setting.addText((t) => {
          t.inputEl.type = type;
          // The setting's name is the control's accessible name (Obsidian does not link them).
          t.inputEl.setAttr("aria-label", name);
          t.setValue(value()).onChange(async (v) => {
            const errors = await this.store.update((s) => apply(s, v));
            error.setText(errors.join("; "));
            t.inputEl.toggleClass("jsj-invalid", errors.length > 0);
          });
        });
      },
    };
  }

  private button(name: string, desc: string, label: string, onClick: () => void): Row {
    return { name, desc, render: (setting) => void setting.addButton((b) => b.setButtonText(label).onClick(onClick)) };
  }

  private mapNotes(): Row {
    return this.button(
      "Map my existing notes",
      "Already track applications under your own property names? Read them and propose settings to match.",
      "Suggest settings",
      () => void openMapNotes(this.app, this.store, this.clock, () => this.refresh()),
    );
  }

  private webClipper(): Row {
    return this.button(
      "Web Clipper template",
      "Clip job postings into application notes with Obsidian Web Clipper: copy this template (your property names and folder), then in the Clipper's settings choose New template, Import, and paste.",
      "Copy the template",
      () =>
        void navigator.clipboard.writeText(clipperTemplateJson(this.store.get())).then(
          () => new Notice("Copied. In the clipper's settings: new template, import, paste."),
          () => new Notice("Could not copy to the clipboard."),
        ),
    );
  }

  private toggle(name: string, desc: string, value: () => boolean, apply: (s: Settings, v: boolean) => void): Row {
    return {
      name,
      desc,
      render: (setting) => {
        setting.addToggle((t) => {
          // Obsidian draws the toggle as a container with the checkbox inside: both get the name.
          t.toggleEl.setAttr("aria-label", name);
          t.toggleEl.querySelector("input")?.setAttr("aria-label", name);
          t.setValue(value()).onChange(async (v) => void (await this.store.update((s) => apply(s, v))));
        });
      },
    };
  }

  /**
   * The settings, in the groups the tab shows (also Obsidian's settings search,
   * getSettingDefinitions): first what most people set once, then the rest.
   */
  groups(): Group[] {
    return [
      this.startGroup(),
      this.findingGroup(),
      this.timingGroup(),
      this.statusesGroup(),
      this.keysGroup(),
      this.meetingsGroup(),
      this.templatesGroup(),
      this.calendarGroup(),
      this.displayGroup(),
    ];
  }

  /** What a new user sets: their notes mapped, where new ones go, the name that signs the drafts, the nudge. */
  private startGroup(): Group {
    const s = () => this.store.get();
    return {
      heading: "Getting started",
      rows: [
        this.mapNotes(),
        this.text(
          "New notes folder",
          "Where new interview notes are created.",
          () => s().newNoteFolder,
          (d, v) => (d.newNoteFolder = v.trim()),
        ),
        this.text(
          "Your name",
          "Signs the thank-you and follow-up drafts.",
          () => s().myName,
          (d, v) => (d.myName = v),
        ),
        this.text(
          "Your contact details",
          "A phone number or email under your name in the drafts, so that they can reach you easily.",
          () => s().myContact,
          (d, v) => (d.myContact = v),
        ),
        this.toggle(
          "Daily nudge",
          "Once a day, when Obsidian opens or the day turns, a notice of what is to do today.",
          () => s().dailyNudge,
          (d, v) => (d.dailyNudge = v),
        ),
      ],
    };
  }

  private findingGroup(): Group {
    const s = () => this.store.get();
    return {
      heading: "Finding interview notes",
      rows: [
        this.webClipper(),
        this.text(
          "Type value",
          `A note whose "${s().keys.type}" property is this value is an interview note.`,
          () => s().typeValue,
          (d, v) => (d.typeValue = v.trim()),
        ),
        this.text(
          "Interview folders",
          "Every note in these folders is an interview note (comma-separated).",
          () => s().interviewFolders.join(", "),
          (d, v) => (d.interviewFolders = list(v)),
        ),
        this.text(
          "Excluded folders",
          "Notes in these folders are never read as interviews, such as your templates folder (comma-separated).",
          () => s().excludeFolders.join(", "),
          (d, v) => (d.excludeFolders = list(v)),
        ),
      ],
    };
  }

  /** Interviews kept as notes of their own: set by Map my existing notes, shown to be checked. */
  private meetingsGroup(): Group {
    const s = () => this.store.get();
    const m = () => s().meetings;
    return {
      heading: "Interviews kept as notes of their own",
      rows: [
        this.text(
          "Their tag or type",
          "A note with this tag (or type) is one interview, read into the application it links to. Empty: none.",
          () => m().typeValue,
          (d, v) => (d.meetings.typeValue = v.trim()),
        ),
        this.text(
          "Their folders",
          "Or: every note in these folders is one interview (comma-separated).",
          () => m().folders.join(", "),
          (d, v) => (d.meetings.folders = list(v)),
        ),
        this.text(
          "Link to the application",
          "The property that links an interview to its application or its company. Empty: any link.",
          () => m().linkKey,
          (d, v) => (d.meetings.linkKey = v.trim()),
        ),
        this.text(
          "Its date and its people",
          `The properties of the interview's date and the people met, where not "${s().keys.interviewDate}" and "${s().keys.interviewers}" (comma-separated, date first).`,
          () => [m().dateKey, m().attendeesKey].filter((k) => k !== "").join(", "),
          (d, v) => {
            const [date = "", people = ""] = v.split(",").map((k) => k.trim());
            d.meetings.dateKey = date;
            d.meetings.attendeesKey = people;
          },
        ),
      ],
    };
  }

  private keysGroup(): Group {
    const s = () => this.store.get();
    return {
      heading: "Property names",
      rows: [
        ...(Object.keys(KEY_LABELS) as KeyField[]).map((field) =>
          this.text(
            KEY_LABELS[field],
            `Default: ${DEFAULT_KEYS[field]}`,
            () => s().keys[field],
            (d, v) => (d.keys[field] = v.trim()),
          ),
        ),
        this.text(
          "Person note email",
          "The property of a person note that holds their email.",
          () => s().personEmailKey,
          (d, v) => (d.personEmailKey = v.trim()),
        ),
      ],
    };
  }

  private timingGroup(): Group {
    const s = () => this.store.get();
    return {
      heading: "Timing",
      // Grouped as the kinds of items define them (core/follow-ups/kinds.ts), then the list's own.
      // Each default comes from career advice; the README's "Where the defaults come from" says which.
      rows: ruleLabels().flatMap(({ rules }) =>
        rules.map(([rule, [name, why]]) =>
          this.text(
            name,
            `${why} Default: ${DEFAULT_RULES[rule]}.`.trim(),
            () => String(s().rules[rule]),
            (d, v) => (d.rules[rule] = v.trim() === "" ? Number.NaN : Number(v)),
            "number",
          ),
        ),
      ),
    };
  }

  private statusesGroup(): Group {
    const s = () => this.store.get();
    return {
      heading: "Statuses",
      rows: [
        ...STATUS_CLASSES.map((cls) => {
          const [name, why] = STATUS_LABELS[cls];
          return this.text(
            name,
            `${why} Comma-separated.`,
            () => s().statuses[cls].join(", "),
            (d, v) => (d.statuses[cls] = list(v)),
          );
        }),
        this.text(
          "No word for",
          "Classes your notes have no status for (comma-separated): a write keeps the note's own status, and an offer or closing asks for your word.",
          () => s().noWordFor.join(", "),
          (d, v) => (d.noWordFor = list(v).filter((c): c is StatusClass => STATUS_CLASSES.includes(c as StatusClass))),
        ),
        this.text(
          "Accepted statuses",
          "The search is over: no more reminders to keep applying.",
          () => s().acceptedStatuses.join(", "),
          (d, v) => (d.acceptedStatuses = list(v)),
        ),
        this.text(
          "Keep applying below",
          "Remind me to keep applying while fewer applications than this are active.",
          () => String(s().keepApplyingThreshold),
          (d, v) => (d.keepApplyingThreshold = Number(v)),
          "number",
        ),
      ],
    };
  }

  private templatesGroup(): Group {
    const s = () => this.store.get();
    return {
      heading: "Templates",
      rows: [
        this.text(
          "Interview note template",
          "A note in your vault; empty for the built-in one.",
          () => s().templates.interviewNote,
          (d, v) => (d.templates.interviewNote = v.trim()),
        ),
        this.text(
          "Debrief template",
          "A note in your vault; empty for the built-in one.",
          () => s().templates.debrief,
          (d, v) => (d.templates.debrief = v.trim()),
        ),
        this.text(
          "Thank-you template",
          "A note in your vault; empty for the built-in one.",
          () => s().templates.thankYou,
          (d, v) => (d.templates.thankYou = v.trim()),
        ),
        this.text(
          "Follow-up template",
          "A note in your vault; empty for the built-in one.",
          () => s().templates.followUp,
          (d, v) => (d.templates.followUp = v.trim()),
        ),
      ],
    };
  }

  private calendarGroup(): Group {
    const s = () => this.store.get();
    return {
      heading: "Calendar",
      rows: [
        this.text(
          "Calendar file",
          'Where "Export follow-ups to calendar file" writes the iCalendar file (a path in the vault ending in .ics).',
          () => s().calendar.path,
          (d, v) => (d.calendar.path = v.trim()),
        ),
        this.toggle(
          "Keep the calendar file current",
          "Write it again whenever the follow-ups change, so a calendar app that watches the file stays up to date.",
          () => s().calendar.keepCurrent,
          (d, v) => (d.calendar.keepCurrent = v),
        ),
      ],
    };
  }

  private displayGroup(): Group {
    const s = () => this.store.get();
    return {
      heading: "Display",
      rows: [
        this.toggle(
          "Status bar count",
          "Show how many follow-ups are due (desktop).",
          () => s().showStatusBar,
          (d, v) => (d.showStatusBar = v),
        ),
      ],
    };
  }

  private loadErrorText(): string {
    return `Some saved settings were not valid and kept their defaults: ${this.store.loadErrors.join("; ")}`;
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    const groups: SettingDefinitionItem[] = this.groups().map((g) => ({
      type: "group" as const,
      heading: g.heading,
      items: g.rows.map((r) => ({ name: r.name, desc: r.desc, render: (setting: Setting) => r.render(setting) })),
    }));
    // The same banner as before 1.13: what was not valid, above everything.
    const banner: SettingDefinitionItem = {
      type: "group",
      cls: "jsj-load-errors",
      items: [
        {
          name: "Saved settings",
          desc: this.loadErrorText(),
          visible: () => this.store.loadErrors.length > 0,
          searchable: false,
          render: (setting: Setting) => void setting.descEl.addClass("jsj-error"),
        },
      ],
    };
    return [banner, ...groups];
  }

  /** After a change of many values at once (Map my notes): 1.13 re-reads the definitions, older versions redraw. */
  refresh(): void {
    if (requireApiVersion("1.13.0")) this.update();
    else this.draw();
  }

  override display(): void {
    this.draw();
  }

  /** Draws every row; also after a change that alters many values at once. */
  draw(): void {
    const { containerEl } = this;
    containerEl.empty();
    containerEl.addClass("jsj-settings");
    if (this.store.loadErrors.length > 0) containerEl.createEl("p", { cls: "jsj-error", text: this.loadErrorText() });
    for (const group of this.groups()) {
      new Setting(containerEl).setName(group.heading).setHeading();
      for (const row of group.rows) row.render(new Setting(containerEl).setName(row.name).setDesc(row.desc));
    }
  }
}
