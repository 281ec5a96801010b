import { findFrontmatter } from "../notes/frontmatter-block";
import { greetingName, parsePerson, samePerson, type Person } from "../notes/people";
import type { InterviewNote } from "../notes/schema";
import type { Settings } from "../settings/settings";
import {
  DEFAULT_APPLICATION_CALL_SCRIPT,
  DEFAULT_APPLICATION_FOLLOW_UP,
  DEFAULT_CALL_SCRIPT,
  DEFAULT_FOLLOW_UP,
  DEFAULT_THANK_YOU,
  renderTemplate,
  type TemplateVars,
} from "./templates";
import { formatDate, localDateOf, type When } from "../lib/time";

/** Drafts the user reviews and sends themselves: thank-you notes, follow-ups, call scripts. */

export interface Draft {
  /** The interviewer the draft is for; absent for a note to the company. */
  person?: string;
  email?: string;
  subject: string;
  body: string;
  /** `mailto:` link with subject and body, when an email is known. */
  mailto?: string;
  /** Placeholders the template used that have no value. */
  unknown: string[];
  /**
   * The debrief says nothing about this person: the draft holds a bracketed prompt for the one
   * line only the user can write (the advice: show you paid attention), to replace before sending.
   */
  needsPersonalLine?: true;
}

export interface DraftTemplates {
  thankYou?: string;
  followUp?: string;
  callScript?: string;
}

/** What every draft is written with: the settings (your name, contact), today, emails, your templates. */
export interface DraftContext {
  settings: Settings;
  today: string;
  /** An interviewer's email, from their person note when there is one; else what the note says. */
  emailOf?: (person: Person) => string | undefined;
  templates?: DraftTemplates;
}

const noteEmail = (p: Person): string | undefined => p.email;

/** The note a template setting names (`.md` optional), or undefined when the setting is empty. */
export function templateNotePath(name: string): string | undefined {
  if (name.trim() === "") return undefined;
  return name.toLowerCase().endsWith(".md") ? name : `${name}.md`;
}

export const templateNotFound = (name: string): string =>
  `Template note "${name}" was not found; using the built-in template.`;

/** A template note's text as a template: its properties are left out, unless they are the template (a new note's). */
export function templateText(text: string, keepProperties = false): string {
  const block = findFrontmatter(text);
  return block && !keepProperties ? text.slice(block.end) : text;
}

/** The draft templates the settings name, each read with `read` (undefined: not there, the built-in one is used). */
export async function draftTemplatesWith(
  names: { thankYou: string; followUp: string },
  read: (name: string) => Promise<string | undefined>,
): Promise<DraftTemplates> {
  const out: DraftTemplates = {};
  const thankYou = await read(names.thankYou);
  const followUp = await read(names.followUp);
  if (thankYou !== undefined) out.thankYou = thankYou;
  if (followUp !== undefined) out.followUp = followUp;
  return out;
}

/** Lines under a heading (any level, any case) up to the next heading. */
export function sectionLines(body: string, heading: RegExp): string[] {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((l) => /^#{1,6}\s/.test(l) && heading.test(l.replace(/^#{1,6}\s+/, "")));
  if (start === -1) return [];
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (/^#{1,6}\s/.test(line)) break;
    out.push(line);
  }
  return out;
}

function bullets(lines: string[]): string[] {
  return lines.map((l) => /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(l)?.[1]?.trim() ?? "").filter((l) => l !== "");
}

/**
 * What you talked about with each interviewer, from the debrief's
 * "What we talked about with each interviewer" list: `- Jane Doe: system design`.
 */
export function topicsFromDebrief(body: string, interviewers: Person[]): Map<Person, string> {
  const topics = new Map<Person, string>();
  for (const line of bullets(sectionLines(body, /talked about/i))) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const who = parsePerson(line.slice(0, colon).trim());
    const topic = line.slice(colon + 1).trim();
    if (topic === "") continue;
    const first = who.name.toLowerCase();
    const match = interviewers.find((p) => samePerson(p, who) || greetingName(p).toLowerCase() === first);
    if (match) topics.set(match, topic);
  }
  return topics;
}

/** The first item of a "Company news" section, to mention in a thank-you (article 003). */
export function companyNews(body: string): string | undefined {
  const item = bullets(sectionLines(body, /^company news\s*$/i))[0];
  return item?.replace(/^\d{4}-\d{2}-\d{2}\s*[:\-–]\s*/, "");
}

export function mailtoLink(email: string, subject: string, body: string): string {
  // RFC 6068: line breaks in a mailto body are CRLF, percent-encoded.
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, "\r\n"));
  return `mailto:${encodeURIComponent(email).replace(/%40/g, "@")}?subject=${enc(subject)}&body=${enc(body)}`;
}

// The platform's own date formatting: no library in main.js for one format. en-GB gives
// "Wednesday 11 March", the order the drafts' sentences are written in. Made on first use:
// building it costs about 10 ms, half of loading the whole plugin, at every start of Obsidian.
let dayFormat: Intl.DateTimeFormat | undefined;

function longDay(when: When): string {
  dayFormat ??= new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long" });
  return dayFormat.format(localDateOf(when.at)).replace(",", "");
}

function dayWords(when: When | undefined): string {
  return when ? `on ${longDay(when)}` : "";
}

