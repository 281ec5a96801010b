import type { StatusTable } from "./table";

/**
 * Japanese. Stages are written into the word (一次面接完了: the first interview done; 書類落ち:
 * failed the document screening), so a phrase is found anywhere in the value, and a phrase that
 * holds another wins over it (応募予定 over 応募, 不合格 over 合格).
 */
export const JAPANESE: StatusTable = {
  language: "Japanese",
  matching: "characters",
  words: [
    ["検討中", "considering"], // "considering"
    ["興味あり", "considering"], // "interested"
    ["保留", "considering"], // "on hold": not applied yet
    ["応募準備", "considering"], // "preparing the application" (応募準備中): holds 応募
    ["気になる", "considering"], // "caught my eye"
    ["応募予定", "considering"], // "plan to apply": holds 応募
    ["未応募", "considering"], // "not applied": holds 応募
    ["応募", "applied"], // "application": 応募済み, 応募完了
    ["エントリー", "applied"], // "entry": applied through a careers site
    ["書類選考", "applied"], // "document screening": applied, not yet interviewed
    ["書類提出", "applied"], // "documents sent"
    ["面接", "interviewing"], // "interview": 一次面接, 最終面接予定, 一次面接完了
    ["面談", "interviewing"], // "meeting": カジュアル面談
    ["適性検査", "interviewing"], // "aptitude test"
    ["筆記試験", "interviewing"], // "written test"
    ["結果待ち", "interviewing"], // "waiting for the result": after talking to them
    ["選考待ち", "interviewing"], // "waiting for the selection": after the interviews
    ["合格", "interviewing"], // "passed" a stage: on to the next
    ["通過", "interviewing"], // "got through" a stage: 書類通過, 一次面接通過
    ["内定", "offer"], // "offer"
    ["内々定", "offer"], // "informal offer"
    ["オファー", "offer"], // "offer"
    ["内定承諾", "closed"], // "offer accepted": holds 内定; the search is over
    ["入社", "closed"], // "joined the company" (入社予定, joining on a date): the search is over
    ["辞退", "closed"], // "declined": by the applicant, 内定辞退 included
    ["不採用", "closed"], // "not hired"
    ["不合格", "closed"], // "failed": holds 合格
    ["見送り", "closed"], // "passed over": お見送り
    ["落ち", "closed"], // "failed": 書類落ち, 一次面接落ち
    ["連絡なし", "closed"], // "no word"
    ["選考終了", "closed"], // "selection over"
    ["選考中", "open"], // "in selection": the stage is in the dates
    ["進行中", "open"], // "in progress"
  ],
};
