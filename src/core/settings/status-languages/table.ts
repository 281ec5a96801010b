import type { StatusClass } from "../settings";

/**
 * A language's status words as data: each phrase with the class a person gives it, decided by
 * hand (the reason is the comment beside it). `open` is a word that says the application is
 * going on without saying how far (Active, laufend, 进行中): it is read as applied, and as
 * interviewing once the note has an interview date.
 */
export type WordClass = StatusClass | "open";

/**
 * How a phrase is found in a status: `words`, as whole words (a trailing `*` is a stem:
 * `refusé*` is refusé, refusée, refusés); `compounds`, anywhere (German and Dutch join words:
 * Telefoninterview, Sollicitatiegesprek); `characters`, anywhere with spaces ignored (Chinese,
 * Japanese and Korean write without them, or with them only sometimes: 지원완료, 지원 완료).
 */
export type Matching = "words" | "compounds" | "characters";

export interface StatusTable {
  language: string;
  matching: Matching;
  words: readonly (readonly [phrase: string, cls: WordClass])[];
}

/** When two phrases match and neither holds the other, the later class here wins: a refusal over an interview. */
export const RANK: Record<WordClass, number> = {
  considering: 0,
  open: 1,
  applied: 2,
  interviewing: 3,
  offer: 4,
  closed: 5,
};

/**
 * Accents after Latin and Cyrillic letters are dropped, so `refusee` is `refusée` and `ё` is `е`
 * (people type either); kana and Hangul keep theirs (a dakuten changes the word).
 */
export function foldAccents(normalised: string): string {
  if (/^[\x20-\x7e]*$/.test(normalised)) return normalised;
  return normalised
    .normalize("NFD")
    .replace(/([\p{Script=Latin}\p{Script=Cyrillic}])\p{M}+/gu, "$1")
    .normalize("NFC");
}

interface Hit {
  start: number;
  end: number;
  cls: WordClass;
}

interface Prepared {
  matching: Matching;
  phrases: { text: string; stem: boolean; cls: WordClass }[];
}

function find(table: Prepared, value: string, spaced: string, packed: string): Hit[] {
  const hits: Hit[] = [];
  for (const p of table.phrases) {
    let start: number;
    let length = p.text.length;
    if (table.matching === "characters") start = packed.indexOf(p.text);
    else if (table.matching === "compounds") start = value.indexOf(p.text);
    else {
      start = spaced.indexOf(p.stem ? ` ${p.text}` : ` ${p.text} `);
      length += 1;
    }
    if (start !== -1) hits.push({ start, end: start + length, cls: p.cls });
  }
  return hits;
}

/** What one table reads in a value: its class and how much of the value its phrases cover. */
interface Reading {
  cls: WordClass;
  covered: number;
}

/**
 * The class the phrases found say: a phrase that holds another wins over it (不合格 over 合格),
 * then the higher RANK among the rest.
 */
function decide(hits: Hit[]): Reading | undefined {
  let best: Reading | undefined;
  const holds = (a: Hit, b: Hit) => a.start <= b.start && a.end >= b.end && a.end - a.start > b.end - b.start;
  for (const hit of hits) {
    if (hits.some((other) => holds(other, hit))) continue;
    const covered = (best?.covered ?? 0) + hit.end - hit.start;
    best = !best || RANK[hit.cls] > RANK[best.cls] ? { cls: hit.cls, covered } : { cls: best.cls, covered };
  }
  return best;
}

/**
 * Tables made ready once: each phrase in the form values are compared in. `prepare` is the
 * status normaliser, passed in so that this file needs nothing of status-words.ts.
 */
export class StatusTables {
  private prepared: Prepared[] | undefined;

  constructor(
    private readonly tables: readonly StatusTable[],
    private readonly prepare: (phrase: string) => string,
  ) {}

  private ready(): Prepared[] {
    this.prepared ??= this.tables.map((t) => ({
      matching: t.matching,
      phrases: t.words.map(([phrase, cls]) => {
        const stem = phrase.endsWith("*");
        let text = foldAccents(this.prepare(stem ? phrase.slice(0, -1) : phrase));
        if (t.matching === "characters") text = text.replace(/ /g, "");
        return { text, stem, cls };
      }),
    }));
    return this.prepared;
  }

  /**
   * The class of a normalised status: each table reads it alone (languages share words: the
   * Italian stem candidat* is in the French candidature à envoyer), and the table whose phrases
   * cover more of it is the language it is written in; on a tie the higher RANK wins.
   */
  classOf(normalised: string): WordClass | undefined {
    const value = foldAccents(normalised);
    const spaced = ` ${value} `;
    const packed = value.replace(/ /g, "");
    let best: Reading | undefined;
    for (const table of this.ready()) {
      const read = decide(find(table, value, spaced, packed));
      if (!read) continue;
      if (!best || read.covered > best.covered || (read.covered === best.covered && RANK[read.cls] > RANK[best.cls]))
        best = read;
    }
    return best?.cls;
  }
}
