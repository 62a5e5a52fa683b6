import { describe, expect, it } from "vitest";
import { locate } from "../../packages/addon-ts/src/core/context";
import { specBuilds } from "../../packages/addon-ts/src/core/data";
import { decide, type DecisionInput } from "../../packages/addon-ts/src/core/decision";
import { killKey } from "../../packages/addon-ts/src/core/next-boss";
import { DEFAULT_SETTINGS } from "../../packages/addon-ts/src/core/settings";
import { BOSS1_CODE, decisionInput, DUNGEON_CODE, inDungeon, inRaid, MPLUS_CODE, RAID_CODE, talentData } from "./support/core-fixtures";

const data = talentData();

function input(overrides: Partial<DecisionInput> = {}): DecisionInput {
  return decisionInput(data, overrides);
}

const codes = (d: ReturnType<typeof decide>): string[] => d.offers.map((o) => o.build.talentCode ?? "");

describe("the prompt decision", () => {
  it("offers both general builds at login when the talents match neither", () => {
    const d = decide(input());
    expect(d).toMatchObject({ action: "prompt", reason: "prompt", key: "250:general" });
    expect(codes(d)).toEqual([RAID_CODE, MPLUS_CODE]);
  });

  it("offers one build, not two identical buttons, when the raid and Mythic+ builds are the same", () => {
    const spec = specBuilds(data, 250)!;
    // Mythic+'s general slot points at the raid general build (build 0 of the spec's pool).
    const same = {
      ...spec,
      mythicplus: { ...spec.mythicplus!, general: { top: { build: 0, count: 18, near: 18, sampleSize: 60, players: 60 } } },
    };
    const d = decide(input({ spec: same }));
    expect(d).toMatchObject({ action: "prompt", reason: "prompt" });
    expect(codes(d)).toEqual([RAID_CODE]);
    expect(d.offers[0]!.content).toBe("raid");
  });

  it("stays quiet when the active talents already match one of them", () => {
    const d = decide(input({ isActive: (b) => b.talentCode === MPLUS_CODE }));
    expect(d).toMatchObject({ action: "none", reason: "matching" });
    expect(d.matched?.build.talentCode).toBe(MPLUS_CODE);
  });

  it("offers the dungeon's own build in a season dungeon", () => {
    const d = decide(input({ trigger: "zone", context: locate(data, inDungeon(), {}) }));
    expect(d).toMatchObject({ action: "prompt", key: "250:dungeon:12800" });
    expect(codes(d)).toEqual([DUNGEON_CODE]);
    expect(d.offers[0]!.fallback).toBe(false);
  });

  it("falls back to the general Mythic+ build for a dungeon without its own build", () => {
    const d = decide(input({ trigger: "zone", context: locate(data, inDungeon(1713), {}) }));
    expect(codes(d)).toEqual([MPLUS_CODE]);
    expect(d.offers[0]!.fallback).toBe(true);
  });

  it("offers the next boss's build at a ready check, and the general raid build for a thin or missing one", () => {
    const first = decide(input({ trigger: "readycheck", context: locate(data, inRaid(), {}) }));
    expect(codes(first)).toEqual([BOSS1_CODE]);
    const kills = { [killKey(16, 3301)]: true, [killKey(16, 3303)]: true };
    const third = decide(input({ trigger: "readycheck", context: locate(data, inRaid(), kills) }));
    expect(third.key).toBe("250:raid:3305");
    expect(codes(third)).toEqual([RAID_CODE]);
    expect(third.offers[0]!.fallback).toBe(true);
    kills[killKey(16, 3305)] = true;
    const fourth = decide(input({ trigger: "readycheck", context: locate(data, inRaid(), kills) }));
    expect(codes(fourth)).toEqual([RAID_CODE]);
    kills[killKey(16, 3307)] = true;
    expect(decide(input({ trigger: "readycheck", context: locate(data, inRaid(), kills) }))).toMatchObject({
      action: "none",
      reason: "allKilled",
    });
  });

  it("offers nothing during a keystone", () => {
    expect(decide(input({ trigger: "zone", context: locate(data, inDungeon(2800, 8, true), {}) }))).toMatchObject({
      action: "none",
      reason: "keystone",
    });
  });

  it("honours 'don't ask again' per spec and context", () => {
    const context = locate(data, inDungeon(), {});
    const d = decide(input({ trigger: "zone", context, suppressed: (key) => key === "250:dungeon:12800" }));
    expect(d).toMatchObject({ action: "none", reason: "suppressed" });
    expect(
      decide(
        input({ trigger: "zone", context, specId: 251, spec: specBuilds(data, 250), suppressed: (key) => key === "250:dungeon:12800" }),
      ).action,
    ).toBe("prompt");
  });

  it("does not prompt the same context twice in a row, except on /att check", () => {
    const context = locate(data, inDungeon(), {});
    expect(decide(input({ trigger: "zone", context, lastPromptKey: "250:dungeon:12800" })).reason).toBe("sameContext");
    expect(decide(input({ trigger: "manual", context, lastPromptKey: "250:dungeon:12800" })).reason).toBe("prompt");
    expect(decide(input({ trigger: "zone", context, lastPromptKey: "250:general" })).reason).toBe("prompt");
  });

  it("after a /reload stays quiet once the session's login check ran; a login, a spec change and don't-ask-again still count", () => {
    expect(decide(input({ trigger: "reload", loginCheckedThisSession: true })).reason).toBe("reloaded");
    // A reload before the login check ever ran (talents were not readable yet) is the login check.
    expect(decide(input({ trigger: "reload", loginCheckedThisSession: false })).reason).toBe("prompt");
    expect(decide(input({ trigger: "login", loginCheckedThisSession: true })).reason).toBe("prompt");
    expect(decide(input({ trigger: "spec", loginCheckedThisSession: true })).reason).toBe("prompt");
    expect(decide(input({ trigger: "reload", loginCheckedThisSession: true, suppressed: () => true })).reason).toBe("suppressed");
    expect(decide(input({ trigger: "reload", loginCheckedThisSession: true, isActive: () => true })).reason).toBe("matching");
  });

  it("auto-applies single builds when allowed, and prompts instead in combat or an encounter", () => {
    const settings = { ...DEFAULT_SETTINGS, autoApply: true };
    const context = locate(data, inRaid(), {});
    expect(decide(input({ trigger: "readycheck", context, settings })).action).toBe("autoApply");
    const inCombat = decide(input({ trigger: "readycheck", context, settings, activeBlocker: () => "combat" }));
    expect(inCombat).toMatchObject({ action: "prompt", notes: ["autoBlocked"] });
    const encounter = decide(input({ trigger: "readycheck", context, settings, activeBlocker: () => "encounter" }));
    expect(encounter.action).toBe("prompt");
    // The general prompt is a choice between two builds: never automatic.
    expect(decide(input({ settings })).action).toBe("prompt");
  });

  it("respects the settings toggles, with /att check overriding the per-prompt ones", () => {
    expect(decide(input({ settings: { ...DEFAULT_SETTINGS, enabled: false } })).reason).toBe("disabled");
    expect(decide(input({ trigger: "manual", settings: { ...DEFAULT_SETTINGS, enabled: false } })).reason).toBe("disabled");
    expect(decide(input({ settings: { ...DEFAULT_SETTINGS, promptOnLogin: false } })).reason).toBe("triggerOff");
    expect(decide(input({ trigger: "manual", settings: { ...DEFAULT_SETTINGS, promptOnLogin: false } })).reason).toBe("prompt");
    const dungeon = locate(data, inDungeon(), {});
    expect(decide(input({ trigger: "zone", context: dungeon, settings: { ...DEFAULT_SETTINGS, promptInDungeons: false } })).reason).toBe(
      "triggerOff",
    );
    const raid = locate(data, inRaid(), {});
    expect(
      decide(input({ trigger: "readycheck", context: raid, settings: { ...DEFAULT_SETTINGS, promptOnReadyCheck: false } })).reason,
    ).toBe("triggerOff");
  });

  it("explains missing spec, data and builds", () => {
    expect(decide(input({ specId: undefined })).reason).toBe("noSpec");
    expect(decide(input({ dataUsable: false, spec: undefined })).reason).toBe("dataUnusable");
    expect(decide(input({ spec: undefined })).reason).toBe("noSpecData");
    const spec = specBuilds(data, 250)!;
    const empty = {
      ...spec,
      raid: { mythic: { ...spec.raid.mythic!, general: null } },
      mythicplus: { ...spec.mythicplus!, general: null },
    };
    expect(decide(input({ spec: empty })).reason).toBe("noBuild");
    expect(decide(input({ dataStale: true })).notes).toEqual(["stale"]);
  });
});
