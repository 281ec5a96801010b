import * as vscode from "vscode";
import { doneAction, type RecordAction } from "../core/editing/actions";
import { replyStatusChoices, SNOOZE_CHOICES } from "../core/editing/choices";
import { calendarEventsFor, calendarUpdate, toICalendar } from "../core/stats/calendar";
import { addDebrief } from "../core/drafts/debrief";
import {
  baseVars,
  draftTemplatesWith,
  followUpDraft,
  templateText,
  thankYouDrafts,
  type Draft,
  type DraftTemplates,
} from "../core/drafts/drafts";
import { emailFor, type DueItem } from "../core/follow-ups/engine";
import { newInterviewNote } from "../core/drafts/new-note";
import { interviewNoteName, uniqueNotePath } from "../core/drafts/note-names";
import type { InterviewNote } from "../core/notes/schema";
import { STATUS_CLASSES } from "../core/settings/settings";
import { jobSearchStats } from "../core/stats/stats";
import { formatStats } from "../core/stats/stats-text";
import { DEFAULT_DEBRIEF, renderTemplate } from "../core/drafts/templates";
import { addDays, formatDate, formatDateTime, parseWhen, wallClockOf } from "../core/lib/time";
import { readYaml } from "../core/notes/read-yaml";
import type { Journal } from "./journal";
import { logInterview } from "./log-interview";
import type { FollowUpsTree, Node } from "./tree";
import { editInNote, recordInNote } from "./write";

/** The commands of the palette and of the tree's items, under one category (the manifest's). */

export interface CommandContext {
  journal: Journal;
  tree: FollowUpsTree;
  now: () => Date;
  /** Problems panel, refreshed. */
  checkNotes: () => void;
}

const today = (c: CommandContext): string => formatDate(wallClockOf(c.now()));

export async function openNote(c: CommandContext, path: string, line?: number): Promise<void> {
  const at = new vscode.Position(Math.max(0, (line ?? 1) - 1), 0);
  await vscode.window.showTextDocument(c.journal.uriOf(path), { selection: new vscode.Range(at, at), preview: false });
}

/** The interview notes, newest interview first, to pick from; the active editor's note first when it is one. */
async function pickNote(c: CommandContext, placeHolder: string): Promise<InterviewNote | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  const activePath = active ? c.journal.relative(active) : undefined;
  const activeNote = activePath ? c.journal.noteAt(activePath) : undefined;
  if (activeNote) return activeNote;
  const notes = c.journal.interviewNotes().sort((a, b) => (b.interview?.at ?? 0) - (a.interview?.at ?? 0));
  if (notes.length === 0) {
    void vscode.window.showInformationMessage(
      "No interview notes in this workspace yet: New interview note starts one.",
    );
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    notes.map((note) => ({
      label: note.role ? `${note.company} · ${note.role}` : note.company,
      description: note.interview ? formatDateTime(note.interview.at).replace("T", " ") : "",
      detail: note.file,
      note,
    })),
    { placeHolder },
  );
  return picked?.note;
}

async function readTemplate(c: CommandContext, name: string, keepProperties = false): Promise<string | undefined> {
  if (name.trim() === "") return undefined;
  const path = name.toLowerCase().endsWith(".md") ? name : `${name}.md`;
  try {
    return templateText(
      new TextDecoder().decode(await vscode.workspace.fs.readFile(c.journal.uriOf(path))),
      keepProperties,
    );
  } catch {
    void vscode.window.showWarningMessage(`Template note "${name}" was not found; using the built-in template.`);
    return undefined;
  }
}

function draftTemplates(c: CommandContext): Promise<DraftTemplates> {
  return draftTemplatesWith(c.journal.currentSettings.templates, (name) => readTemplate(c, name));
}

async function noteText(c: CommandContext, path: string): Promise<string> {
  return (await vscode.workspace.openTextDocument(c.journal.uriOf(path))).getText();
}

const emailOf = (c: CommandContext, note: InterviewNote) => (p: InterviewNote["interviewers"][number]) =>
  emailFor(p, note.file, c.journal.people());

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

async function showMarkdown(content: string): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: "markdown", content });
  await vscode.window.showTextDocument(document, { preview: false });
}

