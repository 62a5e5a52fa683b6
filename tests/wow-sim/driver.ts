/**
 * The test driver for the simulated WoW client. A SimulatedClient owns one Lua state (fengari or real Lua 5.1)
 * with the sim loaded first and the addon(s) on top, and plays the world and the player: login, reload, combat,
 * zoning, encounters, popups, slash commands. Everything crosses into Lua as source text and comes back as JSON,
 * so the same calls work on both runtimes. A /reload is a real round trip: SavedVariables and the server-side
 * state (talents, location, kills, clock) are written out as Lua text and loaded into a fresh state.
 */
import type { ClassTreeDef } from "@att/sample-world/trees";
import { ALLOWED_ADDON_GLOBALS } from "../harness/addon-loader";
import { createFengari } from "../harness/fengari";
import { createLua51 } from "../harness/lua51";
import type { LuaRuntime, RuntimeKind } from "../harness/runtime";
import { addonFromDir, inlineAddon, loadAddonInto, type InlineAddon, type ParsedAddon } from "./driver/addons";
import { simBundle } from "./driver/build";
import { asList, toLua } from "./driver/lua-literal";
import type {
  BlockedAction,
  CharacterOptions,
  EncounterJournalInstance,
  InstanceOptions,
  LuaErrorRecord,
  PopupView,
  SavedVariablesText,
  SecretViolation,
  SettingsView,
  SimStatus,
} from "./driver/types";

export type * from "./driver/types";

export interface FrameView {
  readonly name: string;
  readonly text: string;
  readonly buttons: string[];
  readonly movable: boolean;
  readonly mouse: boolean;
  readonly keyboard: boolean;
  readonly moved: boolean;
}
export type { InlineAddon } from "./driver/addons";

export interface StartOptions {
  readonly runtime?: RuntimeKind;
  /** The built addon's folder (default dist/AzerothsTopTalent); ignored when `addons` is given. */
  readonly addonDir?: string;
  /** Replaces the shipped TalentData.lua of the built addon. */
  readonly dataLua?: string;
  /** Test addons to load instead of the built one, in load order. */
  readonly addons?: readonly InlineAddon[];
  readonly character: CharacterOptions;
  /** SavedVariables text from an earlier session's logout(). */
  readonly savedVariables?: SavedVariablesText;
  readonly journal?: readonly EncounterJournalInstance[];
  /** Unix time the session starts at (GetServerTime); default 2026-07-01T00:00:00Z. */
  readonly serverTime?: number;
  readonly locale?: string;
  /** Seconds of the "Changing Talents" cast (default 1.5). */
  readonly commitDelay?: number;
  /** The apex track is paid with a currency of its own (see the sim's SimOptions.apexCurrency). */
  readonly apexCurrency?: boolean;
  /** Seconds from PLAYER_ENTERING_WORLD to TRAIT_CONFIG_LIST_UPDATED (default 1). */
  readonly talentLoadDelay?: number;
  /** The loadDeprecationFallbacks cvar: deprecated globals such as GetSpecialization exist only when true. */
  readonly deprecationFallbacks?: boolean;
}

const RUNTIMES: Record<RuntimeKind, () => LuaRuntime> = { fengari: createFengari, "lua5.1": createLua51 };

export class SimulatedClient {
  private runtime: LuaRuntime;
  private readonly addons: ParsedAddon[];
  private saved: SavedVariablesText;
  private baselineGlobals: ReadonlySet<string> = new Set();
  private loggedIn = false;

  private constructor(private readonly options: StartOptions) {
    this.addons = options.addons !== undefined ? options.addons.map(inlineAddon) : [addonFromDir(options.addonDir, options.dataLua)];
    this.saved = { ...(options.savedVariables ?? {}) };
    this.runtime = this.freshState();
    const builds = Object.entries(options.character.committedBuilds ?? {}).map(([specId, code]) => ({ specId: Number(specId), code }));
    if (options.character.committedBuild !== undefined)
      builds.push({ specId: options.character.activeSpecId, code: options.character.committedBuild });
    const problem = this.runtime.run(`return WowSim.control.setup(${toLua(this.setupInput(builds))})`);
    if (problem !== undefined) throw new Error(`SimulatedClient.start: ${problem}`);
    this.runtime.run("WowSim.control.installDeprecated()");
  }

