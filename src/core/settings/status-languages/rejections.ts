/**
 * Closed words that say the employer turned the applicant down, in every language of the tables
 * (found anywhere in the normalised value, accents folded). When the tool closes an application
 * the user is moving on: it writes the vault's own neutral or withdrawing word (withdrawn, 辞退,
 * zurückgezogen) where the vault has one, never a refusal nobody made.
 */
export const REJECTIONS: readonly string[] = [
  // English
  "reject",
  "denied",
  "unsuccessful",
  "not selected",
  "turned down",
  // German, Dutch
  "absage",
  "abgelehnt",
  "afgewezen",
  "afwijzing",
  // French, Spanish, Portuguese, Italian
  "refus",
  "rejet",
  "non retenu",
  "pas retenu",
  "rechaz",
  "no seleccion",
  "rejeitad",
  "reprovad",
  "recusad",
  "nao selecion",
  "rifiutat",
  "respint",
  "non selezion",
  // Russian
  "отказ",
  "отклон",
  // Japanese, Chinese, Korean
  "落ち",
  "不採用",
  "不合格",
  "見送り",
  "拒绝",
  "拒絕",
  "被拒",
  "未通过",
  "未通過",
  "挂了",
  "掛了",
  "感谢信",
  "感謝信",
  "불합격",
  "탈락",
  "거절",
];
