import { Modal, Setting, TFile } from "obsidian";
import { followUpDraft, thankYouDrafts } from "../core/drafts/drafts";
import { emailFor } from "../core/follow-ups/engine";
import type { InterviewNote } from "../core/notes/schema";
import type { PluginContext } from "./context";
import { DraftsModal } from "./modals/drafts-modal";
import { recordOnNote } from "./record";
import { todayOf } from "./today";
import { draftTemplates } from "./vault-templates";

/** Opens the drafts for a note: thank-yous for everyone not yet thanked, or the next follow-up. */

async function noteBody(ctx: PluginContext, note: InterviewNote): Promise<string> {
  const file = ctx.app.vault.getAbstractFileByPath(note.file);
  return file instanceof TFile ? ctx.app.vault.cachedRead(file) : "";
}

function emailOf(ctx: PluginContext, note: InterviewNote) {
  return (p: InterviewNote["interviewers"][number]) => emailFor(p, note.file, ctx.notes);
}

/** The company's own note, when the interview note links it (`company: "[[Acme]]"`): its news. */
async function companyBody(ctx: PluginContext, note: InterviewNote): Promise<string> {
  if (!note.companyLink) return "";
  const dest = ctx.app.metadataCache.getFirstLinkpathDest(note.companyLink, note.file);
  return dest instanceof TFile ? ctx.app.vault.cachedRead(dest) : "";
}

/**
 * The thank-you drafts of a note. With `person` (Draft on that person's item), theirs comes
 * first and alone; the others are one click away in the same window.
 */
export async function openThankYouDrafts(ctx: PluginContext, note: InterviewNote, person?: string): Promise<void> {
  const all = thankYouDrafts(
    note,
    await noteBody(ctx, note),
    ctx.store.get(),
    todayOf(ctx.now()),
    emailOf(ctx, note),
    await draftTemplates(ctx),
    await companyBody(ctx, note),
  );
  const mine = person === undefined ? -1 : all.findIndex((d) => d.person?.toLowerCase() === person.toLowerCase());
  const drafts = mine < 0 ? all : [all[mine] as (typeof all)[number], ...all.filter((_, i) => i !== mine)];
  const title = mine < 0 ? `Thank-you notes: ${note.company}` : `Thank-you note to ${person ?? ""}: ${note.company}`;
  new DraftsModal(
    ctx.app,
    title,
    drafts,
    (d) =>
      recordOnNote(ctx, note.file, {
        kind: "thank-you",
        date: todayOf(ctx.now()),
        ...(d.person ? { person: d.person } : { company: note.company }),
      }),
    mine < 0 ? drafts.length : 1,
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
  const draft = followUpDraft(
    note,
    attempt,
    ctx.store.get(),
    todayOf(ctx.now()),
    emailOf(ctx, note),
    await draftTemplates(ctx),
  );
  const what =
    note.channel === "phone" ? "Call script" : note.phase === "applied" ? "Application follow-up" : "Follow-up";
  const title = `${what} ${attempt} of 2: ${note.company}`;
  new DraftsModal(ctx.app, title, [draft], () =>
    recordOnNote(ctx, note.file, { kind: "follow-up", attempt, date: todayOf(ctx.now()) }),
  ).open();
}
