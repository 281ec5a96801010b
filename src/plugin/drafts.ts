import { Modal, Setting, TFile } from "obsidian";
import { thankYouDraftSet, type NoteTexts } from "../core/drafts/draft-set";
import { followUpDraft, type DraftContext } from "../core/drafts/drafts";
import { emailFor } from "../core/follow-ups/engine";
import type { InterviewNote } from "../core/notes/schema";
import type { PluginContext } from "./context";
import { DraftsModal } from "./modals/drafts-modal";
import { recordOnNote } from "./record";
import { draftTemplates } from "./vault-templates";

/** Opens the drafts for a note: thank-yous for everyone not yet thanked, or the next follow-up. */

/** What a note's drafts are written with, as this vault has it. */
async function draftContext(ctx: PluginContext, note: InterviewNote): Promise<DraftContext> {
  return {
    settings: ctx.store.get(),
    today: ctx.clock.today(),
    emailOf: (p) => emailFor(p, note.file, ctx.notes),
    templates: await draftTemplates(ctx),
  };
}

/** The vault as the drafts read it. */
function noteTexts(ctx: PluginContext): NoteTexts {
  return {
    read: async (path) => {
      const file = ctx.app.vault.getAbstractFileByPath(path);
      return file instanceof TFile ? ctx.app.vault.cachedRead(file) : "";
    },
    resolve: (target, from) => ctx.app.metadataCache.getFirstLinkpathDest(target, from)?.path,
  };
}

/**
 * The thank-you drafts of a note. With `person` (Draft on that person's item), theirs comes
 * first and alone; the others are one click away in the same window.
 */
export async function openThankYouDrafts(ctx: PluginContext, note: InterviewNote, person?: string): Promise<void> {
  const { title, drafts, shown } = await thankYouDraftSet(note, noteTexts(ctx), await draftContext(ctx, note), person);
  new DraftsModal(
    ctx.app,
    title,
    drafts,
    (d) =>
      recordOnNote(ctx, note.file, {
        kind: "thank-you",
        date: ctx.clock.today(),
        ...(d.person ? { person: d.person } : { company: note.company }),
      }),
    shown,
  ).open();
}

export async function openFollowUpDraft(ctx: PluginContext, note: InterviewNote): Promise<void> {
  if (note.followUp2) {
    // Never a third follow-up (article 003: follow up once, once more, then move on).
    const modal = new Modal(ctx.app);
    modal.setTitle(`${note.company}: two follow-ups sent`);
    modal.contentEl.createEl("p", {
      text: "There is no third follow-up. The advice is to move on: if they want to hire you, they will get in touch, a week or a month from now.",
    });
    new Setting(modal.contentEl)
      .addButton((b) => b.setButtonText("Not yet").onClick(() => modal.close()))
      .addButton((b) =>
        b
          .setButtonText("Close it")
          .setCta()
          .onClick(() => {
            modal.close();
            void recordOnNote(ctx, note.file, { kind: "move-on" });
          }),
      );
    modal.open();
    return;
  }
  const attempt = note.followUp1 ? 2 : 1;
  const draft = followUpDraft(note, attempt, await draftContext(ctx, note));
  const what =
    note.channel === "phone" ? "Call script" : note.phase === "applied" ? "Application follow-up" : "Follow-up";
  const title = `${what} ${attempt} of 2: ${note.company}`;
  new DraftsModal(ctx.app, title, [draft], () =>
    recordOnNote(ctx, note.file, { kind: "follow-up", attempt, date: ctx.clock.today() }),
  ).open();
}
