/**
 * The driver's handle on the sim (WowSim.control): every action a test takes and every observation it reads.
 * Arguments arrive as Lua literals built by tests/wow-sim/driver.ts; results go back through the harness's JSON.
 */
import type { ClassTreeDef } from "./talents/tree-types";
import { actionList, cursorContents, isActiveTalentSpell, setActionSlot, type ActionSlot } from "./action-bars";
import { setAddonMetadata } from "./addons";
import { setLocale } from "./client";
import { advance } from "./clock";
import { enterCombat, leaveCombat } from "./combat";
import { encounterEnd, encounterStart, readyCheck, setKilled } from "./encounters";
import { recordError, safeCall } from "./errors";
import { fire } from "./events";
import { completeKeystone, difficultyName, setMapFloor, startKeystone, travel } from "./instances";
import { setArrivalProgress } from "./encounters";
import { showAdventureGuide } from "./journal";
import { buttonLabel, clickButton, pressEscape } from "./popups";
import { serializeGlobals, serializeValue } from "./saved-variables";
import { setSettingValue } from "./settings";
import { runSlash } from "./slash";
import { changeSpec } from "./specs";
import { sim, type Character, type JournalInstance, type Location, type PersistentState, type SimOptions } from "./state";
import { activeConfig, configIdForSpec, ensureConfig, setCommitted } from "./talents/configs";
import { exportSlots, importCode } from "./talents/loadout";
import { setTree } from "./talents/tree";
import { addSavedLoadout, dropdownText, savedLoadout } from "./talents/saved-loadouts";
import { activeSubTree } from "./talents/rules";
import { allFrames, pressKey, tooltip, type SimFrame } from "./frames";
import { getGlobal } from "./globals";

/** A visible top-level frame of an addon and its visible buttons, as the player sees it. */
function frameView(frame: SimFrame) {
  const buttons = allFrames.filter((f) => f.kind === "Button" && f.parent === frame && f.isVisible()).map((f) => f.GetText() ?? "");
  return {
    name: frame.name ?? "",
    text: frame.visibleText(),
    buttons,
    movable: frame.movable,
    mouse: frame.mouse,
    keyboard: frame.keyboard,
    moved: frame.moved,
  };
}

function shownFrame(name: string): SimFrame {
  const frame = allFrames.find((f) => f.name === name && f.isVisible());
  if (frame === undefined) error(`WowSim: no visible frame ${name}`, 2);
  return frame;
}
import { addonLoaded, enterWorld, loadTalents, logout, persistentState, restorePersistentState } from "./world";

export interface SetupInput {
  tree: ClassTreeDef;
  character: Character;
  options?: Partial<SimOptions>;
  journal?: JournalInstance[];
  locale?: string;
  serverTime?: number;
  /** Loadout strings committed before login, per spec. */
  builds?: { specId: number; code: string }[];
}

export interface InstanceInput {
  instanceId: number;
  name: string;
  instanceType: Location["instanceType"];
  difficultyId: number;
  maxPlayers?: number;
  mapId: number;
  challengeMapId?: number;
  /** DungeonEncounter IDs the group killed before the player came in; default: the player's own lock here. */
  defeated?: number[];
}

/** Setup of a fresh session; returns an error message when a starting build is not legal on the tree. */
function setup(input: SetupInput): string | undefined {
  setTree(input.tree);
  sim.character = input.character;
  if (input.options !== undefined) {
    for (const [key, value] of pairs(input.options)) (sim.options as unknown as LuaTable<string, unknown>).set(key as string, value);
  }
  sim.journal = input.journal ?? [];
  if (input.locale !== undefined) setLocale(input.locale);
  if (input.serverTime !== undefined) sim.serverTimeBase = input.serverTime;
  for (const specId of input.character.specIds) ensureConfig(specId);
  if (input.builds !== undefined) {
    for (const { specId, code } of input.builds) {
      const [slots, problem] = importCode(specId, code);
      if (slots === undefined) return `starting build for spec ${specId}: ${problem}`;
      setCommitted(specId, slots);
    }
  }
  return undefined;
}

