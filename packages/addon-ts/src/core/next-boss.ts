/**
 * Which raid boss the group is about to pull, without reading anything secret: the journal's boss order, the kill
 * state for this difficulty (raid lock plus kills seen this session), and the bosses pinned on the player's current
 * map floor to break the tie when several are still alive (raids with optional order or wings).
 */
export interface BossFacts {
  readonly journalEncounterId: number;
  /** DungeonEncounter ID (what ENCOUNTER_START/END report). */
  readonly dungeonEncounterId: number;
  /** Localized journal name, for display only. */
  readonly name: string;
  /** C_RaidLocks says this boss is dead for the current difficulty. */
  readonly completeInLock: boolean;
  /** The journal pins this boss on the map floor the player stands on. */
  readonly onCurrentFloor: boolean;
}

/** Session kill key: a kill counts only for the difficulty it happened on. */
export function killKey(difficultyId: number, dungeonEncounterId: number): string {
  return `${difficultyId}:${dungeonEncounterId}`;
}

export function isKilled(boss: BossFacts, difficultyId: number, sessionKills: { readonly [key: string]: boolean }): boolean {
  return boss.completeInLock || sessionKills[killKey(difficultyId, boss.dungeonEncounterId)] === true;
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
