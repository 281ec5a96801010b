import type { Settings } from "../settings/settings";
import { statusFor } from "../settings/status-words";

/**
 * An Obsidian Web Clipper template (the JSON its Import button reads) that makes an application
 * note from a job posting: most posting pages (LinkedIn, Greenhouse, Lever, Workday, Indeed)
 * carry schema.org `JobPosting` data, which the template reads, and the page's title, site name
 * and description stand in where a page has none. The property names, the status word and the
 * folder are the vault's own. Variables and `??` fallbacks as the Clipper documents them
 * (help.obsidian.md/web-clipper/variables and /logic).
 */

export interface ClipperProperty {
  name: string;
  value: string;
  type: "text" | "multitext" | "number" | "checkbox" | "date" | "datetime";
}

export interface ClipperTemplate {
  schemaVersion: "0.1.0";
  name: string;
  behavior: "create";
  noteNameFormat: string;
  path: string;
  noteContentFormat: string;
  properties: ClipperProperty[];
  triggers: string[];
}

const JOB = "schema:@JobPosting";

/**
 * The employer: `hiringOrganization` as an object with a name, or as a name; as an `@id` into the
 * page's `@graph`, the page's Organization; else the site. A value that is still an object (an
 * `@id` with no Organization on the page) is emptied, so that it falls through instead of
 * writing JSON into the property and the file name.
 */
const COMPANY =
  `${JOB}:hiringOrganization.name ?? ${JOB}:hiringOrganization|replace:"/^\\{.*$/s":"" ?? ` +
  "schema:@Organization:name ?? meta:property:og:site_name ?? site";

/**
 * The description as markdown. LinkedIn and Workday put it in the page's data HTML-escaped
 * (`&lt;strong&gt;`), which the markdown filter would keep as text: the tags are unescaped first.
 */
const DESCRIPTION = `${JOB}:description|replace:("&lt;":"<","&gt;":">","&amp;":"&")|markdown`;

export const CLIPPER_VARIABLES = {
  company: `{{${COMPANY}}}`,
  role: `{{${JOB}:title ?? meta:property:og:title ?? title}}`,
  location:
    `{{${JOB}:jobLocation.address.addressLocality ?? ${JOB}:jobLocation[0].address.addressLocality ?? ` +
    `${JOB}:jobLocationType}}`,
  salary:
    `{% if ${JOB}:baseSalary.value.minValue %}{{${JOB}:baseSalary.value.minValue}}–{{${JOB}:baseSalary.value.maxValue}} ` +
    `{{${JOB}:baseSalary.currency}} per {{${JOB}:baseSalary.value.unitText|lower}}` +
    `{% elseif ${JOB}:baseSalary.value.value %}{{${JOB}:baseSalary.value.value}} {{${JOB}:baseSalary.currency}} per ` +
    `{{${JOB}:baseSalary.value.unitText|lower}}{% endif %}`,
  postedOn: `{{${JOB}:datePosted|date:"YYYY-MM-DD"}}`,
  url: "{{url}}",
  body: `{{${DESCRIPTION} ?? description}}`,
};

export function clipperTemplate(settings: Settings): ClipperTemplate {
  const k = settings.keys;
  const text = (name: string, value: string): ClipperProperty => ({ name, value, type: "text" });
  const properties: ClipperProperty[] = [];
  if (settings.typeValue !== "") properties.push(text(k.type, settings.typeValue));
  properties.push(
    text(k.company, CLIPPER_VARIABLES.company),
    text(k.role, CLIPPER_VARIABLES.role),
    text(k.status, statusFor("considering", settings)),
    text(k.postingUrl, CLIPPER_VARIABLES.url),
    text(k.location, CLIPPER_VARIABLES.location),
    text(k.salary, CLIPPER_VARIABLES.salary),
    { name: k.postedOn, value: CLIPPER_VARIABLES.postedOn, type: "date" },
  );
  const folder = (settings.interviewFolders[0] ?? settings.newNoteFolder).replace(/^\/+|\/+$/g, "");
  return {
    schemaVersion: "0.1.0",
    name: "Job posting (Job Search Journal)",
    behavior: "create",
    // As New interview note names notes: the day, the company, the role.
    noteNameFormat: `{{date|date:"YYYY-MM-DD"}} ${CLIPPER_VARIABLES.company} - ${CLIPPER_VARIABLES.role}`,
    path: folder,
    noteContentFormat: `${CLIPPER_VARIABLES.body}\n`,
    properties,
    triggers: [JOB],
  };
}

/** The template as the file the Clipper's Import button takes (and the clipboard holds). */
export function clipperTemplateJson(settings: Settings): string {
  return `${JSON.stringify(clipperTemplate(settings), null, 2)}\n`;
}
