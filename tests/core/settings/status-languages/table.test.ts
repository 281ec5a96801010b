import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHINESE } from "../../../../src/core/settings/status-languages/zh";
import { DUTCH } from "../../../../src/core/settings/status-languages/nl";
import { FRENCH } from "../../../../src/core/settings/status-languages/fr";
import { GERMAN } from "../../../../src/core/settings/status-languages/de";
import { ITALIAN } from "../../../../src/core/settings/status-languages/it";
import { JAPANESE } from "../../../../src/core/settings/status-languages/ja";
import { KOREAN } from "../../../../src/core/settings/status-languages/ko";
import { PORTUGUESE } from "../../../../src/core/settings/status-languages/pt";
import { RUSSIAN } from "../../../../src/core/settings/status-languages/ru";
import { SPANISH } from "../../../../src/core/settings/status-languages/es";
import { foldAccents, type StatusTable } from "../../../../src/core/settings/status-languages/table";
import { readAs } from "./cases";

const TABLES: readonly StatusTable[] = [
  GERMAN,
  FRENCH,
  SPANISH,
  PORTUGUESE,
  ITALIAN,
  DUTCH,
  JAPANESE,
  CHINESE,
  KOREAN,
  RUSSIAN,
];
const PHRASES = TABLES.flatMap((t) => t.words.map(([phrase]) => phrase.replace(/\*$/, "")));

describe("the tables", () => {
  it("hold ten languages beside English", () => {
    expect(new Set(TABLES.map((t) => t.language)).size).toBe(10);
  });

  it("list no phrase twice in one table", () => {
    for (const t of TABLES) {
      const phrases = t.words.map(([p]) => foldAccents(p.toLowerCase()));
      expect(
        phrases.filter((p, i) => phrases.indexOf(p) !== i),
        t.language,
      ).toEqual([]);
    }
  });

  it("read a phrase the same however it is decorated: case, an emoji, numbering, spaces", () => {
    const decorated = fc.record({
      phrase: fc.constantFrom(...PHRASES),
      upper: fc.boolean(),
      emoji: fc.constantFrom("", "✅ ", "📞 ", "❌ ", "🎉"),
      number: fc.constantFrom("", "1. ", "03 - ", "2) "),
      pad: fc.constantFrom("", " ", "  "),
    });
    fc.assert(
      fc.property(decorated, ({ phrase, upper, emoji, number, pad }) => {
        const value = `${pad}${emoji}${number}${upper ? phrase.toUpperCase() : phrase}${pad}`;
        expect(readAs(value)).toBe(readAs(phrase));
      }),
      { numRuns: 2000 },
    );
  });

  it.each<[string, string]>([
    ["refusée", "refusee"],
    ["Сохранёно", "сохранено"],
    ["Straße", "straße"], // ß is a letter of its own, not an s with a mark
    ["応募済み", "応募済み"], // kana keep their marks
    ["합격", "합격"],
  ])("folds the accents of %s as %s where people type either", (value, folded) => {
    expect(foldAccents(value.toLowerCase())).toBe(folded);
  });

  it("reads any text without throwing, and gives a class or nothing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 24 }), (s) => {
        expect([undefined, "considering", "open", "applied", "interviewing", "offer", "closed"]).toContain(readAs(s));
      }),
      { numRuns: 3000 },
    );
  });
});