function splitSubject(text: string): { subject: string; body: string } {
  const m = /^Subject:[ \t]*(.*)\r?\n/.exec(text);
  if (!m) return { subject: "", body: text.trim() };
  return {
    subject: (m[1] ?? "").trim(),
    body: text
      .slice(m[0].length)
      .replace(/^\s*\n/, "")
      .trimEnd(),
  };
}

export function baseVars(note: InterviewNote, settings: Settings, today: string): TemplateVars {
  return {
    company: note.company,
    role: note.role || "open",
    stage: note.stage,
    interview_date: note.interview ? formatDate(note.interview.at) : "",
    interview_day: dayWords(note.interview),
    decision_by: note.decisionBy ? formatDate(note.decisionBy.at) : "",
    applied_on: note.appliedOn ? formatDate(note.appliedOn.at) : "",
    applied_day: dayWords(note.appliedOn) || "recently",
    interviewers: note.interviewers.map((p) => p.name).join(", "),
    title: `${note.company}${note.role ? `: ${note.role}` : ""}${note.stage ? ` (${note.stage})` : ""}`,
    interviewer_topics: note.interviewers.length > 0 ? note.interviewers.map((p) => `- ${p.name}: `).join("\n") : "- ",
    my_name: settings.myName,
    my_contact: settings.myContact,
    date: today,
  };
}

function draftFrom(template: string, vars: TemplateVars, person: Person | undefined, email: string | undefined): Draft {
  const rendered = renderTemplate(template, vars);
  const { subject, body } = splitSubject(rendered.text);
  const draft: Draft = { subject, body, unknown: rendered.unknown };
  if (person) draft.person = person.name;
  if (email) {
    draft.email = email;
    draft.mailto = mailtoLink(email, subject, body);
  }
  return draft;
}

/**
 * One thank-you per interviewer not yet thanked; one to the company when none are listed. `body`
 * is the interview note's text, `companyBody` its company note's (for the news).
 */
export function thankYouDrafts(
  note: InterviewNote,
  texts: { body: string; companyBody?: string },
  { settings, today, emailOf = noteEmail, templates = {} }: DraftContext,
): Draft[] {
  const { body, companyBody = "" } = texts;
  const topics = topicsFromDebrief(body, note.interviewers);
  // The interview note's own "Company news" first, else the company note's (article 003).
  const news = companyNews(body) ?? companyNews(companyBody);
  const vars = baseVars(note, settings, today);
  vars.news_sentence = news ? ` Congratulations on the recent news: ${news.replace(/\.$/, "")}.` : "";
  const template = templates.thankYou ?? DEFAULT_THANK_YOU;
  const open = note.interviewers.filter((p) => !note.thanked.some((t) => samePerson(t, p)));
  if (note.interviewers.length === 0) {
    if (note.thanked.length > 0) return [];
    return [
      draftFrom(
        template,
        { ...vars, interviewer: note.company, first_name: `${note.company} team`, topic: "", topic_sentence: "" },
        undefined,
        undefined,
      ),
    ];
  }
  return open.map((person) => {
    const topic = topics.get(person) ?? "";
    const first = greetingName(person);
    const draft = draftFrom(
      template,
      {
        ...vars,
        interviewer: person.name,
        first_name: first,
        topic,
        topic_sentence: topic
          ? ` I especially enjoyed our conversation about ${topic.replace(/\.$/, "")}.`
          : ` [Your line: one thing you and ${first} talked about, so that this note could only be to ${first}.]`,
      },
      person,
      emailOf(person),
    );
    if (!topic) draft.needsPersonalLine = true;
    return draft;
  });
}

/** The follow-up for `attempt`: an email, or a call script when they asked for phone calls. */
export function followUpDraft(
  note: InterviewNote,
  attempt: 1 | 2,
  { settings, today, emailOf = noteEmail, templates = {} }: DraftContext,
): Draft {
  const vars = baseVars(note, settings, today);
  const contact = note.interviewers[0];
  vars.interviewer = contact?.name ?? note.company;
  vars.first_name = contact ? greetingName(contact) : `${note.company} team`;
  vars.timeline_sentence = note.decisionBy
    ? `When we spoke ${dayWords(note.interview) || "last"}, you mentioned a decision by ${longDay(note.decisionBy)}.`
    : `It has been a little while since we spoke ${dayWords(note.interview)}.`.replace(" .", ".");
  vars.last_note_sentence =
    attempt === 2
      ? "\nThis is my last follow-up: I don't want to fill your inbox, and I would be glad to hear from you whenever there is news."
      : "";
  const phone = note.channel === "phone";
  // An application with no interview yet: the built-in application follow-up, as your own
  // follow-up template is written for after an interview.
  const template =
    note.phase === "applied"
      ? phone
        ? DEFAULT_APPLICATION_CALL_SCRIPT
        : DEFAULT_APPLICATION_FOLLOW_UP
      : phone
        ? (templates.callScript ?? DEFAULT_CALL_SCRIPT)
        : (templates.followUp ?? DEFAULT_FOLLOW_UP);
  const draft = draftFrom(template, vars, contact, phone || !contact ? undefined : emailOf(contact));
  if (phone && draft.subject === "") draft.subject = `Call ${note.company}`;
  return draft;
}