  /** A new session: the sim loaded and the character set up, not yet logged in (call login()). */
  static async start(options: StartOptions): Promise<SimulatedClient> {
    return new SimulatedClient(options);
  }

  get runtimeKind(): RuntimeKind {
    return this.runtime.kind;
  }

  /** The Lua state, for assertions the driver does not cover. */
  get lua(): LuaRuntime {
    return this.runtime;
  }

  private freshState(): LuaRuntime {
    const runtime = RUNTIMES[this.options.runtime ?? "fengari"]();
    runtime.run(simBundle(), "@WowSim.lua");
    return runtime;
  }

  private setupInput(builds: { specId: number; code: string }[]): unknown {
    const o = this.options;
    const c = o.character;
    return {
      tree: c.tree as ClassTreeDef,
      character: {
        name: c.name ?? "Simplayer",
        realm: c.realm ?? "Simrealm",
        classId: c.classId,
        specIds: c.specIds,
        activeSpecId: c.activeSpecId,
      },
      options: {
        commitDelay: o.commitDelay,
        talentLoadDelay: o.talentLoadDelay,
        deprecationFallbacks: o.deprecationFallbacks,
        apexCurrency: o.apexCurrency,
      },
      journal: o.journal,
      locale: o.locale,
      serverTime: o.serverTime,
      builds,
    };
  }

  private call(expression: string): void {
    this.runtime.run(`WowSim.control.${expression}`);
  }

  private read<T>(expression: string): T {
    return this.runtime.json<T>(`WowSim.control.${expression}`);
  }

  // ---- Session -------------------------------------------------------------------------------------------------

  /** Loads the addons (files, SavedVariables, ADDON_LOADED each), enters the world, and by default waits until talents load. */
  login(options: { awaitTalents?: boolean } = {}): void {
    this.enter(false, options.awaitTalents ?? true);
  }

  private enter(isReload: boolean, awaitTalents: boolean): void {
    if (this.loggedIn) throw new Error("SimulatedClient: already logged in");
    this.baselineGlobals = new Set(this.globalNames());
    this.addons.forEach((addon, position) => {
      const texts = [this.saved[addon.name]?.account, this.saved[addon.name]?.character].filter((t): t is string => t !== undefined);
      loadAddonInto(this.runtime, addon, position, texts);
    });
    this.call(`enterWorld(${isReload})`);
    this.loggedIn = true;
    if (awaitTalents) this.advance(this.options.talentLoadDelay ?? 1);
  }

  /** PLAYER_LEAVING_WORLD, PLAYER_LOGOUT, then the client writes every addon's SavedVariables. */
  logout(): SavedVariablesText {
    if (!this.loggedIn) throw new Error("SimulatedClient: not logged in");
    this.call("logout()");
    for (const addon of this.addons) {
      this.saved[addon.name] = {
        account: this.read<string>(`saveVariables(${toLua(addon.savedVariables)})`),
        character: this.read<string>(`saveVariables(${toLua(addon.savedVariablesPerCharacter)})`),
      };
    }
    this.loggedIn = false;
    return { ...this.saved };
  }

  /** /reload: logout, then a fresh Lua state with the sim, the server's state and SavedVariables restored, and PLAYER_ENTERING_WORLD(false, true). */
  reload(options: { awaitTalents?: boolean } = {}): void {
    this.restart(true, options.awaitTalents ?? true);
  }

  /** Logging out to the character screen and back in: like reload, but an initial login. */
  relog(options: { awaitTalents?: boolean } = {}): void {
    this.restart(false, options.awaitTalents ?? true);
  }

  private restart(isReload: boolean, awaitTalents: boolean): void {
    this.logout();
    const world = this.read<string>("persistent()");
    this.runtime.close();
    this.runtime = this.freshState();
    this.runtime.run(`WowSim.control.setup(${toLua(this.setupInput([]))})`);
    this.runtime.run(`WowSim.control.restore((function() ${world} end)())`);
    this.runtime.run("WowSim.control.installDeprecated()");
    this.enter(isReload, awaitTalents);
  }

