/**
 * Session scenarios: the built addon in the simulated client, fed TalentData produced by the pipeline's sample
 * source, on the same model class tree the sample source drew its builds from. The world (raid journal, dungeon
 * instances) is laid out from that data's encounter list, as the real client's journal would list the season.
 */
import type { TalentData, TalentEntry } from "@att/contract";
import { afterEach, expect } from "vitest";
import { makeClassTree } from "@att/sample-world/trees";
import type { RuntimeKind } from "../../harness/runtime";
import { SimulatedClient, type EncounterJournalInstance, type InstanceOptions, type SavedVariablesText } from "../../wow-sim/driver";
import { toLua as luaLiteral } from "../../wow-sim/driver/lua-literal";
import { GENERATED_EPOCH, sampleTalentData, toLua } from "./session-data";

export const DK_CLASS_ID = 6;
export const DK_SPECS = [250, 251, 252];
export const DK_TREE = makeClassTree(DK_CLASS_ID);

export const RAID_INSTANCE_ID = 2912;
export const RAID_JOURNAL_ID = 1310;
/** Map floors of the raid: the first four bosses downstairs, the rest upstairs. */
export const RAID_FLOOR_1 = 2401;
export const RAID_FLOOR_2 = 2402;
const DUNGEON_FLOOR = 2501;

/** The season raid's bosses in journal order (the data's raid encounters by `order`). */
export function raidBosses(data: TalentData): { encounterId: number; journalEncounterId: number; name: string }[] {
  // A season can have several raid zones (the sample has a one-boss raid beside the main one): each is an instance
  // and a journal entry of its own, so the simulated raid holds only the main zone's bosses, the one with the most.
  const bosses = Object.values(data.encounters).filter((e) => e.content === "raid");
  const perZone = new Map<number, number>();
  for (const e of bosses) perZone.set(e.zoneId, (perZone.get(e.zoneId) ?? 0) + 1);
  const mainZone = [...perZone].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
  return bosses
    .filter((e) => e.zoneId === mainZone)
    .sort((a, b) => a.order - b.order)
    .map((e) => ({ encounterId: e.id, journalEncounterId: e.journalEncounterId!, name: e.name }));
}

export function raidJournal(data: TalentData): EncounterJournalInstance {
  return {
    journalInstanceId: RAID_JOURNAL_ID,
    instanceId: RAID_INSTANCE_ID,
    name: "Sample Raid: Voidspire",
    encounters: raidBosses(data).map((boss, i) => ({
      journalEncounterId: boss.journalEncounterId,
      dungeonEncounterId: boss.encounterId,
      name: boss.name,
      uiMapIds: [i < 4 ? RAID_FLOOR_1 : RAID_FLOOR_2],
      mapX: 0.1 * (i + 1),
      mapY: 0.5,
    })),
  };
}

export function raid(difficultyId = 16): InstanceOptions {
  return { instanceId: RAID_INSTANCE_ID, name: "Sample Raid: Voidspire", instanceType: "raid", difficultyId, mapId: RAID_FLOOR_1 };
}

/** A season dungeon by its instance map ID, under a name that is deliberately not the data's (the client's locale). */
export function dungeon(instanceId: number, difficultyId: number): InstanceOptions {
  return {
    instanceId,
    name: `Donjon ${instanceId}`,
    instanceType: "party",
    difficultyId,
    mapId: DUNGEON_FLOOR,
    challengeMapId: 400 + (instanceId % 100),
  };
}

export interface SessionOptions {
  readonly data: TalentData;
  readonly activeSpecId?: number;
  readonly committedBuilds?: Readonly<Record<number, string>>;
  readonly runtime?: RuntimeKind;
  readonly savedVariables?: SavedVariablesText;
  /** The client's language (GetLocale; default enUS). */
  readonly locale?: string;
  /** Days after the data's generatedAt the session runs at (default 5: fresh data). */
  readonly dataAgeDays?: number;
}

/** The session the running test started last: the one useSessions' afterEach ends. */
let lastStarted: SimulatedClient | undefined;