export async function draftThankYou(c: CommandContext, note: InterviewNote, person?: string): Promise<void> {
  const all = thankYouDrafts(
    note,
    await noteText(c, note.file),
    c.journal.currentSettings,
    today(c),
    emailOf(c, note),
    await draftTemplates(c),
  );
  const mine = person === undefined ? [] : all.filter((d) => d.person?.toLowerCase() === person.toLowerCase());
  const drafts = [...mine, ...all.filter((d) => !mine.includes(d))];
  await showMarkdown(draftsDocument(`Thank-you notes: ${note.company}`, drafts));
}

export async function draftFollowUp(c: CommandContext, note: InterviewNote): Promise<void> {
  if (note.followUp2) {
    void vscode.window.showInformationMessage(
      `${note.company}: two follow-ups sent. There is no third: the advice is to move on.`,
    );
    return;
  }
  const attempt = note.followUp1 ? 2 : 1;
  const draft = followUpDraft(
    note,
    attempt,
    c.journal.currentSettings,
    today(c),
    emailOf(c, note),
    await draftTemplates(c),
  );
  await showMarkdown(draftsDocument(`Follow-up ${attempt} of 2: ${note.company}`, [draft]));
}

/** Record reply: the day (today unless changed) and, if any, the employer's answer as a status. */
export async function recordReply(c: CommandContext, note: InterviewNote): Promise<void> {
  const date = await vscode.window.showInputBox({
    title: `Reply from ${note.company}`,
    prompt: "The day they replied (YYYY-MM-DD)",
    value: today(c),
    validateInput: (v) => (parseWhen(v) ? undefined : "A day as YYYY-MM-DD"),
  });
  if (date === undefined) return;
  const settings = c.journal.currentSettings;
  // The plugin's choices first (written in the vault's words), then every status a reply may set.
  const classOf = (s: string) => STATUS_CLASSES.find((cls) => settings.statuses[cls].includes(s)) ?? "";
  const statuses = replyStatusChoices(settings).map((s) => ({ label: s, description: classOf(s) }));
  const status = await vscode.window.showQuickPick(
    [{ label: "Keep the status", description: note.status ?? "" }, ...statuses],
    {
      title: `What did ${note.company} say?`,
    },
  );
  if (status === undefined) return;
  const day = formatDate(parseWhen(date)?.at ?? 0);
  const action: RecordAction =
    status.label === "Keep the status"
      ? { kind: "reply", date: day }
      : { kind: "reply", date: day, status: status.label };
  await recordInNote(c.journal, note.file, action);
}

export async function snooze(c: CommandContext, item: DueItem, noteItems: number): Promise<void> {
  const what = noteItems > 1 ? `all ${noteItems} items of ${item.company}` : `this item (${item.company})`;
  const picked = await vscode.window.showQuickPick(
    SNOOZE_CHOICES.map(({ label, days }) => ({ label: `Snooze ${label}`, days })),
    { title: `Snooze hides ${what}` },
  );
  const start = parseWhen(today(c));
  if (!picked || !start) return;
  await recordInNote(c.journal, item.file, { kind: "snooze", until: formatDate(addDays(start, picked.days).at) });
}

async function newNote(c: CommandContext): Promise<void> {
  const company = await vscode.window.showInputBox({
    title: "New interview note",
    prompt: "Company",
    validateInput: (v) => (v.trim() ? undefined : "The company's name"),
  });
  if (!company) return;
  const role = (await vscode.window.showInputBox({ title: "New interview note", prompt: "Role (optional)" })) ?? "";
  const when = await vscode.window.showInputBox({
    title: "New interview note",
    prompt: "The interview: YYYY-MM-DD, or YYYY-MM-DDTHH:mm",
    value: today(c),
    validateInput: (v) => (parseWhen(v) ? undefined : "YYYY-MM-DD or YYYY-MM-DDTHH:mm"),
  });
  if (!when) return;
  const [date = "", time = ""] = when.trim().split(/[T ]/);
  const fields = { company: company.trim(), role: role.trim(), stage: "", date, time, interviewers: [] };
  const settings = c.journal.currentSettings;
  const folder = settings.newNoteFolder.trim().replace(/^\/+|\/+$/g, "");
  const template = await readTemplate(c, settings.templates.interviewNote, true);
  const rendered = newInterviewNote(fields, settings, readYaml, template, today(c));
  const taken = new Set(
    (await vscode.workspace.findFiles(new vscode.RelativePattern(c.journal.folder, "**/*.md"))).map((u) =>
      c.journal.relative(u),
    ),
  );
  const path = uniqueNotePath(folder, interviewNoteName(fields), (p) => taken.has(p));
  const uri = c.journal.uriOf(path);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(rendered.text));
  await c.journal.update(uri);
  await vscode.window.showTextDocument(uri, { preview: false });
}