  /** The SavedVariables text as the client would write it now (without logging out). */
  savedVariables(): SavedVariablesText {
    return { ...this.saved };
  }

  close(): void {
    this.runtime.close();
  }

  // ---- Time and world ------------------------------------------------------------------------------------------

  /** Moves the sim clock, running timers (C_Timer, commits, popup timeouts, talent loading) as they fall due. */
  advance(seconds: number): void {
    this.call(`advance(${toLua(seconds)})`);
  }

  enterCombat(): void {
    this.call("enterCombat()");
  }

  leaveCombat(): void {
    this.call("leaveCombat()");
  }

  changeSpec(specId: number): void {
    this.call(`changeSpec(${toLua(specId)})`);
  }

  enterInstance(instance: InstanceOptions): void {
    this.call(`enterInstance(${toLua(instance)})`);
  }

  leaveInstance(): void {
    this.call("leaveInstance()");
  }

  setMapFloor(uiMapId: number): void {
    this.call(`setMapFloor(${toLua(uiMapId)})`);
  }

  startKeystone(): void {
    this.call("startKeystone()");
  }

  completeKeystone(): void {
    this.call("completeKeystone()");
  }

  readyCheck(initiator = "Raidleader", timeLeft = 35): void {
    this.call(`readyCheck(${toLua(initiator)}, ${toLua(timeLeft)})`);
  }

  /** Pulls a boss (DungeonEncounter ID): combat, ENCOUNTER_START. */
  encounterStart(encounterId: number, name = `Boss ${encounterId}`): void {
    this.call(`encounterStart(${toLua(encounterId)}, ${toLua(name)})`);
  }

  /** Ends the encounter: a kill (BOSS_KILL, ENCOUNTER_END ... 1, saved to the lockout) or a wipe (ENCOUNTER_END ... 0). */
  encounterEnd(success: boolean): void {
    this.call(`encounterEnd(${toLua(success)})`);
  }

  /** Sets the raid lock state of a boss for an instance and difficulty (C_RaidLocks, journal completion). */
  /** Opens the Adventure Guide on a journal instance, or closes it (undefined). */
  showAdventureGuide(journalInstanceId: number | undefined): void {
    this.call(`showAdventureGuide(${toLua(journalInstanceId)})`);
  }

  /** The Adventure Guide's state and every EJ_SelectInstance call so far (with whether the guide was shown then). */
  adventureGuide(): { shown: boolean; selectedInstance?: number; selections: { journalInstanceId: number; guideShown: boolean }[] } {
    const view = this.read<{ shown: boolean; selectedInstance?: number; selections: unknown }>("adventureGuide()");
    return { ...view, selections: asList(view.selections) };
  }

  /** false: EJ_GetEncounterInfoByIndex ignores its instance argument and lists the selected instance. */
  setEjHonoursInstanceArg(honours: boolean): void {
    this.call(`setEjHonoursInstanceArg(${toLua(honours)})`);
  }

  setBossKilled(instanceId: number, difficultyId: number, dungeonEncounterId: number, killed = true): void {
    this.call(`setKilled(${toLua(instanceId)}, ${toLua(difficultyId)}, ${toLua(dungeonEncounterId)}, ${toLua(killed)})`);
  }

  /** Fires any known event with plain arguments. */
  fire(event: string, ...args: (string | number | boolean)[]): void {
    this.call(`fire(${[event, ...args].map(toLua).join(", ")})`);
  }

  // ---- Talents ------------------------------------------------------------------------------------------------

  /** The next `count` commits fail with CONFIG_COMMIT_FAILED. */
  injectCommitFailure(count = 1): void {
    this.call(`injectCommitFailure(${toLua(count)})`);
  }

  /** The active spec's committed talents as a loadout string (GenerateImportString's format). */
  exportActiveLoadout(): string | undefined {
    return this.read<string | null>("exportActiveLoadout()") ?? undefined;
  }

