/** Put my build back, through the controller with plain-object ports: when it is offered, restoring, /att undo. */
import { describe, expect, it } from "vitest";
import { runCommand } from "../../packages/addon-ts/src/commands";
import { BOSS1_CODE, DUNGEON_CODE, inDungeon, inRaid, OPEN_WORLD, talentData } from "./support/core-fixtures";
import { click, controllerSession, labels } from "./support/fake-ports";

const OWN = "OWN_BUILD";
const RESTORE_BUTTONS = ["Restore my build", "Don't ask again", "Not now"];

/** Logged in with the player's own build, the login prompt answered with Keep current. */
function loggedIn() {
  const { world, ui, loadout, controller } = controllerSession(talentData(), { prepare: (w) => (w.active = OWN) });
  world.talentsReadable = true;
  controller.onTalentsReadable();
  click(ui, "dismiss");
  ui.take();
  return { world, ui, loadout, controller };
}

/** In the season dungeon, its build taken from the zone-in prompt. */
function inDungeonWithItsBuild() {
  const s = loggedIn();
  s.world.location = inDungeon();
  s.controller.onZoneChanged();
  click(s.ui, "accept");
  expect(s.world.active).toBe(DUNGEON_CODE);
  s.ui.take();
  return s;
}

describe("restore offer", () => {
  it("after the keystone ends: one prompt, and Restore puts the player's own build back through the apply", () => {
    const { world, ui, controller } = inDungeonWithItsBuild();
    controller.onKeystoneEnd();
    expect(labels(ui)).toEqual(RESTORE_BUTTONS);
    expect(ui.prompt?.text.split("\n")[0]).toBe("Spec250: put your own build back? It was changed for the dungeon Localized Name.");
    click(ui, "accept");
    expect(world.active).toBe(OWN);
    expect(ui.take()).toEqual(["your own build is back."]);
    // Nothing is left to restore, and a second event asks nothing.
    expect(controller.char.restore).toEqual({});
    controller.onKeystoneEnd();
    expect(ui.prompt).toBeUndefined();
  });

  it("after leaving the dungeon (two zone events, one prompt); Not now keeps it for /att undo", () => {
    const { world, ui, controller } = inDungeonWithItsBuild();
    world.location = OPEN_WORLD;
    controller.onZoneChanged();
    expect(labels(ui)).toEqual(RESTORE_BUTTONS);
    click(ui, "dismiss");
    controller.onEnteringWorld(false);
    expect(ui.prompt).toBeUndefined();
    runCommand(controller, "why");
    expect(ui.take()).toContain("/att undo restores your own build from before the dungeon Localized Name (0 talent(s) differ).");
    runCommand(controller, "undo");
    expect(world.active).toBe(OWN);
    expect(ui.take()).toEqual(["your own build is back."]);
  });

  it("raid: only the kill of the boss whose build was applied offers it; the first build of the evening is the one kept", () => {
    const { world, ui, controller } = loggedIn();
    world.location = inRaid();
    controller.onReadyCheck();
    click(ui, "accept");
    expect(world.active).toBe(BOSS1_CODE);
    // Another boss's kill is not the end of the boss build.
    controller.onEncounterEnd(3303, 16, true);
    expect(ui.prompt).toBeUndefined();
    controller.onEncounterEnd(3301, 16, true);
    expect(labels(ui)).toEqual(RESTORE_BUTTONS);
    expect(ui.prompt?.text.split("\n")[0]).toContain("It was changed for the boss Boss 2801.");
    // BOSS_KILL follows ENCOUNTER_END for the same kill: still one prompt.
    ui.prompt = undefined;
    controller.onBossKill(3301);
    expect(ui.prompt).toBeUndefined();
    controller.onEncounterEnd(3301, 16, true);
    expect(ui.prompt).toBeUndefined();
    // Restoring brings back the build from before the boss build: the player's own.
    runCommand(controller, "undo");
    expect(world.active).toBe(OWN);
  });

  it("in combat the restore waits for combat to end, like any apply", () => {
    const { world, ui, loadout, controller } = inDungeonWithItsBuild();
    world.inCombat = true;
    runCommand(controller, "undo");
    expect(ui.take()).toEqual(["in combat: your own build will be restored when combat ends."]);
    expect(world.active).toBe(DUNGEON_CODE);
    loadout.endCombat();
    expect(world.active).toBe(OWN);
    expect(ui.take()).toEqual(["your own build is back."]);
  });

  it("Don't ask again and the setting stop the offer, not /att undo", () => {
    const { world, ui, controller } = inDungeonWithItsBuild();
    controller.onKeystoneEnd();
    click(ui, { label: "Don't ask again" });
    expect(controller.char.suppressed["250:restore"]).toBe(true);
    world.location = OPEN_WORLD;
    controller.onZoneChanged();
    expect(ui.prompt).toBeUndefined();

    const other = inDungeonWithItsBuild();
    other.controller.account.settings.offerRestore = false;
    other.controller.onKeystoneEnd();
    expect(other.ui.prompt).toBeUndefined();
    runCommand(other.controller, "undo");
    expect(other.world.active).toBe(OWN);
  });

  it("an offer clicked after a spec change leaves both specs' talents and the remembered build alone", () => {
    const { world, ui, controller } = inDungeonWithItsBuild();
    controller.onKeystoneEnd();
    expect(labels(ui)).toEqual(RESTORE_BUTTONS);
    const offer = ui.prompt!;
    world.specId = 251;
    world.active = "FROST_OWN";
    offer.choices[0]!.onClick();
    expect(world.active).toBe("FROST_OWN");
    expect(ui.take()).toEqual(["that build belongs to another specialization; switch back to it to restore it."]);
    expect(Object.keys(controller.char.restore)).toEqual(["250"]);
  });

  it("a build the player already put back by hand is forgotten without a prompt", () => {
    const { world, ui, controller } = inDungeonWithItsBuild();
    world.active = OWN;
    controller.onKeystoneEnd();
    expect(ui.prompt).toBeUndefined();
    expect(controller.char.restore).toEqual({});
  });

  it("/att undo with nothing remembered says so; a login build has no offer moment but can be undone", () => {
    const { world, ui, controller } = loggedIn();
    runCommand(controller, "undo");
    expect(ui.take()).toEqual(["nothing to restore: the addon has not changed your talents in this specialization."]);
    runCommand(controller, "check");
    click(ui, "accept");
    expect(world.active).not.toBe(OWN);
    world.location = inDungeon();
    controller.onZoneChanged();
    expect(labels(ui)).not.toEqual(RESTORE_BUTTONS);
    runCommand(controller, "undo");
    expect(world.active).toBe(OWN);
  });
});

describe("restore record", () => {
  it("a character without talents has nothing to put back: the first apply remembers nothing", () => {
    const { ui, controller } = loggedIn();
    // The flow is asked directly with an empty build (what LoadoutManager.currentBuild reads from an empty tree).
    const record = controller.restore.remember(
      { specId: 250, entries: [] },
      { kind: "dungeon", instanceId: 2800, encounterId: "12800", name: "D" },
    );
    expect(record.entries).toEqual([]);
    expect(controller.char.restore).toEqual({});
    runCommand(controller, "undo");
    expect(ui.take()).toEqual(["nothing to restore: the addon has not changed your talents in this specialization."]);
  });
});