function list<T>(items: T[]): T[] {
  return items;
}

export const control = {
  setup,
  restore: (state: PersistentState): void => {
    restorePersistentState(state);
  },
  persistent: (): string => {
    return `return ${serializeValue(persistentState())}`;
  },
  setAddonMetadata,
  addonLoaded,
  recordError: (message: string, context: string): void => {
    recordError(message, context);
  },
  enterWorld,
  loadTalents,
  logout,
  saveVariables: (names: string[]): string => {
    return serializeGlobals(names);
  },
  advance,
  fire,
  enterCombat,
  leaveCombat,
  changeSpec,
  injectCommitFailure: (count?: number): void => {
    sim.commitFailuresToInject += count ?? 1;
  },
  enterInstance: (input: InstanceInput): void => {
    setArrivalProgress(input.instanceId, input.difficultyId, input.defeated);
    travel({
      instanceId: input.instanceId,
      name: input.name,
      instanceType: input.instanceType,
      difficultyId: input.difficultyId,
      difficultyName: difficultyName(input.difficultyId),
      maxPlayers: input.maxPlayers ?? (input.instanceType === "raid" ? 20 : 5),
      mapId: input.mapId,
      challengeMapId: input.challengeMapId,
    });
  },
  leaveInstance: (): void => {
    setArrivalProgress(sim.openWorld.instanceId, 0, []);
    travel({ ...sim.openWorld });
  },
  /** Opens the Adventure Guide on a journal instance (loading Blizzard_EncounterJournal), or closes it. */
  showAdventureGuide,
  adventureGuide: () => ({
    shown: sim.adventureGuide.shown,
    selectedInstance: sim.adventureGuide.selectedInstance,
    selections: list(sim.ejSelections.map((s) => ({ journalInstanceId: s.journalInstanceId, guideShown: s.guideShown }))),
  }),
  setEjHonoursInstanceArg: (honours: boolean): void => {
    sim.ejHonoursInstanceArg = honours;
  },
  setMapFloor,
  startKeystone,
  completeKeystone,
  encounterStart,
  encounterEnd,
  setKilled,
  readyCheck,
  slash: runSlash,
  pressEscape,
  setSetting: setSettingValue,
  clickPopup: (selector: string | number, button: number): void => {
    const popup = sim.popups.find((p) => (typeof selector === "number" ? p.index === selector : p.which === selector));
    if (popup === undefined) error(`WowSim: no visible popup ${tostring(selector)}`, 2);
    clickButton(popup, button);
  },
  popups: () => {
    return list(
      sim.popups.map((p) => ({
        index: p.index,
        which: p.which,
        text: p.text,
        button1: buttonLabel(p, 1),
        button2: buttonLabel(p, 2),
        button3: buttonLabel(p, 3),
        expiresIn: p.expires === undefined ? undefined : p.expires - sim.now,
      })),
    );
  },
  settings: () => {
    return {
      settings: sim.settings.map((s) => ({
        variable: s.variable,
        key: s.key,
        name: s.name,
        variableType: s.variableType,
        value: s.table.get(s.key),
        defaultValue: s.defaultValue,
        category: s.category,
        hasControl: s.hasControl,
      })),
      categories: sim.categories,
      opened: sim.openedCategories,
    };
  },
  exportActiveLoadout: (): string | undefined => {
    const config = activeConfig() ?? sim.configs.get(configIdForSpec(sim.character.activeSpecId));
    return config === undefined ? undefined : exportSlots(config.specId, config.committed);
  },
  exportStagedLoadout: (): string | undefined => {
    const config = activeConfig();
    return config === undefined ? undefined : exportSlots(config.specId, config.staged);
  },
  setCommittedBuild: (specId: number, code: string): string | undefined => {
    const [slots, problem] = importCode(specId, code);
    if (slots === undefined) return problem;
    setCommitted(specId, slots);
    return undefined;
  },
  /** The Starter Build: whether the spec has one and whether it is on (the dropdown then shows it). */
  setStarterBuild: (has: boolean, active: boolean): void => {
    sim.starterBuild = { has, active };
    if (active) sim.lastSelected.set(sim.character.activeSpecId, -2);
  },
  /** Adds a saved loadout of the active spec holding a build; returns its config ID or an error message. */
  addSavedLoadout: (name: string, code: string, selected: boolean): number | string => {
    const [slots, problem] = importCode(sim.character.activeSpecId, code);
    if (slots === undefined) return problem;
    return addSavedLoadout(sim.character.activeSpecId, name, slots, selected);
  },
  savedLoadoutCode: (configId: number): string | undefined => {
    const loadout = savedLoadout(configId);
    return loadout === undefined ? undefined : exportSlots(loadout.specId, loadout.slots);
  },
  talentFrame: () => {
    const config = activeConfig();
    return {
      dropdown: dropdownText(),
      starterBuildActive: sim.starterBuild.active,
      heroTree: config === undefined ? undefined : activeSubTree(config.specId, config.committed),
    };
  },
  /** The player dragging a spell, macro or item onto a button (or clearing it: no action). */
  setActionSlot: (slot: number, type?: ActionSlot["type"], id?: number): void => {
    setActionSlot(slot, type === undefined || id === undefined ? undefined : { type, id });
  },
  actionSlots: () => {
    return list(actionList());
  },
  cursor: () => {
    return cursorContents();
  },
  isActiveTalentSpell: (spellId: number): boolean => {
    return isActiveTalentSpell(spellId);
  },
  setNilReads: (apis: string[]): void => {
    sim.options.nilReads = apis;
  },
  /** Visible named frames with buttons (the addon's own windows), newest last. */
  frames: () => {
    return list(
      allFrames
        .filter((f) => f.name !== undefined && f.name !== "UIParent" && f.isVisible() && f.kind === "Frame" && f.fontStrings.length > 0)
        .map((f) => frameView(f)),
    );
  },
  clickFrameButton: (name: string, label: string): void => {
    const frame = shownFrame(name);
    const button = allFrames.find((f) => f.kind === "Button" && f.parent === frame && f.isVisible() && f.GetText() === label);
    if (button === undefined) error(`WowSim: no visible button "${label}" on ${name}`, 2);
    button.Click();
  },
  pressKey: (key: string): boolean => {
    return pressKey(key);
  },
  keyBindings: () => list(sim.keyBindings.map((k) => ({ key: k.key, inCombat: k.inCombat }))),
  dragFrame: (name: string): void => {
    const frame = shownFrame(name);
    frame.run("OnDragStart", "LeftButton");
    frame.run("OnDragStop");
  },
  /** The minimap's addon compartment calling the .toc's global functions (Blizzard_Minimap AddonCompartment.lua:99). */
  compartment: (addonName: string, field: "click" | "enter" | "leave", globalName: string): void => {
    const fn = getGlobal(globalName);
    if (typeof fn !== "function") error(`WowSim: ${globalName} is not a function`, 2);
    // The compartment passes the menu button's name on click and the button itself on enter and leave.
    safeCall(
      `compartment ${field}`,
      fn as (this: void, ...args: unknown[]) => void,
      addonName,
      field === "click" ? "LeftButton" : allFrames[0],
    );
  },
  tooltip: () => {
    return { shown: tooltip.shown, lines: tooltip.lines };
  },
  status: () => {
    return {
      now: sim.now,
      serverTime: Math.floor(sim.serverTimeBase + sim.now),
      inCombat: sim.inCombat,
      lockdown: sim.lockdown,
      talentsLoaded: sim.talentsLoaded,
      commitPending: sim.pendingCommit !== undefined,
      activeSpecId: sim.character.activeSpecId,
      activeConfigId: activeConfig()?.configId,
      location: sim.location,
      challengeActive: sim.challengeActive,
      encounter: sim.encounter?.id,
      pendingTimers: sim.timers.length,
    };
  },
};
