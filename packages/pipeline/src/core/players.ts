/**
 * Honest counts: every count the data states is of distinct players. A ranking lists a character once, but the
 * general build pools every encounter of a section, where one top player ranked on eight bosses would count eight
 * times. Pure.
 */
import type { Sample } from "./aggregate";
import { compareMembers } from "./aggregate";
import { isAnonymous } from "./entry";

/**
 * The character behind a ranking row across encounters: name and server. A hidden player ("Anonymous") cannot be
 * told from another, so each of their rows stands for a player of its own (the row's member key).
 */
export function playerKey(row: { readonly name: string; readonly server: string; readonly member: string }): string {
  return isAnonymous(row.name) ? `row:${row.member}` : `${row.name.toLowerCase()}#${row.server.toLowerCase()}`;
}

/**
 * One sample per distinct player: the build they used most in `samples`; a tie goes to the build of their
 * best-ranked row (rank, then encounter order, then member key). The sample kept is that build's best-ranked row,
 * so the build's members stay real rows an import string can be looked up for.
 */
export function distinctPlayers(samples: readonly Sample[]): Sample[] {
  const byPlayer = new Map<string, Sample[]>();
  for (const sample of samples) {
    const list = byPlayer.get(sample.player);
    if (list === undefined) byPlayer.set(sample.player, [sample]);
    else list.push(sample);
  }
  const out: Sample[] = [];
  for (const rows of byPlayer.values()) {
    if (rows.length === 1) {
      out.push(rows[0]!);
      continue;
    }
    rows.sort(compareMembers);
    const uses = new Map<string, number>();
    for (const row of rows) uses.set(row.identity.key, (uses.get(row.identity.key) ?? 0) + 1);
    // rows are best first, so the first row of a most-used build is that build's best row and wins a tie.
    let chosen = rows[0]!;
    for (const row of rows) if (uses.get(row.identity.key)! > uses.get(chosen.identity.key)!) chosen = row;
    out.push(chosen);
  }
  return out;
}