export async function startSession(options: SessionOptions): Promise<SimulatedClient> {
  const game = await SimulatedClient.start({
    // Real Lua 5.1 by default: the client's exact semantics, and ~15x faster than fengari, where one
    // hasMatchingBuild costs ~2 s and an apply ~12 s. The login scenario runs on fengari too.
    runtime: options.runtime ?? "lua5.1",
    dataLua: toLua(options.data),
    savedVariables: options.savedVariables,
    serverTime: GENERATED_EPOCH + (options.dataAgeDays ?? 5) * 86400,
    journal: [raidJournal(options.data)],
    locale: options.locale,
    character: {
      classId: DK_CLASS_ID,
      specIds: DK_SPECS,
      activeSpecId: options.activeSpecId ?? 250,
      tree: DK_TREE,
      committedBuilds: options.committedBuilds,
    },
  });
  lastStarted = game;
  return game;
}

/** The addon's chat lines (its prefix stripped) since the last call. */
export function addonChat(game: SimulatedClient): string[] {
  const prefix = "|cff33ff99Azeroth's Top Talent|r: ";
  return game
    .takeChat()
    .filter((line) => line.startsWith(prefix))
    .map((line) => line.slice(prefix.length));
}

/** What `/att why` prints now (earlier addon chat is discarded first). */
export function why(game: SimulatedClient): string[] {
  addonChat(game);
  game.slash("/att why");
  return addonChat(game);
}

/** Does the committed config hold this build? Asked of the addon's own LoadoutManager against the live tree. */
export function isActive(game: SimulatedClient, code: string): boolean {
  return game.lua.json<{ ok: boolean }>(`__addon_ns.loadout:hasMatchingBuild(${luaLiteral(code)})`).ok;
}

/**
 * The hero tree a build's entries belong to, named from the tree model the sim serves (not from the addon): what
 * the prompt must call it, since the addon names hero trees from the live client.
 */
export function heroName(entries: readonly { readonly entryId: number }[]): string {
  for (const entry of entries) {
    for (const node of DK_TREE.nodes) {
      if (node.subTreeId === undefined || !node.entries.some((e) => e.entryId === entry.entryId)) continue;
      const name = DK_TREE.subTrees.find((t) => t.subTreeId === node.subTreeId)?.name;
      if (name !== undefined) return name;
    }
  }
  throw new Error("the build names no hero tree");
}

/** The nodes of the tree model by entry ID. */
const NODE_OF_ENTRY = new Map<number, (typeof DK_TREE.nodes)[number]>(
  DK_TREE.nodes.flatMap((n) => n.entries.map((e) => [e.entryId, n] as const)),
);

/**
 * Does a character holding `held` hold `build`, flex talents aside (the addon's default, the flexMatches setting)?
 * Read from the tree model, not the addon: every node where the two differ holds one of the build's flex talents.
 */
export function matchesFlexAside(
  held: readonly TalentEntry[],
  build: { readonly entries: readonly TalentEntry[]; readonly flex: readonly number[] },
): boolean {
  const byNode = (entries: readonly TalentEntry[]): Map<number, string[]> => {
    const out = new Map<number, string[]>();
    for (const e of entries) {
      const node = NODE_OF_ENTRY.get(e.entryId);
      if (node === undefined) throw new Error(`entry ${e.entryId} is not in the tree model`);
      out.set(node.nodeId, [...(out.get(node.nodeId) ?? []), `${e.entryId}:${e.rank}`]);
    }
    return out;
  };
  const [a, b] = [byNode(held), byNode(build.entries)];
  const flex = new Set(build.flex);
  for (const nodeId of new Set([...a.keys(), ...b.keys()])) {
    if ((a.get(nodeId) ?? []).sort().join() === (b.get(nodeId) ?? []).sort().join()) continue;
    const node = DK_TREE.nodes.find((n) => n.nodeId === nodeId)!;
    if (!node.entries.some((e) => flex.has(e.entryId))) return false;
  }
  return true;
}

