import * as vscode from "vscode";
import { thankYouDraftSet, type NoteTexts } from "../../core/drafts/draft-set";
import { draftTemplatesWith, followUpDraft, type Draft, type DraftContext } from "../../core/drafts/drafts";
import { emailFor } from "../../core/follow-ups/engine";
import type { InterviewNote } from "../../core/notes/schema";
import { noteText, readTemplate, showMarkdown, type CommandContext } from "./context";

/** Draft thank-you notes and follow-ups, as one markdown document with a mail link per draft (core/drafts/). */

/** What a note's drafts are written with, as this folder has it. */
async function draftContext(c: CommandContext, note: InterviewNote): Promise<DraftContext> {
  const settings = c.journal.currentSettings;
  return {
    settings,
    today: c.clock.today(),
    emailOf: (p) => emailFor(p, note.file, c.journal.people()),
    templates: await draftTemplatesWith(settings.templates, (name) => readTemplate(c, name)),
  };
}

/** Drafts as one markdown document: each with its mail link, ready to copy or send. */
function draftsDocument(title: string, drafts: readonly Draft[]): string {
  const parts = [`# ${title}`, ""];
  for (const d of drafts) {
    parts.push(`## ${d.person ?? "To the company"}${d.email ? ` <${d.email}>` : ""}`, "");
    if (d.mailto) parts.push(`[Open in your mail app](${d.mailto})`, "");
    else parts.push("No email on file: ask the recruiter or check the company's site.", "");
    parts.push(`Subject: ${d.subject}`, "", d.body, "");
  }
  return parts.join("\n");
}

/** The workspace as the drafts read it: open editors' text first (unsaved changes included). */
function noteTexts(c: CommandContext): NoteTexts {
  return {
    read: async (path) => {
      try {
        return await noteText(c, path);
      } catch {
        return "";
      }
    },
    resolve: (target, from) => c.journal.people().resolve(target, from),
  };
}

export async function draftThankYou(c: CommandContext, note: InterviewNote, person?: string): Promise<void> {
  const { title, drafts } = await thankYouDraftSet(note, noteTexts(c), await draftContext(c, note), person);
  await showMarkdown(draftsDocument(title, drafts));
}

export async function draftFollowUp(c: CommandContext, note: InterviewNote): Promise<void> {
  if (note.followUp2) {
    void vscode.window.showInformationMessage(
      `${note.company}: two follow-ups sent. There is no third: the advice is to move on.`,
    );
    return;
  }
  const attempt = note.followUp1 ? 2 : 1;
  const draft = followUpDraft(note, attempt, await draftContext(c, note));
  await showMarkdown(draftsDocument(`Follow-up ${attempt} of 2: ${note.company}`, [draft]));
}
