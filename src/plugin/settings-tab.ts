import { PluginSettingTab, Setting, type App, type Plugin, type SettingDefinitionItem } from "obsidian";
import { ruleLabels } from "../core/kinds";
import {
  DEFAULT_KEYS,
  DEFAULT_RULES,
  STATUS_CLASSES,
  type KeyField,
  type Settings,
  type StatusClass,
} from "../core/settings";
import { suggestConfig } from "../core/suggest-config";
import { MapNotesModal } from "./modals/map-notes-modal";
import type { SettingsStore } from "./settings-store";

const KEY_LABELS: Record<KeyField, string> = {
  type: "Note type",
  company: "Company",
  role: "Role",
  stage: "Stage",
  interviewDate: "Interview date",
  interviewers: "Interviewers",
  contactPreference: "Contact preference",
  decisionBy: "Decision by",
  thanked: "Thanked",
  thankedOn: "Thanked on",
  debriefed: "Debriefed",
  references: "References",
  referencesInformed: "References informed",
  followUp1: "Follow-up 1",
  followUp2: "Follow-up 2",
  followUpOn: "Follow up on",
  replied: "Replied",
  status: "Status",
  snoozeUntil: "Snooze until",
  appliedOn: "Applied on",
  rounds: "Earlier rounds",
};

const STATUS_LABELS: Record<StatusClass, [string, string]> = {
  considering: ["Considering", "Not applied yet: counted nowhere, no reminders."],
  applied: ["Applied", "Applied, no interview yet: an active application; follow-ups on the application only."],
  interviewing: ["Interviewing", "Interviews under way: thank-yous, debrief, references and follow-ups."],
  offer: ["Offer", "Counted as offers; the follow-ups stop."],
  closed: ["Closed", "Rejected, withdrawn, decided against or accepted: nothing more is due."],
};

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

  private mapNotes(): Row {
    return {
      name: "Map my existing notes",
      desc: "Already track applications under your own property names? Read them and propose settings to match.",
      render: (setting) => {
        setting.addButton((b) =>
          b.setButtonText("Suggest settings").onClick(() => {
            const samples = this.app.vault.getMarkdownFiles().flatMap((file) => {
              const frontmatter = this.app.metadataCache.getFileCache(file)?.frontmatter;
              return frontmatter ? [{ path: file.path, frontmatter }] : [];
            });
            const suggestion = suggestConfig(samples, this.store.get());
            new MapNotesModal(this.app, suggestion, async () => {
              const errors = await this.store.merge(suggestion.config);
              if (errors.length === 0) this.draw();
              return errors;
            }).open();
          }),
        );
      },
    };
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

  /** The settings, in the groups the tab shows (also Obsidian's settings search, getSettingDefinitions). */
  groups(): Group[] {
    return [
      this.findingGroup(),
      this.keysGroup(),
      this.timingGroup(),
      this.statusesGroup(),
      this.youGroup(),
      this.templatesGroup(),
      this.calendarGroup(),
      this.displayGroup(),
    ];
  }

  private findingGroup(): Group {
    const s = () => this.store.get();
    return {
      heading: "Finding interview notes",
      rows: [
        this.mapNotes(),
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
          "Notes here never are, such as your templates folder (comma-separated).",
          () => s().excludeFolders.join(", "),
          (d, v) => (d.excludeFolders = list(v)),
        ),
        this.text(
          "New notes folder",
          "Where new interview notes are created.",
          () => s().newNoteFolder,
          (d, v) => (d.newNoteFolder = v.trim()),
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
      // Grouped as the kinds of items define them (core/kinds.ts), then the list's own.
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

  private youGroup(): Group {
    const s = () => this.store.get();
    return {
      heading: "You",
      rows: [
        this.text(
          "Your name",
          "Signs the drafts.",
          () => s().myName,
          (d, v) => (d.myName = v),
        ),
        this.text(
          "Your contact details",
          "Phone or email under your name, as article 003 advises.",
          () => s().myContact,
          (d, v) => (d.myContact = v),
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
        this.toggle(
          "Notice at startup",
          "Tell me when Obsidian opens if something is overdue.",
          () => s().startupNotice,
          (d, v) => (d.startupNotice = v),
        ),
      ],
    };
  }

  override getSettingDefinitions(): SettingDefinitionItem[] {
    return this.groups().map((g) => ({
      type: "group" as const,
      heading: g.heading,
      items: g.rows.map((r) => ({ name: r.name, desc: r.desc, render: (setting: Setting) => r.render(setting) })),
    }));
  }

  override display(): void {
    this.draw();
  }

  /** Draws every row; also after a change that alters many values at once. */
  draw(): void {
    const { containerEl } = this;
    containerEl.empty();
    if (this.store.loadErrors.length > 0) {
      containerEl.createEl("p", {
        cls: "jsj-error",
        text: `Some saved settings were not valid and kept their defaults: ${this.store.loadErrors.join("; ")}`,
      });
    }
    for (const group of this.groups()) {
      new Setting(containerEl).setName(group.heading).setHeading();
      for (const row of group.rows) row.render(new Setting(containerEl).setName(row.name).setDesc(row.desc));
    }
  }
}
