import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  COMPANIES as SHARED_COMPANIES,
  dateFrom,
  FIRST as SHARED_FIRST,
  LAST as SHARED_LAST,
  mulberry32,
  pad,
  ROLES,
} from "./generator-kit";

/**
 * A vault the way real ones look, for the benchmark's CLI and index rows (issue 16): notes of
 * about 3 KB with markdown structure (headings, lists, tasks, links, tables, code, quotes) in a
 * few hundred folders (about 345 at 10,000 notes); 55% of ordinary notes with frontmatter of
 * their own, about 3% of those mentioning interviews in it (decoys the raw-text test lets
 * through: `type: interview-question`, `tags: [interview-prep]`); about 2% job-search notes
 * (interview notes, one-note-per-application notes with rounds, applications never
 * interviewed), person and company notes; attachments (images, PDFs) and an `.obsidian/`
 * folder that the walk must skip. The same seed gives the same vault, byte for byte.
 */

export const REALISTIC_VERSION = 2;

const COMPANIES = [...SHARED_COMPANIES, "Dunder Mifflin", "Prestige Worldwide", "Gringotts", "Monsters Inc"];
const STAGES = ["phone screen", "technical", "onsite", "final", "video", "take-home review", "hiring manager"];
const FIRST = [...SHARED_FIRST, "Ingrid", "Kwame"];
const LAST = [...SHARED_LAST, "Mensah"];
const WORDS = (
  "the a of to and in is for on that with as by this we from at be it are was our have an will or not which team plan note idea " +
  "meeting project review draft progress week goal reading chapter summary call follow design system data question answer market " +
  "customer release budget roadmap risk decision owner sprint backlog metric insight habit sleep garden recipe travel book podcast"
).split(" ");
const TOPICS = [
  "Productivity",
  "Cooking",
  "Gardening",
  "Finance",
  "Health",
  "Travel",
  "Programming",
  "Design",
  "History",
  "Philosophy",
  "Music",
  "Photography",
  "Writing",
  "Parenting",
  "Fitness",
];
const DECOYS = [
  "type: interview-question",
  "tags: [interview-prep, career]",
  "topic: interview techniques",
  "type: podcast-interview",
  'related: "[[Interview checklist]]"',
  "source: an interview with the author",
];

export interface RealisticVault {
  /** Markdown notes, vault-relative. */
  files: Map<string, string>;
  /** Everything else on disk: attachments and `.obsidian/` (path → contents). */
  other: Map<string, Uint8Array>;
  /** The notes the default settings find (interview and application notes). */
  interviewPaths: string[];
  folders: number;
}

/**
 * How the vault is made. "realistic": a personal vault where about 2% of notes are the job
 * search's and notes average 3 KB. "dense": a vault kept mostly for the job search (issue 24's
 * held-out shape), with 9% job-search notes and 5 KB notes, where reading frontmatter weighs more.
 */
export type VaultShape = "realistic" | "dense";
const SHAPES: Record<VaultShape, { jobNotes: number; bodyScale: number }> = {
  realistic: { jobNotes: 200, bodyScale: 1 },
  dense: { jobNotes: 900, bodyScale: 5 / 3 },
};