/** A prompt's build block: "Raid, <hero tree>: 42 % of 50 top Mythic players" and the change line under it. */
export function buildLines(text: string): { label: string; change: string }[] {
  const lines = text.split("\n");
  const out: { label: string; change: string }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/ % of \d+ top /.test(lines[i]!)) continue;
    const next = lines[i + 1] ?? "";
    out.push({ label: lines[i]!, change: next.startsWith("  ") ? next.trim() : "" });
  }
  return out;
}

/** Our popup's dialog name, and our own prompt window's frame name (prompts with more than two choices). */
export const POPUP = "AZEROTHSTOPTALENT_PROMPT";
export const PROMPT_FRAME = "AzerothsTopTalentPromptFrame";

/** A prompt of ours on screen, whichever kind: the StaticPopup or the prompt window. */
export interface PromptView {
  readonly kind: "popup" | "frame";
  readonly text: string;
  /** Popup: StaticPopup's button order (1, 2, 3); frame: top to bottom, the dismiss last as "label (Esc)". */
  readonly buttons: readonly string[];
  readonly expiresIn?: number;
}

export function prompts(game: SimulatedClient): PromptView[] {
  const popups = game
    .popups()
    .filter((p) => p.which === POPUP)
    .map((p): PromptView => ({ kind: "popup", text: p.text, buttons: p.buttons, expiresIn: p.expiresIn }));
  const frames = game
    .frames()
    .filter((f) => f.name === PROMPT_FRAME)
    .map((f): PromptView => ({ kind: "frame", text: f.text.split("\n").slice(1).join("\n"), buttons: f.buttons }));
  return [...popups, ...frames];
}

/**
 * Presses a prompt button by StaticPopup's numbering, on either kind: 1 the first choice, 3 the second choice,
 * 2 the dismiss; or a label (without the frame's "n. " prefix).
 */
export function press(game: SimulatedClient, button: 1 | 2 | 3 | string): void {
  const [shown] = prompts(game);
  if (shown === undefined) throw new Error("no prompt of ours on screen");
  if (shown.kind === "popup") {
    const index = typeof button === "number" ? button : shown.buttons.indexOf(button) + 1;
    game.clickPopup(POPUP, index as 1 | 2 | 3);
    return;
  }
  const labels = shown.buttons;
  const target =
    typeof button === "string"
      ? labels.find((l) => l.replace(/ \(Esc\)$/, "") === button)
      : button === 2
        ? labels[labels.length - 1]
        : labels[button === 1 ? 0 : 1];
  if (target === undefined) throw new Error(`no button ${button} on the prompt window`);
  game.clickFrameButton(PROMPT_FRAME, target);
}

/**
 * Ends a scenario: whatever it did, the session must have raised no Lua error, read no secret value, attempted no
 * blocked (protected-in-combat) action and created no global. Then the Lua state is closed.
 */
export function endSession(game: SimulatedClient | undefined): void {
  if (game === undefined) return;
  try {
    expect(game.luaErrors()).toEqual([]);
    expect(game.secretViolations()).toEqual([]);
    expect(game.blockedActions()).toEqual([]);
    expect(game.leakedGlobals()).toEqual([]);
  } finally {
    game.close();
  }
}

export interface SessionHooks {
  /** Runs on the test's session before endSession's checks (a file whose tests raise errors on purpose clears them). */
  readonly beforeEnd?: (game: SimulatedClient) => void;
}

/**
 * A session test file's shared setup, once: after each test, the session it started last (the one its scenario
 * played; an earlier one it closed itself) is ended by endSession, checked then closed. Resolves to the pipeline's
 * sample data for `specIds`, which the file awaits at its top level so its tests read it as a plain const.
 */
export function useSessions(specIds: readonly number[], hooks: SessionHooks = {}): Promise<TalentData> {
  afterEach(() => {
    const ended = lastStarted;
    lastStarted = undefined;
    if (ended === undefined) return;
    hooks.beforeEnd?.(ended);
    endSession(ended);
  });
  return sampleTalentData(specIds);
}
