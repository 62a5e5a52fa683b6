/**
 * Which raid boss the group is about to pull, without reading anything secret: the journal's boss order, the kill
 * state (the instance's own progress, the player's raid lock for this difficulty and kills seen this session), and
 * the bosses pinned on the player's current map floor to break the tie when several are still alive (raids with
 * optional order or wings).
 *
 * Three sources, because none is enough alone: in a partly cleared Normal/Heroic/LFR group the player's lock knows
 * nothing of the bosses the group killed before they joined, while the instance's progress (what the journal's map
 * pins show as defeated: C_EncounterJournal.IsEncounterComplete, EncounterJournalDataProvider.lua:109-120, 12.0.1)
 * does; a kill seen this session counts even before either has caught up. The lock counts only on Mythic, whose
 * lockout binds the player to one instance; Normal, Heroic and LFR locks are per boss (flexible lockouts), so a saved
 * player may join a group whose instance still has that boss alive, and there the instance's progress decides.
 */

/** DifficultyID of Mythic raids, the one raid difficulty whose lock binds the player to an instance's progress. */
export const MYTHIC_RAID_DIFFICULTY = 16;
export interface BossFacts {
  readonly journalEncounterId: number;
  /** DungeonEncounter ID (what ENCOUNTER_START/END report). */
  readonly dungeonEncounterId: number;
  /** Localized journal name, for display only. */
  readonly name: string;
  /** C_RaidLocks says this boss is dead for the current difficulty (the player's own lock). */
  readonly completeInLock: boolean;
  /** C_EncounterJournal.IsEncounterComplete: dead in the instance the player stands in (the group's progress). */
  readonly completeInInstance?: boolean;
  /** The journal pins this boss on the map floor the player stands on. */
  readonly onCurrentFloor: boolean;
}

/** Session kill key: a kill counts only for the difficulty it happened on. */
export function killKey(difficultyId: number, dungeonEncounterId: number): string {
  return `${difficultyId}:${dungeonEncounterId}`;
}

/** Which source says a boss is dead: the instance's progress, the player's lock, or a kill seen this session. */
export type KillSource = "instance" | "lock" | "seen";

/** The first source that says the boss is dead (instance, lock on Mythic, seen), undefined while it is alive. */
export function killSource(
  boss: BossFacts,
  difficultyId: number,
  sessionKills: { readonly [key: string]: boolean },
): KillSource | undefined {
  if (boss.completeInInstance === true) return "instance";
  if (boss.completeInLock && difficultyId === MYTHIC_RAID_DIFFICULTY) return "lock";
  if (sessionKills[killKey(difficultyId, boss.dungeonEncounterId)] === true) return "seen";
  return undefined;
}

export function isKilled(boss: BossFacts, difficultyId: number, sessionKills: { readonly [key: string]: boolean }): boolean {
  return killSource(boss, difficultyId, sessionKills) !== undefined;
}

/** A dead boss and the source that says so, for /att why. */
export interface DefeatedBoss {
  readonly name: string;
  readonly source: KillSource;
}

/** Every dead boss in journal order, with its source. */
export function defeatedBosses(
  bosses: readonly BossFacts[],
  difficultyId: number,
  sessionKills: { readonly [key: string]: boolean },
): DefeatedBoss[] {
  const out: DefeatedBoss[] = [];
  for (const boss of bosses) {
    const source = killSource(boss, difficultyId, sessionKills);
    if (source !== undefined) out.push({ name: boss.name, source });
  }
  return out;
}

/** The first living boss on the current floor, else the first living boss in journal order; undefined when all are dead. */
export function nextBoss(
  bosses: readonly BossFacts[],
  difficultyId: number,
  sessionKills: { readonly [key: string]: boolean },
): BossFacts | undefined {
  let firstAlive: BossFacts | undefined;
  for (const boss of bosses) {
    if (isKilled(boss, difficultyId, sessionKills)) continue;
    if (boss.onCurrentFloor) return boss;
    if (firstAlive === undefined) firstAlive = boss;
  }
  return firstAlive;
}