export function generateRealisticVault(size: number, seed = 20261201, shape: VaultShape = "realistic"): RealisticVault {
  const { jobNotes, bodyScale } = SHAPES[shape];
  const rnd = mulberry32(seed + size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const int = (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1));
  const words = (n: number): string => Array.from({ length: n }, () => pick(WORDS)).join(" ");
  const sentence = (): string => {
    const s = words(int(6, 18));
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = (): string => Array.from({ length: int(2, 5) }, sentence).join(" ");
  const files = new Map<string, string>();
  const other = new Map<string, Uint8Array>();
  const interviewPaths: string[] = [];
  const scale = size / 10000;
  const count = (n: number): number => Math.max(1, Math.round(n * scale));

  // Folders: about 345 at 10,000 notes.
  const folders: string[] = [];
  for (let y = 2020; y <= 2026; y++) for (let m = 1; m <= 12; m++) folders.push(`Journal/${y}/${pad(m)}`);
  for (let i = 0; i < count(70); i++) folders.push(`Projects/Project ${i}`, `Projects/Project ${i}/Meetings`);
  for (let i = 0; i < count(60); i++) folders.push(`Resources/${pick(TOPICS)} ${i}`);
  for (let i = 0; i < count(20); i++) folders.push(`Areas/Area ${i}`);
  for (let i = 0; i < count(30); i++) folders.push(`Archive/${2015 + (i % 10)}/Box ${i}`);
  folders.push("Inbox", "Templates", "Attachments");
  const links: string[] = [];
  const note = (folder: string, name: string, text: string): string => {
    const path = `${folder}/${name}.md`;
    files.set(path, text);
    links.push(name);
    return path;
  };
  const link = (): string => (links.length > 0 ? `[[${pick(links)}]]` : "[[Home]]");

  /** A body of about 3 KB with the structure people write. */
  const body = (title: string, target: number): string => {
    const parts = [`# ${title}`, ""];
    let length = 0;
    while (length < target) {
      const r = rnd();
      let block: string;
      if (r < 0.35) block = paragraph();
      else if (r < 0.5) block = `## ${words(int(2, 5))}`;
      else if (r < 0.65)
        block = Array.from({ length: int(2, 6) }, () =>
          `- ${words(int(3, 12))} ${rnd() < 0.3 ? link() : ""}`.trimEnd(),
        ).join("\n");
      else if (r < 0.75)
        block = Array.from({ length: int(2, 5) }, () => `- [${rnd() < 0.4 ? "x" : " "}] ${words(int(3, 9))}`).join(
          "\n",
        );
      else if (r < 0.82) block = `> ${sentence()}`;
      else if (r < 0.88)
        block = `| ${words(1)} | ${words(1)} |\n|---|---|\n${Array.from({ length: int(2, 4) }, () => `| ${words(2)} | ${int(1, 99)} |`).join("\n")}`;
      else if (r < 0.93) block = "```js\nconst x = " + String(int(1, 99)) + ";\nconsole.log(x);\n```";
      else block = `![[image-${int(1, 400)}.png]]`;
      parts.push(block, "");
      length += block.length + 2;
    }
    return parts.join("\n");
  };
  const ordinaryFrontmatter = (): string => {
    const lines = [`created: ${dateFrom(-int(0, 2200))}`];
    if (rnd() < 0.7)
      lines.push(
        rnd() < 0.5 ? `tags: [${pick(WORDS)}, ${pick(WORDS)}]` : `tags:\n  - ${pick(WORDS)}\n  - ${pick(WORDS)}`,
      );
    if (rnd() < 0.25) lines.push(`aliases:\n  - ${words(2)}`);
    if (rnd() < 0.2) lines.push(`status: ${pick(["draft", "done", "active", "someday"])}`);
    if (rnd() < 0.15) lines.push(`up: "${link()}"`);
    if (rnd() < 0.1) lines.push(`rating: ${int(1, 5)}`);
    // A few mention interviews in their frontmatter without being interview notes.
    if (rnd() < 0.03) {
      // A decoy replaces a key the note already has: a key written twice is invalid YAML in Obsidian.
      const decoy = pick(DECOYS);
      const key = decoy.slice(0, decoy.indexOf(":") + 1);
      const at = lines.findIndex((l) => l.startsWith(key));
      if (at === -1) lines.push(decoy);
      else lines[at] = decoy;
    }
    return `---\n${lines.join("\n")}\n---\n`;
  };

  // People and companies of the job search.
  const people: string[] = [];
  for (let i = 0; i < count(150); i++) {
    const name = `${pick(FIRST)} ${pick(LAST)}${i > 200 ? ` ${i}` : ""}`;
    if (people.includes(name)) continue;
    people.push(name);
    const company = pick(COMPANIES);
    note(
      "Job Search/People",
      name,
      `---\nemail: ${name.toLowerCase().replace(/\s+/g, ".")}@${company.toLowerCase().replace(/\s+/g, "")}.example\ncompany: "[[${company}]]"\ntags: [person]\n---\n${body(name, 400)}`,
    );
  }
  for (const company of COMPANIES.slice(0, Math.min(COMPANIES.length, count(20)))) {
    note(
      "Job Search/Companies",
      company,
      `---\ntags: [company]\nwebsite: https://${company.toLowerCase().replace(/\s+/g, "")}.example\n---\n${body(company, 1200)}`,
    );
  }

  // Job-search notes: about 2% of the vault (9% in the dense shape).
  for (let i = 0; i < count(jobNotes); i++) {
    const company = pick(COMPANIES);
    const role = pick(ROLES);
    const day = int(-80, 14);
    const date = dateFrom(day);
    const style = rnd();
    const interviewers = Array.from({ length: int(0, 3) }, () =>
      rnd() < 0.4 && people.length > 0 ? `"[[${pick(people)}]]"` : `${pick(FIRST)} ${pick(LAST)}`,
    );
    const lines = [
      rnd() < 0.85 ? "type: interview" : 'type: "Interview"',
      `company: ${rnd() < 0.4 ? `"[[${company}]]"` : company}`,
      `role: ${role}`,
    ];
    let path: string;
    if (style < 0.2) {
      // An application never interviewed.
      lines.push(`status: ${pick(["applied", "applied", "considering", "rejected"])}`, `applied_on: ${date}`);
      if (rnd() < 0.4) lines.push(`follow_up_on: ${dateFrom(day + 10)}`);
      path = note(
        "Job Search/Applications",
        `${company} - ${role} ${i}`,
        `---\n${lines.join("\n")}\n---\n${body(`${company} application`, 1500 * bodyScale)}`,
      );
    } else {
      lines.push(
        `stage: ${pick(STAGES)}`,
        `interview_date: ${date}${rnd() < 0.6 ? `T${pad(int(8, 17))}:${rnd() < 0.5 ? "00" : "30"}` : ""}`,
      );
      if (interviewers.length === 0) lines.push("interviewers:");
      else if (rnd() < 0.35) {
        // Typed on one line; a line that starts with a link is quoted, as Obsidian (js-yaml) cannot read it bare.
        const line = interviewers.map((p) => p.replace(/"/g, "")).join(", ");
        lines.push(`interviewers: ${line.startsWith("[[") ? `"${line}"` : line}`);
      } else lines.push("interviewers:", ...interviewers.map((p) => `  - ${p}`));
      if (rnd() < 0.5) lines.push(`decision_by: ${dateFrom(day + int(3, 14))}`);
      if (day < -1 && rnd() < 0.7 && interviewers.length > 0)
        lines.push(`thanked: [${interviewers.slice(0, int(1, interviewers.length)).join(", ")}]`);
      if (day < 0 && rnd() < 0.6) lines.push(`debriefed: ${dateFrom(day)}`);
      if (day < -8 && rnd() < 0.5) lines.push(`follow_up_1: ${dateFrom(day + 8)} # asked for an update`);
      if (day < -16 && rnd() < 0.3) lines.push(`follow_up_2: ${dateFrom(day + 15)}`);
      if (day < -5 && rnd() < 0.25) lines.push(`replied: ${dateFrom(day + 5)}`);
      if (style > 0.8)
        lines.push(
          `applied_on: ${dateFrom(day - 20)}`,
          `rounds:\n  - ${dateFrom(day - 7)} phone screen with ${pick(FIRST)} ${pick(LAST)}, thanked`,
        );
      lines.push(
        `status: ${pick(["waiting", "waiting", "scheduled", "next round", "rejected", "offer", "interviewing"])}`,
      );
      path = note(
        style > 0.8 ? "Job Search/Applications" : `Job Search/Interviews/${date.slice(0, 4)}`,
        `${date} ${company} - ${role} ${i}`,
        `---\n${lines.join("\n")}\n---\n${body(`${company} ${role}`, 2500 * bodyScale)}`,
      );
    }
    interviewPaths.push(path);
  }

  // Ordinary notes fill the rest: 55% with frontmatter of their own.
  const ordinary = size - files.size;
  for (let i = 0; i < ordinary; i++) {
    const folder = folders[Math.floor(Math.pow(rnd(), 1.3) * folders.length)] ?? "Inbox";
    const fm = rnd() < 0.55 ? ordinaryFrontmatter() : "";
    note(folder, `${words(int(1, 4))} ${i}`, `${fm}${body(words(int(2, 6)), int(1500, 4500) * bodyScale)}`);
  }

  // Attachments and Obsidian's own folder: on disk, never read as notes.
  for (let i = 0; i < count(400); i++)
    other.set(`Attachments/image-${i + 1}.png`, new Uint8Array(int(2000, 40000)).fill(i % 251));
  for (let i = 0; i < count(60); i++)
    other.set(`Attachments/document-${i}.pdf`, new Uint8Array(int(20000, 120000)).fill(37));
  const json = (value: unknown): Uint8Array => new TextEncoder().encode(JSON.stringify(value));
  other.set(".obsidian/app.json", json({ attachmentFolderPath: "Attachments", alwaysUpdateLinks: true }));
  other.set(
    ".obsidian/workspace.json",
    json({ main: { type: "split", children: [] }, lastOpenFiles: [...files.keys()].slice(0, 20) }),
  );
  other.set(".obsidian/plugins/dataview/data.json", json({ renderNullAs: "\\-" }));
  for (let i = 0; i < 40; i++) other.set(`.obsidian/plugins/some-plugin-${i}/main.js`, new Uint8Array(30000).fill(59));
  return { files, other, interviewPaths, folders: folders.length + 6 };
}

/** The realistic vault on disk under `root`, written once per size, seed and version. */
export function realisticVaultOnDisk(
  root: string,
  size: number,
  seed = 20261201,
  shape: VaultShape = "realistic",
): string {
  const dir = join(root, `${shape}-${size}-${seed}-v${REALISTIC_VERSION}`);
  const marker = join(dir, ".complete");
  if (existsSync(marker) && readFileSync(marker, "utf8") === String(size)) return dir;
  const { files, other } = generateRealisticVault(size, seed, shape);
  for (const [path, content] of [...files, ...other]) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  writeFileSync(marker, String(size));
  return dir;
}
