import { describe, expect, it } from "vitest";
import { replyOptions, replyStatusChoices } from "../../../src/core/editing/choices";
import { defaultSettings } from "../../../src/core/settings/settings";
import { loadSettings } from "../../../src/core/settings/settings-load";

describe("what a reply writes", () => {
  it.each<[string, Record<string, unknown>, string[]]>([
    ["the default schema", {}, ["next round", "offer", "rejected"]],
    [
      "a mapped vault: its own words",
      {
        statuses: { interviewing: ["Interview", "Under_Review"], offer: ["Offered"], closed: ["No-Go", "rejected"] },
        writeStatuses: { interviewing: "Interview", offer: "Offered", closed: "No-Go" },
      },
      ["Interview", "Offered", "No-Go"],
    ],
    [
      "emoji spellings, without written-as words: the listed spelling",
      {
        statuses: { interviewing: ["3. 📞 Interview", "📅 Next round"], offer: ["🎉 Offer"], closed: ["❌ Rejected"] },
      },
      ["📅 Next round", "🎉 Offer", "❌ Rejected"],
    ],
    [
      "closing writes the vault's withdrawing word; a refusal still writes its refusal word",
      {
        statuses: { closed: ["Withdrawn", "Denied"] },
        writeStatuses: { closed: "Withdrawn" },
      },
      ["next round", "offer", "Denied"],
    ],
    [
      "a vault with no refusal word of its own: its closed word, never one it does not use",
      { statuses: { closed: ["Discarded", "rejected"] }, writeStatuses: { closed: "Discarded" } },
      ["next round", "offer", "Discarded"],
    ],
  ])("%s", (_, config, expected) => {
    const { settings, errors } = loadSettings(config);
    expect(errors).toEqual([]);
    expect(replyOptions(settings).map((o) => o.status)).toEqual(expected);
  });

  it("the statuses a reply may set: the options first, never a considering one, each once", () => {
    const settings = defaultSettings();
    const choices = replyStatusChoices(settings);
    expect(choices.slice(0, 3)).toEqual(["next round", "offer", "rejected"]);
    expect(new Set(choices).size).toBe(choices.length);
    for (const s of settings.statuses.considering) expect(choices).not.toContain(s);
  });
});
