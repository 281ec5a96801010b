import { describe } from "vitest";
import { KOREAN } from "../../../../src/core/settings/status-languages/ko";
import { eachPhraseAlone, statusCases } from "./cases";

describe("Korean status words", () => {
  statusCases([
    ["지원 완료", "applied"],
    ["지원완료", "applied"], // the same without the space
    ["서류 검토중", "applied"],
    ["1차 면접", "interviewing"],
    ["최종 면접", "interviewing"],
    ["코딩테스트", "interviewing"],
    ["서류 합격", "interviewing"], // passed the documents: holds 합격, interviews next
    ["결과 대기", "interviewing"],
    ["최종 합격", "offer"],
    ["합격", "offer"],
    ["불합격", "closed"], // holds 합격
    ["서류 탈락", "closed"],
    ["지원 취소", "closed"], // holds 지원
    ["포기", "closed"],
    ["관심", "considering"],
    ["지원 예정", "considering"], // holds 지원
    ["지원예정", "considering"],
    ["진행중", "open"],
    ["진행 중", "open"],
    ["서류 통과", "interviewing"],
    ["서울", undefined],
  ]);
  eachPhraseAlone(KOREAN);
});
