/**
 * The Web Clipper's template language as its documentation says it works
 * (help.obsidian.md/web-clipper/variables, /filters and /logic), for the parts our template
 * uses: preset variables, `meta:`, `schema:@Type:path` (an array gives its first item; `[n]`
 * picks one), `??` fallbacks, the `lower`, `date` and `markdown` filters, and one
 * `{% if %}…{% elseif %}…{% endif %}` chain. A test oracle over saved posting pages: the
 * Clipper itself runs in a browser extension, which the tests cannot drive.
 */

export interface Page {
  url: string;
  html: string;
  /** The day of the clip, for `{{date}}`. */
  today: string;
}

type Json = unknown;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`${name}\\s*=\\s*"([^"]*)"`, "i").exec(tag)?.[1];
}

const decode = (s: string): string =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** Every JSON-LD object of the page: arrays and `@graph` flattened. */
export function schemaObjects(html: string): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (v: Json): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === "object") {
      const o = v as Record<string, Json>;
      if (o["@type"]) out.push(o);
      if (o["@graph"]) visit(o["@graph"]);
    }
  };
  for (const m of html.matchAll(/<script[^>]*type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/gi))
    visit(JSON.parse(m[1] ?? "null"));
  return out;
}

function meta(html: string, kind: "name" | "property", key: string): string | undefined {
  for (const m of html.matchAll(/<meta\b[^>]*>/gi)) {
    if (attr(m[0], kind) === key) return decode(attr(m[0], "content") ?? "");
  }
  return undefined;
}

function schemaValue(page: Page, type: string, path: string): Json {
  const object = schemaObjects(page.html).find((o) => {
    const t = o["@type"];
    return t === type || (Array.isArray(t) && t.includes(type));
  });
  let value: Json = object;
  for (const part of path.split(".")) {
    const m = /^([^[\]]+)(?:\[(\d+)\])?$/.exec(part);
    if (!m || value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
    value = (value as Record<string, Json>)[m[1] ?? ""];
    if (m[2] !== undefined) value = Array.isArray(value) ? value[Number(m[2])] : undefined;
  }
  return Array.isArray(value) ? value[0] : value;
}

function variable(page: Page, name: string): Json {
  const schema = /^schema:@([A-Za-z]+):(.+)$/.exec(name);
  if (schema) return schemaValue(page, schema[1] ?? "", schema[2] ?? "");
  const m = /^meta:(name|property):(.+)$/.exec(name);
  if (m) return meta(page.html, m[1] as "name" | "property", m[2] ?? "");
  switch (name) {
    case "title":
      return decode(/<title>([\s\S]*?)<\/title>/i.exec(page.html)?.[1]?.trim() ?? "");
    case "url":
      return page.url;
    case "date":
      return page.today;
    case "description":
      return meta(page.html, "name", "description") ?? meta(page.html, "property", "og:description");
    case "site":
      return meta(page.html, "property", "og:site_name");
    default:
      throw new Error(`the oracle does not know the variable ${name}`);
  }
}

function markdown(html: string): string {
  return decode(html)
    .replace(/<li[^>]*>/gi, "- ")
    .replace(/<\/(p|li|ul|ol|h\d)>/gi, "\n")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function filter(value: Json, f: string): Json {
  if (value === undefined || value === null || value === "") return value;
  const text = typeof value === "string" ? value : typeof value === "number" ? String(value) : JSON.stringify(value);
  if (f === "lower") return text.toLowerCase();
  if (f === "markdown") return markdown(text);
  if (f === 'date:"YYYY-MM-DD"') return /^\d{4}-\d{2}-\d{2}/.exec(text)?.[0] ?? text;
  throw new Error(`the oracle does not know the filter ${f}`);
}

const truthy = (v: Json): boolean => v !== undefined && v !== null && v !== "" && v !== 0 && v !== false;

const asText = (v: Json): string =>
  v === undefined || v === null
    ? ""
    : typeof v === "string"
      ? v
      : typeof v === "number"
        ? String(v)
        : JSON.stringify(v);

/** `a|f ?? b ?? "x"`: the first alternative that is not empty, its filters applied. */
function expression(page: Page, expr: string): Json {
  for (const alternative of expr.split("??").map((a) => a.trim())) {
    if (/^".*"$/.test(alternative)) return alternative.slice(1, -1);
    const [name, ...filters] = alternative.split("|");
    let value = variable(page, (name ?? "").trim());
    for (const f of filters) value = filter(value, f.trim());
    if (truthy(value)) return value;
  }
  return undefined;
}

/** A template string with its variables and its one if-chain resolved. */
export function resolve(template: string, page: Page): string {
  const logic = template.replace(
    /\{%\s*if\s+(.+?)\s*%\}([\s\S]*?)\{%\s*endif\s*%\}/g,
    (_, first: string, rest: string) => {
      const branches = `{% elseif ${first} %}${rest}`.split(/\{%\s*elseif\s+/).slice(1);
      for (const branch of branches) {
        const [cond, body] = branch.split(/\s*%\}/, 2) as [string, string];
        if (truthy(expression(page, cond))) return body;
      }
      return "";
    },
  );
  return logic.replace(/\{\{(.+?)\}\}/g, (_, expr: string) => asText(expression(page, expr)));
}
