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
    // The status list of a public Chinese job-search vault (shui-dun/minitools, job/job.md).
    ["待测评", "interviewing"],
    ["待笔试", "interviewing"],
    ["待AI面", "interviewing"],
    ["待1面", "interviewing"],
    ["待2面", "interviewing"],
    ["待HR面", "interviewing"],
    ["待offer", "interviewing"], // awaiting the offer: the English word inside is read in Chinese
    ["offer", "offer"],
    ["拿到offer", "offer"], // no Chinese phrase holds it: the English word says it
    ["再说", "considering"],
    ["不投", "closed"],
    ["待发通知", "open"],
    ["北京", undefined],
  ]);
  eachPhraseAlone(CHINESE);
});
