import { describe } from "vitest";
import { JAPANESE } from "../../../../src/core/settings/status-languages/ja";
import { eachPhraseAlone, statusCases } from "./cases";

describe("Japanese status words", () => {
  statusCases([
    // A tracker's select options, stages written into the word.
    ["応募済み", "applied"],
    ["応募完了", "applied"],
    ["書類選考中", "applied"], // 書類選考 (applied) beside 選考中 (open): the stage said wins
    ["一次面接完了", "interviewing"],
    ["最終面接予定", "interviewing"],
    ["二次面接", "interviewing"],
    ["カジュアル面談", "interviewing"],
    ["結果待ち", "interviewing"],
    ["一次面接合格", "interviewing"], // passed a round: on to the next
    ["内定", "offer"],
    ["内々定", "offer"],
    ["辞退", "closed"],
    ["内定辞退", "closed"], // the refusal over the offer
    ["内定承諾", "closed"], // holds 内定: the search is over
    ["書類落ち", "closed"],
    ["一次面接落ち", "closed"], // a round and its failure: closed
    ["不合格", "closed"], // holds 合格
    ["不採用", "closed"],
    ["お見送り", "closed"],
    ["応募予定", "considering"], // holds 応募
    ["検討中", "considering"],
    // The status list of a public Japanese job-search setup (unifuu/job-seeking-agent-skills).
    ["興味あり", "considering"],
    ["保留", "considering"],
    ["応募準備中", "considering"], // holds 応募
    ["一次面接予定", "interviewing"],
    ["二次面接完了", "interviewing"],
    ["最終面接完了", "interviewing"],
    ["選考待ち", "interviewing"],
    ["入社予定", "closed"],
    ["二次面接落ち", "closed"],
    ["最終面接落ち", "closed"],
    ["選考中", "open"],
    ["書類通過", "interviewing"],
    ["一次面接通過", "interviewing"],
    // Decorated as people write them: emoji, numbering, full-width and half-width forms, spaces.
    ["✅ 応募済み", "applied"],
    ["3. 一次面接", "interviewing"],
    ["ｴﾝﾄﾘｰ済み", "applied"], // half-width katakana
    ["一次 面接 落ち", "closed"],
    // Nothing that says a class.
    ["東京", undefined],
    ["リモート", undefined],
  ]);
  eachPhraseAlone(JAPANESE);
});
