/**
 * The instance map ID of a Mythic+ dungeon, derived from its Warcraft Logs encounter ID. WCL numbers dungeon
 * "encounters" as a prefix plus the map ID: 10000 + mapID (dungeons of the current expansion), 60000 + mapID
 * (revived legacy dungeons) and 110000 + mapID (seen for Mechagon Workshop and Midnight's Algeth'ar Academy);
 * see shared/reference/warcraftlogs-api.md §6. Map IDs are below 10000, so the remainder is the map ID.
 * Returns undefined for IDs that follow none of these schemes rather than guessing.
 */
const KNOWN_PREFIXES = [10000, 60000, 110000];

export function instanceIdOfDungeon(encounterId: number): number | undefined {
  for (const prefix of KNOWN_PREFIXES) {
    const rest = encounterId - prefix;
    if (rest > 0 && rest < 10000) return rest;
  }
  return undefined;
}
