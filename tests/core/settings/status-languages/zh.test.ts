import { describe } from "vitest";
import { CHINESE } from "../../../../src/core/settings/status-languages/zh";
import { eachPhraseAlone, statusCases } from "./cases";

describe("Chinese status words", () => {
  statusCases([
    ["已投递", "applied"],
    ["已投遞", "applied"],
    ["已申请", "applied"],
    ["简历筛选中", "applied"],
    ["一面", "interviewing"],
    ["二面完成", "interviewing"],
    ["终面", "interviewing"],
    ["面试中", "interviewing"],
    ["笔试", "interviewing"],
    ["一面通过", "interviewing"],
    ["等待结果", "interviewing"],
    ["录用", "offer"],
    ["已录取", "offer"],
    ["拒绝", "closed"],
    ["一面未通过", "closed"], // holds 通过
    ["被拒", "closed"],
    ["收到感谢信", "closed"], // the polite rejection
    ["放弃", "closed"],
    ["感兴趣", "considering"],
    ["待投递", "considering"], // holds 投递
    ["进行中", "open"],
    ["進行中", "open"],
    ["🎉 录用", "offer"],
    ["北京", undefined],
  ]);
  eachPhraseAlone(CHINESE);
});
