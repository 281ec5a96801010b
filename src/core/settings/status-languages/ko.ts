import type { StatusTable } from "./table";

/**
 * Korean. Found anywhere with spaces ignored (지원완료 is 지원 완료); a phrase that holds another
 * wins over it (불합격 over 합격).
 */
export const KOREAN: StatusTable = {
  language: "Korean",
  matching: "characters",
  words: [
    ["관심", "considering"], // "interest"
    ["지원 예정", "considering"], // "will apply": holds 지원
    ["지원 전", "considering"], // "before applying"
    ["스크랩", "considering"], // "clipped" (saved on a job board)
    ["지원", "applied"], // "applied": 지원 완료, 지원함
    ["서류 검토", "applied"], // "documents under review"
    ["서류 심사", "applied"], // "document screening"
    ["서류 전형", "applied"], // "document stage"
    ["면접", "interviewing"], // "interview": 1차 면접, 최종 면접
    ["인터뷰", "interviewing"], // "interview" (loanword)
    ["코딩 테스트", "interviewing"], // "coding test"
    ["과제", "interviewing"], // "assignment"
    ["인적성", "interviewing"], // "aptitude test"
    ["결과 대기", "interviewing"], // "waiting for the result": after talking to them
    ["서류 합격", "interviewing"], // "passed the documents": holds 합격; interviews next
    ["통과", "interviewing"], // "got through" a stage: 서류 통과
    ["합격", "offer"], // "passed": the final decision, 최종 합격
    ["오퍼", "offer"], // "offer"
    ["처우 협의", "offer"], // "negotiating terms"
    ["불합격", "closed"], // "failed": holds 합격
    ["탈락", "closed"], // "eliminated"
    ["거절", "closed"], // "refused"
    ["포기", "closed"], // "gave up"
    ["지원 취소", "closed"], // "application cancelled": holds 지원
    ["입사", "closed"], // "joined": the search is over
    ["진행 중", "open"], // "in progress": the stage is in the dates
  ],
};