async function newDebrief(c: CommandContext, note: InterviewNote): Promise<void> {
  const template = (await readTemplate(c, c.journal.currentSettings.templates.debrief)) ?? DEFAULT_DEBRIEF;
  const rendered = renderTemplate(template, baseVars(note, c.journal.currentSettings, today(c)));
  const uri = c.journal.uriOf(note.file);
  const document = await vscode.workspace.openTextDocument(uri);
  const next = addDebrief(document.getText(), rendered.text);
  if (next === undefined) {
    void vscode.window.showInformationMessage(`${note.file} already has a Debrief section.`);
  } else {
    // Appended at the end: one insertion, the rest of the note untouched.
    const edit = new vscode.WorkspaceEdit();
    const end = document.positionAt(document.getText().length);
    edit.insert(uri, end, next.slice(document.getText().length));
    await vscode.workspace.applyEdit(edit);
  }
  await vscode.window.showTextDocument(uri, { preview: false });
}

async function statistics(c: CommandContext): Promise<void> {
  const now = wallClockOf(c.now());
  const stats = jobSearchStats(c.journal.interviewNotes(), now, c.journal.currentSettings);
  await showMarkdown(`# Job search statistics\n\n\`\`\`text\n${formatStats(stats, formatDateTime(now))}\`\`\`\n`);
}

async function exportCalendar(c: CommandContext): Promise<void> {
  const settings = c.journal.currentSettings;
  const report = c.journal.report;
  if (!report) return;
  const entries = c.journal.interviewNotes().map((note) => ({ note, problems: [] }));
  const vaultName = c.journal.folder.path.split("/").filter(Boolean).pop() ?? "vault";
  const events = calendarEventsFor(entries, report.now, settings, c.journal.people(), vaultName);
  const text = toICalendar(events, c.now());
  const uri = c.journal.uriOf(settings.calendar.path);
  let old: string | undefined;
  try {
    old = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    old = undefined;
  }
  const update = calendarUpdate(old, text);
  if (update === "foreign") {
    void vscode.window.showErrorMessage(
      `${settings.calendar.path} exists and was not written by Job Search Journal; it is left as it is.`,
    );
    return;
  }
  if (update === "write") await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  void vscode.window.showInformationMessage(
    `${settings.calendar.path}: ${events.length} follow-up${events.length === 1 ? "" : "s"}${update === "unchanged" ? ", unchanged" : ""}.`,
  );
}

/**
 * Add emails, on "Ask for contact details": asked one interviewer at a time; each email goes
 * where it is read from, the person note of an interviewer written as a link (its email
 * property), else the interviewer's entry in the interview note (`Ann` becomes `Ann <ann@…>`).
 */
async function addEmails(c: CommandContext, note: InterviewNote): Promise<void> {
  const people = c.journal.people();
  const missing = note.interviewers.filter((p) => !emailFor(p, note.file, people));
  if (missing.length === 0) {
    void vscode.window.showInformationMessage(`Every interviewer at ${note.company} has an email on file.`);
    return;
  }
  const settings = c.journal.currentSettings;
  const recorded: string[] = [];
  for (const person of missing) {
    const email = await vscode.window.showInputBox({
      title: `Add emails: ${note.company}`,
      prompt: `${person.name}'s email (leave empty to skip)`,
      validateInput: (v) =>
        v.trim() === "" || /^[^\s@<>]+@[^\s@<>]+$/.test(v.trim())
          ? undefined
          : "An email address, like name@company.com",
    });
    if (email === undefined) break;
    if (email.trim() === "") continue;
    const personNote = person.link ? people.resolve(person.link.target, note.file) : undefined;
    const written = personNote
      ? await editInNote(c.journal, personNote, [
          { op: "set-if-empty", key: settings.personEmailKey, value: email.trim() },
        ])
      : await editInNote(c.journal, note.file, [
          {
            op: "replace-text",
            key: settings.keys.interviewers,
            find: person.raw,
            value: `${person.raw} <${email.trim()}>`,
          },
        ]);
    if (written) recorded.push(person.name);
  }
  if (recorded.length > 0)
    void vscode.window.showInformationMessage(`Recorded the email of ${recorded.join(", ")} (${note.company}).`);
}

