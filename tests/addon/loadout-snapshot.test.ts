/** loadout/snapshot.ts on the in-memory fake client: the committed build as entries, and restoring it by apply. */
import { describe, expect, it } from "vitest";
import { LoadoutManager } from "../../packages/addon-ts/src/loadout/manager";
import type { LoadoutResult } from "../../packages/addon-ts/src/loadout/types";
import { BUILD_A, CONFIG, FakeClient, STATE_A } from "./loadout-fake-client";

function setup() {
  const client = new FakeClient();
  const manager = new LoadoutManager(client, []);
  return { client, manager };
}

function land(client: FakeClient, manager: LoadoutManager): void {
  client.completeCommit();
  manager.TRAIT_CONFIG_UPDATED(CONFIG);
}

describe("LoadoutManager.currentBuild", () => {
  it("lists every bought talent with its rank and the hero choice; free ranks and other specs' nodes stay out", () => {
    const { client, manager } = setup();
    client.setCommitted(STATE_A);
    // STATE_A (loadout-fake-client.ts): 10, 11x2, 12 = entry 1202, 13, 21, 22x2, hero A (picker entry 4001), 41, 42x2;
    // node 20 is granted (free), so it is no talent the player chose.
    expect(manager.currentBuild()).toEqual({
      specId: 250,
      entries: [
        { entryId: 4001, rank: 1 },
        { entryId: 1001, rank: 1 },
        { entryId: 1101, rank: 2 },
        { entryId: 1202, rank: 1 },
        { entryId: 1301, rank: 1 },
        { entryId: 2101, rank: 1 },
        { entryId: 2201, rank: 2 },
        { entryId: 4101, rank: 1 },
        { entryId: 4201, rank: 2 },
      ],
    });
  });

  it("the listed build matches the committed talents, and applying it after another build brings them back", () => {
    const { client, manager } = setup();
    client.setCommitted(STATE_A);
    const own = manager.currentBuild()!;
    expect(manager.hasMatchingBuild({ entries: own.entries }).ok).toBe(true);
    client.setCommitted({ 10: { ranks: 1 } });
    expect(manager.hasMatchingBuild(BUILD_A).ok).toBe(false);
    const results: LoadoutResult[] = [];
    expect(manager.apply({ entries: own.entries }, (r) => results.push(r))).toBe("committing");
    land(client, manager);
    expect(results.map((r) => r.reason)).toEqual(["applied"]);
    expect(manager.hasMatchingBuild(BUILD_A).ok).toBe(true);
  });

  it("is undefined while the talents cannot be read", () => {
    const { client, manager } = setup();
    client.setCommitted(STATE_A);
    client.spec = undefined;
    expect(manager.currentBuild()).toBeUndefined();
  });
});
