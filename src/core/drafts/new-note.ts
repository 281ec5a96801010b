import { editFrontmatter, renderScalar, type FrontmatterEdit } from "../editing/frontmatter-edit";
import type { ParseYaml } from "../notes/read-properties";
import { findFrontmatter } from "../notes/frontmatter-block";
import type { Settings } from "../settings/settings";
import { DEFAULT_INTERVIEW_NOTE, renderTemplate, type Rendered, type TemplateVars } from "./templates";

/** The text of a new interview note: the schema's properties, then the template's body. */

export interface NewInterview {
  company: string;
  role: string;
  stage: string;
  /** YYYY-MM-DD */
  date: string;
  /** HH:mm, or "" for a date-only interview. */
  time: string;
  interviewers: string[];
}

export function interviewDateValue(f: Pick<NewInterview, "date" | "time">): string {
  return f.time.trim() === "" ? f.date : `${f.date}T${f.time.trim()}`;
}

export function newInterviewNote(
  f: NewInterview,
  settings: Settings,
  parse: ParseYaml,
  template = DEFAULT_INTERVIEW_NOTE,
  today = f.date,
): Rendered {
  const k = settings.keys;
  const title = `${f.company}${f.role ? `: ${f.role}` : ""}${f.stage ? ` (${f.stage})` : ""}`;
  const vars: TemplateVars = {
    title,
    company: f.company,
    role: f.role,
    stage: f.stage,
    interview_date: interviewDateValue(f),
    interview_day: f.date,
    decision_by: "",
    interviewers: f.interviewers.join(", "),
    my_name: settings.myName,
    my_contact: settings.myContact,
    date: today,
  };
  const body = renderTemplate(template, vars);
  const values: [string, string][] = [
    [k.type, settings.typeValue],
    [k.company, f.company],
    [k.role, f.role],
    [k.stage, f.stage],
    [k.interviewDate, interviewDateValue(f)],
    [k.status, "scheduled"],
  ];
  if (!findFrontmatter(body.text)) {
    // Our own block, in schema order, with the keys a user fills in later shown empty.
    const lines = values
      .filter(([, v]) => v.trim() !== "")
      .map(([key, v]) => `${key}: ${renderScalar(v, "block", parse)}`);
    lines.splice(5, 0, `${k.interviewers}:`, ...f.interviewers.map((p) => `  - ${renderScalar(p, "block", parse)}`));
    if (f.interviewers.length === 0) lines[lines.indexOf(`${k.interviewers}:`)] = `${k.interviewers}: []`;
    lines.push(`${k.contactPreference}:`, `${k.decisionBy}:`, `${k.thanked}: []`);
    return { text: `---\n${lines.join("\n")}\n---\n${body.text}`, unknown: body.unknown };
  }
  // A template with its own properties keeps them; ours are added where missing.
  const edits: FrontmatterEdit[] = values
    .filter(([, v]) => v.trim() !== "")
    .map(([key, value]) => ({ op: "set-if-empty", key, value }));
  for (const p of f.interviewers) edits.push({ op: "append", key: k.interviewers, value: p });
  const edited = editFrontmatter(body.text, edits, parse);
  return { text: edited.status === "changed" ? edited.text : body.text, unknown: body.unknown };
}
