import type { StatusTable } from "./table";

/**
 * Chinese, simplified and traditional. Found anywhere in the value; a phrase that holds another
 * wins over it (未通过 over 通过).
 */
export const CHINESE: StatusTable = {
  language: "Chinese",
  matching: "characters",
  words: [
    ["感兴趣", "considering"], // "interested"
    ["感興趣", "considering"], // the same, traditional
    ["待投递", "considering"], // "to send": not applied yet
    ["待投遞", "considering"], // the same, traditional
    ["待申请", "considering"], // "to apply"
    ["待申請", "considering"], // the same, traditional
    ["收藏", "considering"], // "saved"
    ["再说", "considering"], // "we'll see": not applied, not ruled out
    ["投递", "applied"], // "sent": 已投递
    ["投遞", "applied"], // the same, traditional
    ["申请", "applied"], // "applied": 已申请
    ["申請", "applied"], // the same, traditional
    ["简历筛选", "applied"], // "résumé screening": applied, not yet interviewed
    ["簡歷篩選", "applied"], // the same, traditional
    ["面试", "interviewing"], // "interview": 一面, 二面 are written with it too (一面试)
    ["面試", "interviewing"], // the same, traditional
    ["一面", "interviewing"], // "first round"
    ["二面", "interviewing"], // "second round"
    ["三面", "interviewing"], // "third round"
    ["1面", "interviewing"], // "round 1", as 待1面 (awaiting round 1)
    ["2面", "interviewing"], // "round 2"
    ["3面", "interviewing"], // "round 3"
    ["hr面", "interviewing"], // "the HR round"
    ["ai面", "interviewing"], // "the AI-led interview"
    ["待offer", "interviewing"], // "awaiting the offer": after the interviews, holds "offer"
    ["终面", "interviewing"], // "final round"
    ["終面", "interviewing"], // the same, traditional
    ["笔试", "interviewing"], // "written test"
    ["筆試", "interviewing"], // the same, traditional
    ["测评", "interviewing"], // "assessment"
    ["測評", "interviewing"], // the same, traditional
    ["等待结果", "interviewing"], // "waiting for the result": after talking to them
    ["等待結果", "interviewing"], // the same, traditional
    ["通过", "interviewing"], // "passed" a stage
    ["通過", "interviewing"], // the same, traditional
    ["录用", "offer"], // "hired" as the employer says it: the offer
    ["錄用", "offer"], // the same, traditional
    ["录取", "offer"], // "admitted"
    ["錄取", "offer"], // the same, traditional
    ["意向书", "offer"], // "letter of intent"
    ["意向書", "offer"], // the same, traditional
    ["拒绝", "closed"], // "rejected"
    ["拒絕", "closed"], // the same, traditional
    ["被拒", "closed"], // "was rejected"
    ["未通过", "closed"], // "did not pass": holds 通过
    ["未通過", "closed"], // the same, traditional
    ["挂了", "closed"], // "failed" (colloquial)
    ["掛了", "closed"], // the same, traditional
    ["放弃", "closed"], // "gave up"
    ["不投", "closed"], // "won't apply": decided against it
    ["放棄", "closed"], // the same, traditional
    ["感谢信", "closed"], // "thank-you letter": the polite rejection
    ["感謝信", "closed"], // the same, traditional
    ["已入职", "closed"], // "joined": the search is over
    ["已入職", "closed"], // the same, traditional
    ["无回复", "closed"], // "no reply"
    ["無回覆", "closed"], // the same, traditional
    ["待发通知", "open"], // "awaiting word": sent, the stage is in the dates
    ["进行中", "open"], // "in progress": the stage is in the dates
    ["進行中", "open"], // the same, traditional
  ],
};
