import { linkBasename, parseLink } from "../notes/people";
import { defaultSettings } from "../settings/settings";
import { asDate, asList } from "../notes/values";
import { propertyStats } from "./property-stats";
import type { NoteSample } from "./note-sample";

/** What the mapping reads from notes around the applications: person notes and logs. */

/** The person notes that interviewers link to: the property holding their email. */
export function personEmailKey(
  samples: NoteSample[],
  jobNotes: NoteSample[],
  interviewersKey: string,
  reasons: string[],
): string | undefined {
  const linked = new Set(
    jobNotes
      .flatMap((n) => asList(n.frontmatter[interviewersKey]))
      .flatMap((v) => {
        const link = parseLink(v);
        return link ? [linkBasename(link.target).toLowerCase()] : [];
      }),
  );
  const people = samples.filter((s) => linked.has(linkBasename(s.path).toLowerCase()));
  const emailKey = [...propertyStats(people.map((p) => p.frontmatter)).values()].find(
    (s) => [...s.texts.keys()].filter((v) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v)).length >= Math.max(1, s.notes * 0.5),
  );
  if (!emailKey || emailKey.key === defaultSettings().personEmailKey) return undefined;
  reasons.push(`person notes' email: "${emailKey.key}" (${people.length} linked person notes)`);
  return emailKey.key;
}

/**
 * Notes that log a call or an email as their own note: a date and a link to an application.
 * They are not read (see docs/journals.md); saying so beats a silent gap.
 */
export function reportLogNotes(samples: NoteSample[], jobNotes: NoteSample[], reasons: string[]): void {
  const jobs = new Set(jobNotes.map((n) => linkBasename(n.path).toLowerCase()));
  const jobPaths = new Set(jobNotes.map((n) => n.path));
  const logs = samples.filter(
    (s) =>
      !jobPaths.has(s.path) &&
      Object.values(s.frontmatter).some((v) => asDate(v)?.ok) &&
      Object.values(s.frontmatter).some((v) =>
        asList(v).some((t) => {
          const link = parseLink(t);
          return link !== undefined && jobs.has(linkBasename(link.target).toLowerCase());
        }),
      ),
  );
  if (logs.length === 0) return;
  const example = logs[0]?.path ?? "";
  reasons.push(
    `${logs.length} notes look like logs of calls or emails linked to an application (such as "${example}"): they are not read; ` +
      "put an interview's date in the application's own note for its follow-ups",
  );
}
