import { describe, expect, it } from "vitest";
import { defaultSettings, SETTINGS_VERSION } from "../../../src/core/settings/settings";
import { loadSettings, migrateSettings } from "../../../src/core/settings/settings-load";

describe("loading settings", () => {
  it("nothing saved gives the defaults", () => {
    expect(loadSettings(undefined)).toEqual({ settings: defaultSettings(), errors: [] });
  });

  it("a partial object fills in the rest from the defaults", () => {
    const { settings, errors } = loadSettings({
      version: 1,
      rules: { staleDays: 45 },
      keys: { status: "Stage-Status" },
    });
    expect(errors).toEqual([]);
    expect(settings.rules).toEqual({ ...defaultSettings().rules, staleDays: 45 });
    expect(settings.keys.status).toBe("Stage-Status");
    expect(settings.keys.company).toBe("company");
  });

  it.each<[unknown, string]>([
    [{ rules: { staleDays: -3 } }, "settings: rules.staleDays must be a whole number from 0 to 3650, not -3"],
    [{ rules: { staleDays: 1.5 } }, "settings: rules.staleDays must be a whole number from 0 to 3650, not 1.5"],
    [{ rules: { stale: 3 } }, "settings: rules.stale is not a setting"],
    [{ colour: "red" }, "settings: colour is not a setting"],
    [{ closedStatuses: "rejected" }, "settings: closedStatuses is not a setting"],
    [{ statuses: { closed: "rejected" } }, 'settings: statuses.closed must be a list of text values, not "rejected"'],
    [{ statuses: { closed: ["Offer"] } }, 'settings: statuses.closed: "Offer" is already in statuses.offer'],
    [{ showStatusBar: "yes" }, 'settings: showStatusBar must be true or false, not "yes"'],
    [{ keys: { status: "" } }, "settings: keys.status must not be empty"],
    [{ keys: { status: "stage" } }, 'settings: keys.status and keys.stage both use the property "stage"'],
    [
      { calendar: { path: "Follow-ups.txt" } },
      'settings: calendar.path must be a file in the vault ending in .ics, not "Follow-ups.txt"',
    ],
    [
      { calendar: { path: "../Follow-ups.ics" } },
      'settings: calendar.path must be a file in the vault ending in .ics, not "../Follow-ups.ics"',
    ],
    [
      { calendar: { path: "/etc/Follow-ups.ics" } },
      'settings: calendar.path must be a file in the vault ending in .ics, not "/etc/Follow-ups.ics"',
    ],
    [{ calendar: { keepCurrent: "on" } }, 'settings: calendar.keepCurrent must be true or false, not "on"'],
    [[1, 2], "settings must be a JSON object"],
  ])("%j is refused: %s", (raw, message) => {
    const { settings, errors } = loadSettings(raw);
    expect(errors).toEqual([message]);
    // A bad value never leaks in, and never resets the other settings.
    expect(settings.rules.staleDays).toBe(30);
  });

  it("a bad value keeps the base value, good values beside it still apply", () => {
    const base = loadSettings({ rules: { moveOnDays: 10 } }).settings;
    const { settings, errors } = loadSettings({ rules: { moveOnDays: -1, lookaheadDays: 14 } }, base, "cfg.json");
    expect(errors).toEqual(["cfg.json: rules.moveOnDays must be a whole number from 0 to 3650, not -1"]);
    expect(settings.rules.moveOnDays).toBe(10);
    expect(settings.rules.lookaheadDays).toBe(14);
  });

  it("the loaded object is a copy: changing it leaves the base alone", () => {
    const base = defaultSettings();
    loadSettings({}, base).settings.statuses.closed.push("x");
    expect(base.statuses.closed).not.toContain("x");
  });
});

describe("migration from version 1: one class per status", () => {
  it.each<[string, Record<string, unknown>, Partial<Record<string, string[]>>]>([
    [
      "the v1 defaults become the v2 defaults, with offer out of closed and applied out of active",
      {
        version: 1,
        closedStatuses: ["offer", "accepted", "rejected", "withdrawn", "closed"],
        activeStatuses: ["scheduled", "waiting", "next round", "applied", "interviewing"],
        preInterviewStatuses: ["applied"],
        offerStatuses: ["offer"],
      },
      {
        offer: ["offer"],
        applied: ["applied"],
        closed: ["accepted", "rejected", "withdrawn", "closed"],
        interviewing: ["scheduled", "waiting", "next round", "interviewing"],
      },
    ],
    [
      "a status v1 closed stays closed, though the defaults call it interviewing",
      { version: 1, closedStatuses: ["waiting"] },
      { closed: ["waiting"], interviewing: ["scheduled", "interviewing", "next round", "under review"] },
    ],
    [
      "a hand-written config with no version is read as v1 by its shape",
      { activeStatuses: ["on hold"] },
      { interviewing: ["on hold"] },
    ],
  ])("%s", (_, v1, expected) => {
    const { settings, errors } = loadSettings(v1);
    expect(errors).toEqual([]);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.statuses).toMatchObject(expected);
  });
});

describe("migration", () => {
  // The pre-release layout: flat `<field>Key` names, flat durations, closed statuses as one string.
  const v0 = {
    interviewDateKey: "Interview-Date",
    companyKey: "Employer",
    staleDays: 21,
    closedStatuses: "rejected, ghosted ,",
    typeValue: "job-interview",
    myName: "Alex Kim",
  };

  it("takes version 0 to the current version", () => {
    const migrated = migrateSettings(v0);
    expect(migrated).toEqual({
      version: SETTINGS_VERSION,
      keys: { interviewDate: "Interview-Date", company: "Employer" },
      rules: { staleDays: 21 },
      // The statuses it names keep their v1 meaning; the other classes keep their defaults.
      statuses: { ...defaultSettings().statuses, offer: ["offer"], closed: ["rejected", "ghosted"] },
      typeValue: "job-interview",
      myName: "Alex Kim",
    });
  });

  it("migrated settings load without errors and keep every value", () => {
    const { settings, errors } = loadSettings(v0);
    expect(errors).toEqual([]);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.keys.interviewDate).toBe("Interview-Date");
    expect(settings.rules.staleDays).toBe(21);
    expect(settings.statuses.closed).toEqual(["rejected", "ghosted"]);
    expect(settings.myName).toBe("Alex Kim");
  });

  it("current settings pass through unchanged", () => {
    const current = { ...defaultSettings(), myName: "Alex" };
    expect(migrateSettings(current)).toEqual(current);
  });

  it("saving and loading again is the identity", () => {
    const s = loadSettings(v0).settings;
    expect(loadSettings(JSON.parse(JSON.stringify(s))).settings).toEqual(s);
  });
});

describe("migration from version 2: the daily nudge", () => {
  it("the startup notice gives way to the daily nudge, on, in saved settings and hand-written ones", () => {
    for (const raw of [{ version: 2, startupNotice: false, myName: "Alex" }, { startupNotice: true }]) {
      const { settings, errors } = loadSettings(raw);
      expect(errors).toEqual([]);
      expect(settings.version).toBe(SETTINGS_VERSION);
      expect(settings.dailyNudge).toBe(true);
      expect("startupNotice" in settings).toBe(false);
    }
  });
});