  /** The active config's staged talents as a loadout string. */
  exportStagedLoadout(): string | undefined {
    return this.read<string | null>("exportStagedLoadout()") ?? undefined;
  }

  /** Replaces a spec's committed talents (as the server would after a change elsewhere); throws if not legal. */
  setCommittedBuild(specId: number, code: string): void {
    const problem = this.runtime.run(`return WowSim.control.setCommittedBuild(${toLua(specId)}, ${toLua(code)})`);
    if (problem !== undefined) throw new Error(`setCommittedBuild: ${problem}`);
  }

  // ---- The talent frame's state: saved loadouts, Starter Build, hero tree ---------------------------------------

  setStarterBuild(has: boolean, active: boolean): void {
    this.call(`setStarterBuild(${toLua(has)}, ${toLua(active)})`);
  }

  /** A saved loadout of the active spec holding `code`; `selected` puts it in the dropdown. Returns its config ID. */
  addSavedLoadout(name: string, code: string, selected: boolean): number {
    const id = this.read<number | string>(`addSavedLoadout(${toLua(name)}, ${toLua(code)}, ${toLua(selected)})`);
    if (typeof id === "string") throw new Error(`addSavedLoadout: ${id}`);
    return id;
  }

  savedLoadoutCode(configId: number): string | undefined {
    return this.read<string | null>(`savedLoadoutCode(${toLua(configId)})`) ?? undefined;
  }

  /** What the talent frame would show: the dropdown's text, the Starter Build flag, the committed hero tree. */
  talentFrame(): { dropdown: string; starterBuildActive: boolean; heroTree?: number } {
    return this.read("talentFrame()");
  }

  /** C_Traits reads that return nothing from now on (as the docs allow): "GetTreeNodes", "GetNodeInfo", ... */
  setNilReads(apis: readonly string[]): void {
    this.call(`setNilReads(${toLua([...apis])})`);
  }

  // ---- Action bars (src/action-bars.ts) ------------------------------------------------------------------------

  /** The player putting a spell, macro or item on a button, or clearing it (no action). */
  setActionSlot(slot: number, action?: { type: "spell" | "macro" | "item"; id: number }): void {
    this.call(`setActionSlot(${toLua(slot)}${action === undefined ? "" : `, ${toLua(action.type)}, ${toLua(action.id)}`})`);
  }

  /** Every filled slot: slot -> "spell:<id>", "macro:<id>" or "item:<id>". */
  actionSlots(): Record<number, string> {
    const list = this.read<{ slot: number; type: string; id: number }[] | Record<string, never>>("actionSlots()");
    const out: Record<number, string> = {};
    for (const entry of Array.isArray(list) ? list : []) out[entry.slot] = `${entry.type}:${entry.id}`;
    return out;
  }

  /** What the cursor holds (nothing: undefined). */
  cursor(): { type: string; id: number } | undefined {
    return this.read<{ type: string; id: number } | null>("cursor()") ?? undefined;
  }

  /** The sim's rule for active (castable) talent spells; every other talent spell is passive. */
  isActiveTalentSpell(spellId: number): boolean {
    return this.read<boolean>(`isActiveTalentSpell(${toLua(spellId)})`);
  }

  // ---- UI -----------------------------------------------------------------------------------------------------

  /** The addons' own visible windows (named frames with text), with their visible buttons. */
  frames(): FrameView[] {
    return asList<FrameView>(this.read("frames()")).map((f) => ({ ...f, buttons: asList<string>(f.buttons) }));
  }

  clickFrameButton(frameName: string, label: string): void {
    this.call(`clickFrameButton(${toLua(frameName)}, ${toLua(label)})`);
  }

  /** A key press (WoW key names: "1", "ENTER", "ESCAPE"); false when no shown frame takes the keyboard. */
  pressKey(key: string): boolean {
    return this.read<boolean>(`pressKey(${toLua(key)})`);
  }

  /** Keys that reached the game's own key bindings (chat, action bar) since the session started. */
  keyBindings(): { key: string; inCombat: boolean }[] {
    return asList(this.read<unknown>("keyBindings()"));
  }

