import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { COMPANIES, dateFrom, FIRST, LAST, mulberry32, pad, ROLES } from "./generator-kit";

/**
 * Deterministic synthetic vaults: about 10% interview notes with realistic frontmatter (the
 * schema's keys in the styles people use), 2% person notes with emails, and the rest ordinary
 * notes (journal entries, meeting notes, reading notes) with frontmatter of their own and a
 * few kilobytes of text. The same seed gives the same vault, byte for byte.
 */

export const GENERATOR_VERSION = 2;

const STAGES = ["phone screen", "technical", "onsite", "final", "video", "take-home review"];
const STATUSES = ["waiting", "waiting", "waiting", "scheduled", "next round", "", "rejected", "offer", "withdrawn"];
const WORDS =
  "the a of to and in is for on that with as by this we from at be it are was our have an will or not which team plan note idea meeting project review draft progress week goal reading chapter summary call follow design system data question answer market".split(
    " ",
  );

export interface SyntheticVault {
  files: Map<string, string>;
  interviewPaths: string[];
}

export function generateVault(size: number, seed = 20260312): SyntheticVault {
  const rnd = mulberry32(seed + size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const text = (words: number) => Array.from({ length: words }, () => pick(WORDS)).join(" ");
  const files = new Map<string, string>();
  const interviewPaths: string[] = [];
  const people: string[] = [];

  const personCount = Math.max(5, Math.round(size * 0.02));
  for (let i = 0; i < personCount; i++) {
    const name = `${pick(FIRST)} ${pick(LAST)} ${i}`;
    people.push(name);
    files.set(
      `People/${name}.md`,
      `---\nemail: ${name.toLowerCase().replace(/\s+/g, ".")}@example.com\ncompany: "[[${pick(COMPANIES)}]]"\n---\nMet at an interview.\n`,
    );
  }

  const interviewCount = Math.round(size * 0.1);
  for (let i = 0; i < interviewCount; i++) {
    const company = pick(COMPANIES);
    const role = pick(ROLES);
    const stage = pick(STAGES);
    const day = int(-70, 20);
    const date = dateFrom(day);
    const timed = rnd() < 0.6;
    const interviewers = Array.from({ length: int(0, 3) }, () => {
      const r = rnd();
      if (r < 0.35) return `"[[${pick(people)}]]"`;
      const name = `${pick(FIRST)} ${pick(LAST)}`;
      return r < 0.7
        ? `${name} <${name.toLowerCase().replace(/\s+/g, ".")}@${company.toLowerCase().replace(/\s+/g, "")}.example>`
        : name;
    });
    const lines = [
      rnd() < 0.8 ? "type: interview" : rnd() < 0.5 ? 'type: "Interview"' : "Type: interview",
      `company: ${rnd() < 0.3 ? `"[[${company}]]"` : company}`,
      `role: ${role}`,
      `stage: ${stage}`,
      `interview_date: ${date}${timed ? `T${pad(int(8, 17))}:${rnd() < 0.5 ? "00" : "30"}` : ""}`,
    ];
    if (interviewers.length === 0) lines.push("interviewers: []");
    else if (rnd() < 0.3) lines.push(`interviewers: [${interviewers.join(", ")}]`);
    else lines.push("interviewers:", ...interviewers.map((p) => `  - ${p}`));
    if (rnd() < 0.3) lines.push(`contact_preference: ${rnd() < 0.7 ? "email" : "phone"}`);
    if (rnd() < 0.5) lines.push(`decision_by: ${dateFrom(day + int(3, 14))}`);
    if (day < -1 && rnd() < 0.7)
      lines.push(
        `thanked: [${interviewers
          .slice(0, int(0, interviewers.length))
          .map((p) => p.replace(/ <.*$/, ""))
          .join(", ")}]`,
      );
    if (day < 0 && rnd() < 0.6) lines.push(`debriefed: ${dateFrom(day)}`);
    if (rnd() < 0.2) lines.push("references:", "  - Maria Lopez", "  - Dave Kim");
    if (day < -8 && rnd() < 0.5) lines.push(`follow_up_1: ${dateFrom(day + 8)} # asked for an update`);
    if (day < -16 && rnd() < 0.3) lines.push(`follow_up_2: ${dateFrom(day + 15)}`);
    if (day < -5 && rnd() < 0.25) lines.push(`replied: ${dateFrom(day + 5)}`);
    if (rnd() < 0.05) lines.push(`snooze_until: ${dateFrom(int(0, 7))}`);
    lines.push(`status: ${pick(STATUSES)}`);
    const path = `Interviews/${date.slice(0, 4)}/${date} ${company} - ${role} (${stage}) ${i}.md`;
    interviewPaths.push(path);
    files.set(
      path,
      `---\n${lines.join("\n")}\n---\n# ${company}\n\n${text(int(80, 250))}\n\n## Debrief\n- ${text(20)}\n- ${text(25)}\n`,
    );
  }

  const ordinary = size - personCount - interviewCount;
  for (let i = 0; i < ordinary; i++) {
    const kind = rnd();
    const folder =
      kind < 0.4 ? `Journal/${2020 + (i % 7)}` : kind < 0.7 ? "Meetings" : kind < 0.9 ? "Reading" : "Inbox";
    const fm =
      rnd() < 0.75
        ? `---\ncreated: ${dateFrom(-int(0, 2000))}\ntags: [${pick(WORDS)}, ${pick(WORDS)}]\n${rnd() < 0.3 ? `aliases:\n  - ${text(2)}\n` : ""}${rnd() < 0.1 ? "status: draft\n" : ""}---\n`
        : "";
    // Some ordinary notes mention interviews in their text: the cheap test must not be fooled into parsing all.
    const mention = rnd() < 0.05 ? "Prepared for the interview with the hiring manager.\n" : "";
    files.set(`${folder}/Note ${i}.md`, `${fm}# ${text(4)}\n\n${mention}${text(int(150, 600))}\n`);
  }
  return { files, interviewPaths };
}

/** The vault on disk under `root`, written once per size, seed and generator version. */
export function vaultOnDisk(root: string, size: number, seed = 20260312): string {
  const dir = join(root, `vault-${size}-${seed}-v${GENERATOR_VERSION}`);
  const marker = join(dir, ".complete");
  if (existsSync(marker) && readFileSync(marker, "utf8") === String(size)) return dir;
  const { files } = generateVault(size, seed);
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  writeFileSync(marker, String(size));
  return dir;
}
