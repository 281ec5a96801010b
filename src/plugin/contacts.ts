import { Notice, parseYaml, TFile } from "obsidian";
import { allHaveEmails, emailEdit, emailsRecorded, withoutEmail } from "../core/editing/contacts";
import { editFrontmatter } from "../core/editing/frontmatter-edit";
import type { Person } from "../core/notes/people";
import type { InterviewNote } from "../core/notes/schema";
import type { PluginContext } from "./context";
import { ContactsModal } from "./modals/contacts-modal";
import { writeNote } from "./write-back";

/**
 * "Add emails" on "Ask for contact details": each email goes where the tool reads it from, the
 * person note for an interviewer written as a link (its email property), else the interviewer's
 * entry in the interview note (`Rachael Rosen` becomes `Rachael Rosen <rachael@…>`).
 */
export function addContacts(ctx: PluginContext, note: InterviewNote): void {
  const missing = withoutEmail(note, ctx.notes);
  if (missing.length === 0) {
    new Notice(allHaveEmails(note));
    return;
  }
  new ContactsModal(
    ctx.app,
    note.company,
    missing.map((p) => p.name),
    (emails) => void recordEmails(ctx, note, missing, emails),
  ).open();
}

async function recordEmail(
  ctx: PluginContext,
  note: InterviewNote,
  person: Person,
  email: string,
): Promise<string | undefined> {
  const personNote = person.link ? ctx.app.metadataCache.getFirstLinkpathDest(person.link.target, note.file) : null;
  const { path, edits } = emailEdit(
    note,
    person,
    email,
    ctx.store.get(),
    personNote instanceof TFile ? personNote.path : undefined,
  );
  const target = ctx.app.vault.getAbstractFileByPath(path);
  if (!(target instanceof TFile)) return `${path} is no longer in the vault`;
  const result = await writeNote(ctx.app, target, (text) => editFrontmatter(text, edits, parseYaml));
  return result.status === "refused" ? `${target.basename}: ${result.message}` : undefined;
}

async function recordEmails(
  ctx: PluginContext,
  note: InterviewNote,
  people: Person[],
  emails: Map<string, string>,
): Promise<void> {
  const recorded: string[] = [];
  const failed: string[] = [];
  for (const person of people) {
    const email = emails.get(person.name);
    if (!email) continue;
    const problem = await recordEmail(ctx, note, person, email);
    if (problem) failed.push(problem);
    else recorded.push(person.name);
  }
  if (recorded.length > 0) new Notice(emailsRecorded(recorded, note));
  if (failed.length > 0) new Notice(`Could not record: ${failed.join("; ")}.`);
}
