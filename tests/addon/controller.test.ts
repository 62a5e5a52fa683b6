/** The controller's flow with plain-object ports: triggers, prompts, buttons, suppressions, warnings, commands. */
import { describe, expect, it } from "vitest";
import { packSpec } from "@att/contract";
import { runCommand } from "../../packages/addon-ts/src/commands";
import { killKey } from "../../packages/addon-ts/src/core/next-boss";
import { LoadoutManager } from "../../packages/addon-ts/src/loadout/manager";
import { enUS } from "../../packages/addon-ts/src/locale/enUS";
import { BUILD_A, FakeClient } from "./loadout-fake-client";
import {
  BOSS1_CODE,
  DUNGEON_CODE,
  inDungeon,
  inRaid,
  MPLUS_CODE,
  RAID_BOSSES,
  RAID_CODE,
  talentData,
  boss,
  spec250,
} from "./support/core-fixtures";
import { click, controllerSession, labels, fakeBlockers, fakeWorld } from "./support/fake-ports";

/**
 * A new UI session over `data` and saved character data (none by default); its first PLAYER_ENTERING_WORLD is a
 * real login (before talents are readable) unless `isReloadingUi`.
 */
function setup(data: unknown = talentData(), char: unknown = undefined, isReloadingUi = false) {
  return controllerSession(data, { char, isReloadingUi });
}

/** A new UI session over saved character data; its first PLAYER_ENTERING_WORLD is a /reload or a real login. */
function setupWith(char: unknown, isReloadingUi: boolean) {
  return setup(talentData(), char, isReloadingUi);
}

function loggedIn(data?: unknown) {
  const s = setup(data);
  s.world.talentsReadable = true;
  s.controller.onTalentsReadable();
  return s;
}

