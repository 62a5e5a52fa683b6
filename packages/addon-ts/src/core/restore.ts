/**
 * "Put my build back": which build to restore and when to offer it. Before every apply the player's build is
 * remembered per spec (loadout/snapshot.ts reads it); the offer comes when the content the applied build was for
 * is over: its boss died, the keystone ended, or the player left the instance. Pure: the flow (../restore-flow.ts)
 * passes the saved table and the events in.
 */
import type { Context } from "./context";

export interface SavedEntry {
  readonly entryId: number;
  readonly rank: number;
}

/** What the applied build was for: its end is the moment to offer the restore. */
export type RestoreScope =
  | { readonly kind: "raid"; readonly instanceId: number; readonly encounterId: number; readonly name: string }
  | { readonly kind: "dungeon"; readonly instanceId: number; readonly name: string }
  | { readonly kind: "general" };

/** One action button the addon changed after an apply: a restore puts `from` back where it put `to`. */
export interface Placement {
  readonly slot: number;
  readonly from: number;
  readonly to: number;
}

export interface SavedBuild {
  readonly entries: readonly SavedEntry[];
  scope: RestoreScope;
  /** Seconds (server time) when the build was first remembered. */
  readonly savedAt: number;
  placements: Placement[];
  /** The last moment an offer was made for, so two events of the same moment (zone events come in pairs) ask once. */
  offeredFor?: string;
}

export type RestoreEvent =
  | { readonly kind: "bossKilled"; readonly encounterId: number }
  | { readonly kind: "keystoneEnded" }
  /** Where the player is now (after a zone change): instanceId 0 or an open-world type means no instance. */
  | { readonly kind: "location"; readonly instanceId: number; readonly inInstance: boolean };

export function scopeOf(context: Context): RestoreScope {
  if (context.kind === "raid" && context.next !== undefined)
    return { kind: "raid", instanceId: context.instanceId, encounterId: context.next.dungeonEncounterId, name: context.next.name };
  if (context.kind === "dungeon") return { kind: "dungeon", instanceId: context.instanceId, name: context.name };
  return { kind: "general" };
}

/**
 * Remembers the build taken before an apply. A build already remembered for the spec stays: it is the player's
 * own, from before the first of several applies (dungeon, then boss after boss), and the one they want back; only
 * the scope moves on to the latest apply. Returns the saved record.
 */
export function remember(
  saved: { [specId: string]: SavedBuild | undefined },
  specId: number,
  entries: readonly SavedEntry[],
  scope: RestoreScope,
  now: number,
): SavedBuild {
  const key = `${specId}`;
  const existing = saved[key];
  if (existing !== undefined) {
    existing.scope = scope;
    existing.offeredFor = undefined;
    return existing;
  }
  const copy: SavedEntry[] = [];
  for (const entry of entries) copy.push({ entryId: entry.entryId, rank: entry.rank });
  const record: SavedBuild = { entries: copy, scope, savedAt: now, placements: [] };
  saved[key] = record;
  return record;
}

/**
 * The moment an event ends the saved build's scope, as a key ("kill:<id>", "key", "left:<instance>"), or undefined
 * when the event does not concern it. A general build (applied at login) has no end: only /att undo restores it.
 */
export function offerMoment(build: SavedBuild, event: RestoreEvent): string | undefined {
  const scope = build.scope;
  if (scope.kind === "general") return undefined;
  switch (event.kind) {
    case "bossKilled":
      return scope.kind === "raid" && scope.encounterId === event.encounterId ? `kill:${event.encounterId}` : undefined;
    case "keystoneEnded":
      return scope.kind === "dungeon" ? "key" : undefined;
    case "location":
      return event.inInstance && event.instanceId === scope.instanceId ? undefined : `left:${scope.instanceId}`;
  }
}

const isTable = (value: unknown): value is { [key: string]: unknown } => typeof value === "object" && value !== null;
const isCount = (value: unknown): value is number => typeof value === "number" && value > 0 && value % 1 === 0;

function validScope(value: unknown): value is RestoreScope {
  if (!isTable(value)) return false;
  if (value.kind === "general") return true;
  if (typeof value.name !== "string") return false;
  if (value.kind === "dungeon") return isCount(value.instanceId);
  return value.kind === "raid" && isCount(value.instanceId) && isCount(value.encounterId);
}

/** A saved record as SavedVariables gave it back; anything damaged is dropped rather than half-restored. */
export function validSavedBuild(value: unknown): value is SavedBuild {
  if (!isTable(value) || !Array.isArray(value.entries) || value.entries.length === 0 || !validScope(value.scope)) return false;
  for (const entry of value.entries as unknown[]) {
    if (!isTable(entry) || !isCount(entry.entryId) || !isCount(entry.rank)) return false;
  }
  if (typeof value.savedAt !== "number") return false;
  if (!Array.isArray(value.placements)) value.placements = [];
  const placements = value.placements as unknown[];
  for (const p of placements) {
    if (!isTable(p) || !isCount(p.slot) || !isCount(p.from) || !isCount(p.to)) {
      value.placements = [];
      break;
    }
  }
  return true;
}