/** The item a tree command was run on (from its context menu or inline button). */
function itemOf(node: Node | undefined): { item: DueItem; noteItems: number } | undefined {
  return node?.kind === "item" ? { item: node.view.item, noteItems: node.view.noteItems } : undefined;
}

export function registerCommands(c: CommandContext): vscode.Disposable[] {
  const withNote = (placeHolder: string, then: (note: InterviewNote) => Promise<void>) => async () => {
    const note = await pickNote(c, placeHolder);
    if (note) await then(note);
  };
  const onItem = (then: (item: DueItem, noteItems: number) => Promise<void>) => async (node?: Node) => {
    const target = itemOf(node);
    if (target) await then(target.item, target.noteItems);
  };
  const register = vscode.commands.registerCommand;
  return [
    register("jobSearchJournal.openFollowUps", () =>
      vscode.commands.executeCommand("jobSearchJournal.followUps.focus"),
    ),
    register("jobSearchJournal.newInterviewNote", () => newNote(c)),
    register(
      "jobSearchJournal.newDebrief",
      withNote("Which interview?", (note) => newDebrief(c, note)),
    ),
    register(
      "jobSearchJournal.draftThankYou",
      withNote("Thank-you notes for which interview?", (note) => draftThankYou(c, note)),
    ),
    register(
      "jobSearchJournal.draftFollowUp",
      withNote("Follow up on which interview?", (note) => draftFollowUp(c, note)),
    ),
    register(
      "jobSearchJournal.logInterview",
      withNote("Log an interview in which application?", (note) => logInterview(c.journal, note, today(c))),
    ),
    register(
      "jobSearchJournal.recordReply",
      withNote("Which employer replied?", (note) => recordReply(c, note)),
    ),
    register("jobSearchJournal.openStatistics", () => statistics(c)),
    register("jobSearchJournal.exportCalendar", () => exportCalendar(c)),
    register("jobSearchJournal.checkNotes", async () => {
      c.checkNotes();
      await vscode.commands.executeCommand("workbench.actions.view.problems");
    }),
    register("jobSearchJournal.groupByApplication", () => c.tree.setGroupBy("application")),
    register("jobSearchJournal.groupByDue", () => c.tree.setGroupBy("due")),
    register("jobSearchJournal.refresh", () => c.journal.rebuild()),
    register("jobSearchJournal.openNote", (path: string, line?: number) => openNote(c, path, line)),
    register(
      "jobSearchJournal.item.done",
      onItem(async (item) => {
        const action = doneAction(item, today(c));
        if (action) await recordInNote(c.journal, item.file, action);
      }),
    ),
    register(
      "jobSearchJournal.item.draft",
      onItem(async (item) => {
        const note = c.journal.noteAt(item.file);
        if (!note) return;
        if (item.kind === "thank-you") await draftThankYou(c, note, item.person);
        else await draftFollowUp(c, note);
      }),
    ),
    register(
      "jobSearchJournal.item.snooze",
      onItem((item, noteItems) => snooze(c, item, noteItems)),
    ),
    register(
      "jobSearchJournal.item.reply",
      onItem(async (item) => {
        const note = c.journal.noteAt(item.file);
        if (note) await recordReply(c, note);
      }),
    ),
    register(
      "jobSearchJournal.item.contacts",
      onItem(async (item) => {
        const note = c.journal.noteAt(item.file);
        if (note) await addEmails(c, note);
      }),
    ),
  ];
}