describe("controller", () => {
  it("waits for readable talents, then shows one login popup; Raid build applies it", () => {
    const { world, ui, controller } = setup();
    controller.onEnteringWorld();
    expect(ui.prompts).toBe(0);
    world.talentsReadable = true;
    controller.onTalentsReadable();
    controller.onTalentsReadable();
    controller.onEnteringWorld();
    expect(ui.prompts).toBe(1);
    expect(ui.prompt?.text).toContain("Raid: 42 % of 50 top Mythic players within 2 talents, 42 % exact");
    expect(labels(ui)).toEqual(["Raid build", "Mythic+ build", "Don't ask again", "Keep current"]);
    click(ui, "accept");
    expect(world.active).toBe(RAID_CODE);
    expect(ui.take()).toEqual(["Raid build applied."]);
  });

  it("Mythic+ build and Keep current do what they say", () => {
    const a = loggedIn();
    click(a.ui, "alternative");
    expect(a.world.active).toBe(MPLUS_CODE);
    const b = loggedIn();
    click(b.ui, "dismiss");
    expect(b.world.active).toBe("OTHER");
  });

  it("does not prompt when the talents already match, and prompts again after a spec change", () => {
    const s = setup();
    s.world.active = MPLUS_CODE;
    s.world.talentsReadable = true;
    s.controller.onTalentsReadable();
    expect(s.ui.prompts).toBe(0);
    expect(s.controller.lastDecision?.reason).toBe("matching");
    s.world.specId = 251;
    const data = talentData();
    (data.specs as Record<string, unknown>)["251"] = packSpec({ ...spec250(), specId: 251 });
    const t = setup(data);
    t.world.talentsReadable = true;
    t.world.active = MPLUS_CODE;
    t.controller.onTalentsReadable();
    t.world.specId = 251;
    t.world.active = "SOMETHING";
    t.controller.onSpecChanged();
    expect(t.ui.prompts).toBe(1);
    expect(t.controller.lastDecision?.key).toBe("251:general");
  });

  it("offers the dungeon build once on entering, and takes it away when the keystone starts", () => {
    const { world, ui, controller } = loggedIn();
    click(ui, "dismiss");
    world.location = inDungeon(2800, 8);
    controller.onEnteringWorld();
    controller.onZoneChanged();
    expect(ui.prompts).toBe(2);
    expect(ui.prompt?.text).toContain("top Localized Name build");
    expect(controller.lastDecision?.reason).toBe("prompt");
    world.location = inDungeon(2800, 8, true);
    controller.onKeystoneStart();
    expect(ui.prompt).toBeUndefined();
    controller.onZoneChanged();
    expect(ui.prompts).toBe(2);
    expect(controller.lastDecision?.reason).toBe("keystone");
  });

  it("'Don't ask again' suppresses per spec and context until /att reset", () => {
    const { world, ui, controller } = loggedIn();
    click(ui, "dismiss");
    world.location = inDungeon();
    controller.onZoneChanged();
    click(ui, "alternative");
    expect(controller.char.suppressed).toEqual({ "250:dungeon:12800": true });
    expect(ui.take()).toContain("will not ask again for this (250:dungeon:12800). /att reset undoes it.");
    runCommand(controller, "check");
    expect(ui.prompt).toBeUndefined();
    expect(ui.take()).toContain('not prompted: "don\'t ask again" was chosen for this context');
    runCommand(controller, "reset");
    expect(ui.take()).toEqual(['cleared 1 "don\'t ask again" choice(s).']);
    runCommand(controller, "check");
    expect(ui.prompt?.text).toContain("Mythic+: 50 % of 60 top Mythic+ players within 2 talents, 50 % exact");
  });

  it("works out the next boss from kills at a ready check, keeps it after a wipe, and stops after the last", () => {
    const { world, ui, controller, loadout } = loggedIn();
    click(ui, "dismiss");
    world.location = inRaid();
    controller.onReadyCheck();
    expect(controller.lastDecision?.key).toBe("250:raid:3301");
    click(ui, "accept");
    expect(world.active).toBe(BOSS1_CODE);
    controller.onEncounterEnd(3301, 16, true);
    controller.onEncounterEnd(3303, 16, true);
    controller.onReadyCheck();
    expect(controller.lastDecision?.key).toBe("250:raid:3305");
    expect(ui.prompt?.text).toContain("general raid build offered");
    click(ui, "dismiss");
    controller.onEncounterEnd(3305, 16, false);
    controller.onReadyCheck();
    expect(controller.lastDecision).toMatchObject({ key: "250:raid:3305", reason: "sameContext" });
    world.inCombat = true;
    controller.onEncounterEnd(3305, 16, true);
    controller.onReadyCheck();
    expect(controller.lastDecision?.key).toBe("250:raid:3307");
    click(ui, "accept");
    expect(ui.take()).toContain("in combat: the Raid build is queued and will be applied when combat ends.");
    loadout.endCombat();
    expect(world.active).toBe(RAID_CODE);
    controller.onEncounterEnd(3307, 16, true);
    // The last boss's build was the addon's: its kill offers the player's own build back, and nothing else comes.
    expect(labels(ui)).toEqual(["Restore my build", "Don't ask again", "Not now"]);
    click(ui, "dismiss");
    controller.onReadyCheck();
    expect(controller.lastDecision?.reason).toBe("allKilled");
    expect(ui.prompt).toBeUndefined();
  });

  it("counts raid-lock kills and BOSS_KILL, and ignores ready checks outside the season raid", () => {
    const { world, ui, controller } = loggedIn();
    click(ui, "dismiss");
    world.location = inRaid([boss(2801, 3301, { completeInLock: true }), ...RAID_BOSSES.slice(1)]);
    controller.onBossKill(3303);
    controller.onReadyCheck();
    expect(controller.lastDecision?.key).toBe("250:raid:3305");
    const before = controller.lastDecision;
    world.location = inRaid([boss(2629, 3129)]);
    controller.onReadyCheck();
    expect(controller.lastDecision).toBe(before);
    expect(killKey(16, 3303)).toBe("16:3303");
  });

  it("says once per session when the data is stale, unusable or lacks the spec", () => {
    const stale = setup();
    stale.world.now += 30 * 86400;
    stale.world.talentsReadable = true;
    stale.controller.onTalentsReadable();
    stale.controller.check("manual");
    expect(stale.ui.take().filter((l) => l.includes("days old"))).toEqual([
      "the talent data is 38 days old (from 2026-03-02); builds may be out of date.",
    ]);
    expect(stale.ui.prompts).toBeGreaterThan(0);

    const foreign = loggedIn({ ...talentData(), schemaVersion: 99 });
    foreign.controller.check("manual");
    expect(foreign.ui.take().filter((l) => l.includes("format version"))).toHaveLength(1);
    expect(foreign.ui.prompts).toBe(0);

    const noSpec = setup();
    noSpec.world.specId = 577;
    noSpec.world.talentsReadable = true;
    noSpec.controller.onTalentsReadable();
    expect(noSpec.ui.prompts).toBe(0);
    expect(noSpec.ui.take()).toEqual(["no talent data for your specialization (577); nothing will be offered."]);
    runCommand(noSpec.controller, "status");
    expect(noSpec.ui.take()).toContain("no talent data for your specialization (577); nothing will be offered.");
  });

  it("auto-applies boss builds when enabled, but not in combat", () => {
    const { world, ui, controller } = loggedIn();
    click(ui, "dismiss");
    controller.account.settings.autoApply = true;
    world.location = inRaid();
    controller.onReadyCheck();
    expect(ui.prompt).toBeUndefined();
    expect(world.active).toBe(BOSS1_CODE);
    expect(ui.take()).toEqual(["Raid build applied."]);
    controller.onEncounterEnd(3301, 16, true);
    world.inCombat = true;
    controller.onReadyCheck();
    expect(ui.prompt).toBeDefined();
  });

  it("asks the one blocker list the LoadoutManager asks: any active blocker (also cannot-edit) stops auto-apply", () => {
    for (const block of ["keystone", "encounter", "combat", "cannot-edit"] as const) {
      const { world, ui, controller } = loggedIn();
      click(ui, "dismiss");
      controller.account.settings.autoApply = true;
      world.location = inRaid();
      if (block === "keystone") world.location = { ...world.location, keystoneActive: true };
      if (block === "encounter") world.inEncounter = true;
      if (block === "combat") world.inCombat = true;
      if (block === "cannot-edit") world.cannotEdit = true;
      controller.onReadyCheck();
      expect(controller.lastDecision, block).toMatchObject({ action: "prompt", notes: ["autoBlocked"] });
      expect(world.active, block).toBe("OTHER");
    }
    // The manager refuses with the same objects: a cannot-edit blocker the old booleans never saw.
    const world = fakeWorld();
    const blockers = fakeBlockers(world);
    world.cannotEdit = true;
    const client = new FakeClient();
    const manager = new LoadoutManager(client, blockers);
    const results: string[] = [];
    expect(manager.apply(BUILD_A, (r) => results.push(r.reason))).toBe("done");
    expect(results).toEqual(["cannot-edit"]);
  });

  it("a /reload (isReloadingUi) does not prompt again once the session's login check ran; a real login does", () => {
    const first = loggedIn();
    expect(first.ui.prompts).toBe(1);
    click(first.ui, "dismiss");
    expect(first.controller.char.loginChecked).toBe(true);
    // /reload: a new Lua state; the SavedVariables (with the flag) come back at ADDON_LOADED.
    const saved = first.controller.char;
    const reloaded = setupWith(saved, true);
    reloaded.world.talentsReadable = true;
    reloaded.controller.onTalentsReadable();
    expect(reloaded.ui.prompts).toBe(0);
    expect(reloaded.controller.lastDecision).toMatchObject({ trigger: "reload", reason: "reloaded" });
    // Later zone events of the same UI session (isReloadingUi false) are zone checks, not logins.
    reloaded.controller.onEnteringWorld(false);
    expect(reloaded.controller.lastDecision?.trigger).toBe("reload");
    // A spec change still asks.
    reloaded.controller.onSpecChanged();
    expect(reloaded.ui.prompts).toBe(1);
    // A real login (isReloadingUi false on the first PLAYER_ENTERING_WORLD) starts a new session: it prompts.
    const relogged = setupWith(saved, false);
    relogged.world.talentsReadable = true;
    relogged.controller.onTalentsReadable();
    expect(relogged.ui.prompts).toBe(1);
    expect(relogged.controller.lastDecision?.trigger).toBe("login");
  });

  it("a /reload before the login check ran (talents not readable yet) still runs it", () => {
    const fresh = setupWith(undefined, true);
    fresh.world.talentsReadable = true;
    fresh.controller.onTalentsReadable();
    expect(fresh.ui.prompts).toBe(1);
  });

  it("answers every /att command", () => {
    const { world, ui, controller } = loggedIn();
    click(ui, "dismiss");
    ui.take();
    runCommand(controller, "");
    expect(ui.take()).toEqual([...enUS.HELP]);
    world.location = inDungeon();
    runCommand(controller, "status");
    expect(ui.take()).toEqual([
      "specialization: Spec250 (250)",
      "SAMPLE DATA: this build of the addon carries synthetic builds, not real rankings.",
      "data: 2026-03-02, 1 specializations, format 3",
      "Raid: 42 % of 50 top Mythic players within 2 talents, 42 % exact",
      "Mythic+: 30 % of 60 top Mythic+ players within 2 talents, 30 % exact",
      "Mythic+: 50 % of 60 top Mythic+ players within 2 talents, 50 % exact",
      "active talents match: none of the offered builds",
      "context: dungeon Localized Name (2800)",
      '"don\'t ask again" choices: -',
    ]);
    runCommand(controller, "why");
    expect(ui.take()).toEqual([
      "last decision (login):",
      "context: general (login / specialization change)",
      "build: Raid: 42 % of 50 top Mythic players within 2 talents, 42 % exact",
      "build: Mythic+: 30 % of 60 top Mythic+ players within 2 talents, 30 % exact",
      "prompted",
    ]);
    runCommand(controller, "export");
    expect(ui.take()).toEqual(["Raid build: RAIDGENERAL", "Mythic+ build: MPLUSGENERAL", "Mythic+ build: DUNGEON2800"]);
    runCommand(controller, "config");
    expect(ui.settingsOpened).toBe(1);
    world.active = DUNGEON_CODE;
    runCommand(controller, "check");
    expect(ui.take()).toEqual([
      "last decision (/att check):",
      "context: dungeon Localized Name (2800)",
      "build: Mythic+: 50 % of 60 top Mythic+ players within 2 talents, 50 % exact",
      "not prompted: the active talents already match the Mythic+ build",
    ]);
  });

  it("prints each decision in debug mode, and nothing extra otherwise", () => {
    const { ui, controller } = loggedIn();
    expect(ui.take()).toEqual([]);
    controller.account.settings.debug = true;
    controller.check("manual");
    expect(ui.take()).toEqual(["[debug] manual: prompt (250:general)"]);
  });
});
