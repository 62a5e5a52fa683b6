/**
 * Where the player is, in the terms the data speaks: a dungeon of the data's Mythic+ season (matched by instance
 * map ID, never by name: names are localized), the season's raid (recognised through the encounter journal's boss
 * list for the instance), a running keystone, or none of these. Pure: the edges read the client and pass facts in.
 */
import type { EncounterInfo, TalentDataEnvelope } from "@att/contract";
import { defeatedBosses, nextBoss, type BossFacts, type DefeatedBoss } from "./next-boss";

export interface InstanceSnapshot {
  /** GetInstanceInfo 2nd return: "none", "party", "raid", "scenario", ... */
  readonly instanceType: string;
  readonly difficultyId: number;
  /** GetInstanceInfo 8th return: the instance map ID. */
  readonly instanceId: number;
  /** Localized instance name, for display only. */
  readonly name: string;
}

export interface LocationFacts {
  readonly instance: InstanceSnapshot;
  readonly keystoneActive: boolean;
  /** The journal's bosses for this instance in journal order (raids only; empty elsewhere). */
  readonly bosses: readonly BossFacts[];
}

export interface RaidTarget {
  /** The data's encounter key for this boss; undefined when the data does not list it. */
  readonly encounterId: string | undefined;
  readonly dungeonEncounterId: number;
  readonly journalEncounterId: number;
  readonly name: string;
}

export type Context =
  | { readonly kind: "general" }
  | { readonly kind: "openWorld" }
  | { readonly kind: "otherInstance"; readonly instanceId: number }
  | { readonly kind: "keystone"; readonly instanceId: number }
  | { readonly kind: "dungeon"; readonly instanceId: number; readonly encounterId: string; readonly name: string }
  /** next is undefined once every boss is dead for this difficulty; defeated: the dead bosses and who said so. */
  | {
      readonly kind: "raid";
      readonly instanceId: number;
      readonly difficultyId: number;
      readonly next: RaidTarget | undefined;
      readonly defeated?: readonly DefeatedBoss[];
    };

/** "reload": the login check after a UI reload (PLAYER_ENTERING_WORLD's isReloadingUi), not a new play session. */
export type Trigger = "login" | "reload" | "spec" | "zone" | "readycheck" | "manual";

const isTable = (value: unknown): value is { readonly [key: string]: unknown } => typeof value === "object" && value !== null;

/** Every well-formed encounter of the data with its key (keys are encounter IDs as strings). */
function encountersOf(data: TalentDataEnvelope): { key: string; info: EncounterInfo }[] {
  const out: { key: string; info: EncounterInfo }[] = [];
  for (const [key, info] of Object.entries(data.encounters)) {
    if (isTable(info) && (info.content === "raid" || info.content === "mythicplus")) out.push({ key, info });
  }
  return out;
}

/** The season dungeon with this instance map ID, if any. */
export function dungeonEncounterFor(data: TalentDataEnvelope, instanceId: number): { key: string; info: EncounterInfo } | undefined {
  for (const entry of encountersOf(data)) {
    if (entry.info.content === "mythicplus" && entry.info.instanceId === instanceId) return entry;
  }
  return undefined;
}

/**
 * The data's raid encounter for a journal boss: by journal encounter ID first, else by the DungeonEncounter ID
 * (the data's raid keys are DungeonEncounter IDs, the ones ENCOUNTER_START reports).
 */
export function raidEncounterFor(
  data: TalentDataEnvelope,
  boss: { journalEncounterId: number; dungeonEncounterId: number },
): string | undefined {
  let byDungeonId: string | undefined;
  for (const entry of encountersOf(data)) {
    if (entry.info.content !== "raid") continue;
    if (entry.info.journalEncounterId === boss.journalEncounterId) return entry.key;
    if (entry.key === `${boss.dungeonEncounterId}`) byDungeonId = entry.key;
  }
  return byDungeonId;
}

/** The season's raid is the instance whose journal lists at least one of the data's raid bosses. */
export function isSeasonRaid(data: TalentDataEnvelope, bosses: readonly BossFacts[]): boolean {
  for (const boss of bosses) {
    if (raidEncounterFor(data, boss) !== undefined) return true;
  }
  return false;
}

/** Where the player is, ignoring what triggered the question. */
export function locate(data: TalentDataEnvelope, facts: LocationFacts, sessionKills: { readonly [key: string]: boolean }): Context {
  const { instance } = facts;
  if (instance.instanceType === "party") {
    if (facts.keystoneActive) return { kind: "keystone", instanceId: instance.instanceId };
    const dungeon = dungeonEncounterFor(data, instance.instanceId);
    if (dungeon === undefined) return { kind: "otherInstance", instanceId: instance.instanceId };
    return { kind: "dungeon", instanceId: instance.instanceId, encounterId: dungeon.key, name: instance.name };
  }
  if (instance.instanceType === "raid") {
    if (!isSeasonRaid(data, facts.bosses)) return { kind: "otherInstance", instanceId: instance.instanceId };
    const boss = nextBoss(facts.bosses, instance.difficultyId, sessionKills);
    const next: RaidTarget | undefined =
      boss === undefined
        ? undefined
        : {
            encounterId: raidEncounterFor(data, boss),
            dungeonEncounterId: boss.dungeonEncounterId,
            journalEncounterId: boss.journalEncounterId,
            name: boss.name,
          };
    const defeated = defeatedBosses(facts.bosses, instance.difficultyId, sessionKills);
    return { kind: "raid", instanceId: instance.instanceId, difficultyId: instance.difficultyId, next, defeated };
  }
  if (instance.instanceType === "none") return { kind: "openWorld" };
  return { kind: "otherInstance", instanceId: instance.instanceId };
}

/**
 * The context a trigger asks about, or undefined when the trigger has nothing to say here (a zone change in the
 * open world, a ready check outside the season's raid): such non-events do not replace the last decision.
 * Login and spec change ask about the general builds unless the player stands in a season dungeon.
 */
export function contextForTrigger(trigger: Trigger, where: Context): Context | undefined {
  switch (trigger) {
    case "login":
    case "reload":
    case "spec":
      return where.kind === "dungeon" || where.kind === "keystone" ? where : { kind: "general" };
    case "zone":
      return where.kind === "dungeon" || where.kind === "keystone" ? where : undefined;
    case "readycheck":
      return where.kind === "raid" ? where : undefined;
    case "manual":
      return where.kind === "openWorld" || where.kind === "otherInstance" ? { kind: "general" } : where;
  }
}

/** The "context" half of a "specID:context" suppression key. */
export function contextKey(context: Context): string {
  switch (context.kind) {
    case "dungeon":
      return `dungeon:${context.encounterId}`;
    case "raid":
      return context.next === undefined ? `raid:${context.instanceId}:cleared` : `raid:${context.next.dungeonEncounterId}`;
    case "keystone":
    case "otherInstance":
      return `${context.kind}:${context.instanceId}`;
    default:
      return context.kind;
  }
}