  dragFrame(frameName: string): void {
    this.call(`dragFrame(${toLua(frameName)})`);
  }

  /** The minimap's addon compartment calling the global the .toc names for click, hover or leave. */
  compartment(addonName: string, field: "click" | "enter" | "leave", globalName: string): void {
    this.call(`compartment(${toLua(addonName)}, ${toLua(field)}, ${toLua(globalName)})`);
  }

  tooltip(): { shown: boolean; lines: string[] } {
    const view = this.read<{ shown: boolean; lines: unknown }>("tooltip()");
    return { shown: view.shown, lines: asList<string>(view.lines) };
  }

  popups(): PopupView[] {
    return asList<PopupView>(this.read("popups()")).map((p) => ({
      ...p,
      buttons: [p.button1, p.button2, p.button3].filter((b): b is string => typeof b === "string"),
    }));
  }

  /** Clicks button 1, 2 or 3 of the visible popup with this `which` name or dialog index. */
  clickPopup(popup: string | number, button: 1 | 2 | 3): void {
    this.call(`clickPopup(${toLua(popup)}, ${button})`);
  }

  /** Escape: closes dialogs with hideOnEscape (OnCancel "clicked"). Returns how many closed. */
  pressEscape(): number {
    return this.read<number>("pressEscape()");
  }

  /** Types a chat command, e.g. "/att status". Returns false when no addon handles it. */
  slash(line: string): boolean {
    return this.read<boolean>(`slash(${toLua(line)})`);
  }

  /** Chat lines printed so far (print and DEFAULT_CHAT_FRAME:AddMessage). */
  chat(): string[] {
    return asList<{ text: string }>(this.runtime.json("WowSim.state.chat")).map((l) => l.text);
  }

  /** Chat lines since the last takeChat(). */
  takeChat(): string[] {
    const lines = asList<{ text: string }>(
      this.runtime.json("(function() local c = WowSim.state.chat; WowSim.state.chat = {}; return c end)()"),
    );
    return lines.map((l) => l.text);
  }

  settings(): SettingsView {
    const view = this.read<{ settings: unknown; categories: unknown; opened: unknown }>("settings()");
    return { settings: asList(view.settings), categories: asList(view.categories), opened: asList(view.opened) };
  }

  /** The player toggling a setting in the panel. */
  setSetting(variable: string, value: boolean | number | string): void {
    this.call(`setSetting(${toLua(variable)}, ${toLua(value)})`);
  }

  // ---- Observations -------------------------------------------------------------------------------------------

  luaErrors(): LuaErrorRecord[] {
    return asList(this.runtime.json("WowSim.state.errors"));
  }

  blockedActions(): BlockedAction[] {
    return asList(this.runtime.json("WowSim.state.blocked"));
  }

  secretViolations(): SecretViolation[] {
    return asList(this.runtime.json("WowSim.state.violations"));
  }

  /** Every event fired, in order. */
  events(): { event: string; time: number }[] {
    return asList(this.runtime.json("WowSim.state.eventLog"));
  }

  status(): SimStatus {
    return this.read<SimStatus>("status()");
  }

  /** Globals created since the addons started loading, other than SavedVariables, slash aliases, addon tables and harness names. */
  leakedGlobals(): string[] {
    const allowed = new Set<string>([
      ...ALLOWED_ADDON_GLOBALS,
      // Blizzard's load-on-demand frames the sim creates when a test opens them (the Adventure Guide).
      "EncounterJournal",
      ...this.addons.flatMap((a) => [a.name, ...a.savedVariables, ...a.savedVariablesPerCharacter]),
    ]);
    return this.globalNames().filter(
      (name) => !this.baselineGlobals.has(name) && !allowed.has(name) && !name.startsWith("__") && !/^SLASH_[A-Z0-9_]+\d+$/.test(name),
    );
  }

  private globalNames(): string[] {
    return asList<string>(
      this.runtime.json(
        "(function() local t = {} for k in pairs(_G) do if type(k) == 'string' then t[#t+1] = k end end table.sort(t) return t end)()",
      ),
    );
  }
}
