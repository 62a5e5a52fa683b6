/** The pure comparison: header checks, placing a string on the live tree, and the match rules. */
import { describe, expect, it } from "vitest";
import { decodeLoadout, type Loadout } from "@att/contract";
import { findDifferences } from "../../packages/addon-ts/src/loadout/match";
import { buildTarget, checkHeader } from "../../packages/addon-ts/src/loadout/target";
import { loadoutMessage } from "../../packages/addon-ts/src/loadout/messages";
import { enUS } from "../../packages/addon-ts/src/locale/enUS";

const LOADOUT_MESSAGES = enUS.LOADOUT;
import { BUILD_A, codeFor, FakeClient, HERO_A, OTHER_SPEC, SPEC, STATE_A, CONFIG, TREE } from "./loadout-fake-client";

function decoded(code: string): Loadout {
  const result = decodeLoadout(code);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function differences(client: FakeClient, code: string) {
  const target = buildTarget(decoded(code), client.readTree(CONFIG, TREE, "committed")!);
  if (!target.ok) throw new Error(JSON.stringify(target.problem));
  return findDifferences(client.readTree(CONFIG, TREE, "committed")!, target.value);
}

describe("checkHeader: the game's import checks in its order", () => {
  const game = { version: 2, specId: SPEC, treeHash: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16] };
  it("accepts a zero hash and an equal hash", () => {
    expect(checkHeader(decoded(BUILD_A), game)).toBeUndefined();
    expect(checkHeader(decoded(codeFor([{ id: 10 }], SPEC, game.treeHash)), game)).toBeUndefined();
  });
  it("refuses another version, another spec, no spec, another tree hash", () => {
    expect(checkHeader(decoded(BUILD_A), { ...game, version: 3 })).toEqual({ reason: "version-mismatch", detail1: 2, detail2: 3 });
    expect(checkHeader(decoded(codeFor([{ id: 10 }], OTHER_SPEC)), game)?.reason).toBe("wrong-spec");
    expect(checkHeader(decoded(BUILD_A), { ...game, specId: undefined })?.reason).toBe("wrong-spec");
    const otherHash = game.treeHash.map((b, i) => (i === 15 ? 99 : b));
    expect(checkHeader(decoded(codeFor([{ id: 10 }], SPEC, otherHash)), game)?.reason).toBe("tree-changed");
  });
});

describe("buildTarget: records on the live tree", () => {
  const tree = new FakeClient().readTree(CONFIG, TREE, "committed")!;
  it("maps choices to entryIDs[choice+1], partial ranks, full ranks, granted nodes and the hero tree", () => {
    const target = buildTarget(decoded(BUILD_A), tree);
    expect(target.ok).toBe(true);
    if (!target.ok) return;
    expect(target.value.heroSubTreeId).toBe(HERO_A);
    const byId = new Map(target.value.nodes.map((n) => [n.nodeId, n]));
    expect(byId.get(12)).toMatchObject({ entryId: 1202, ranks: 1, full: true, granted: false });
    expect(byId.get(11)).toMatchObject({ ranks: 2, full: true });
    expect(byId.get(22)).toMatchObject({ ranks: 2, full: false });
    expect(byId.get(20)).toMatchObject({ granted: true });
    expect(byId.get(40)).toMatchObject({ entryId: 4001 });
  });
  it.each([
    ["a record past the last node", codeFor([{ id: 10 }]) + "AAAAB", /tree has only 12/],
    ["a choice node without a choice", codeFor([{ id: 12 }]), /choice node/],
    ["a choice on a plain node", codeFor([{ id: 10, choice: 0 }]), /not a choice node/],
    ["an option the node does not have", codeFor([{ id: 12, choice: 3 }]), /no option 4/],
    ["more ranks than the node has", codeFor([{ id: 22, ranks: 5 }]), /5 rank/],
    ["zero ranks", codeFor([{ id: 22, ranks: 0 }]), /0 rank/],
    ["another spec's talent", codeFor([{ id: 30 }]), /not part of your specialization/],
    ["a hero talent of a tree not chosen", codeFor([{ id: 40, choice: 0 }, { id: 51 }]), /hero talent tree/],
    ["a hero talent with no hero tree chosen", codeFor([{ id: 41 }]), /hero talent tree/],
  ])("refuses %s as tree-mismatch", (_, code, message) => {
    const target = buildTarget(decoded(code), tree);
    expect(target.ok).toBe(false);
    if (target.ok) return;
    expect(target.problem.reason).toBe("tree-mismatch");
    expect(String(target.problem.detail1)).toMatch(message);
  });
});

describe("findDifferences: the committed tree against the build", () => {
  it("matches the committed build, and a string marking the granted node as purchased", () => {
    const client = new FakeClient();
    client.setCommitted(STATE_A);
    expect(differences(client, BUILD_A)).toEqual([]);
    const allPurchased = codeFor([
      { id: 10 },
      { id: 11 },
      { id: 12, choice: 1 },
      { id: 13 },
      { id: 20 },
      { id: 21 },
      { id: 22, ranks: 2 },
      { id: 40, choice: 0 },
      { id: 41 },
      { id: 42 },
    ]);
    expect(differences(client, allPurchased)).toEqual([]);
  });
  it("ignores a granted talent the string leaves out, but not a purchased one", () => {
    const client = new FakeClient();
    client.setCommitted(STATE_A);
    const noGranted = codeFor([
      { id: 10 },
      { id: 11 },
      { id: 12, choice: 1 },
      { id: 13 },
      { id: 21 },
      { id: 22, ranks: 2 },
      { id: 40, choice: 0 },
      { id: 41 },
      { id: 42 },
    ]);
    expect(differences(client, noGranted)).toEqual([]);
    const no13 = codeFor([
      { id: 10 },
      { id: 11 },
      { id: 12, choice: 1 },
      { id: 20, purchased: false },
      { id: 21 },
      { id: 22, ranks: 2 },
      { id: 40, choice: 0 },
      { id: 41 },
      { id: 42 },
    ]);
    expect(differences(client, no13)).toEqual([{ nodeId: 13, kind: "extra" }]);
  });
  it("reports missing talents, wrong ranks, other options and another hero tree", () => {
    const client = new FakeClient();
    client.setCommitted({ ...STATE_A, 12: { ranks: 1, entry: 1201 }, 22: { ranks: 3 }, 13: { ranks: 0 } });
    expect(differences(client, BUILD_A)).toEqual([
      { nodeId: 12, kind: "choice" },
      { nodeId: 13, kind: "missing" },
      { nodeId: 22, kind: "ranks" },
    ]);
    client.setCommitted({ ...STATE_A, 40: { ranks: 0, entry: 4002 }, 41: { ranks: 0 }, 42: { ranks: 0 }, 51: { ranks: 1 } });
    expect(differences(client, BUILD_A)).toEqual([
      { nodeId: 40, kind: "choice" },
      { nodeId: 41, kind: "missing" },
      { nodeId: 42, kind: "missing" },
    ]);
  });
  it("reads the committed config, not the staged edits", () => {
    const client = new FakeClient();
    client.setCommitted(STATE_A);
    client.staged.delete(13);
    expect(differences(client, BUILD_A)).toEqual([]);
  });
});

describe("messages", () => {
  it("fills the details and leaves no placeholder or nil behind", () => {
    expect(loadoutMessage("differs", 3)).toBe("Your active talents differ from this build in 3 talent(s).");
    expect(loadoutMessage("version-mismatch", 1, 2)).toContain("format 1, the game uses 2");
    for (const key of Object.keys(LOADOUT_MESSAGES) as (keyof typeof LOADOUT_MESSAGES)[]) {
      expect(loadoutMessage(key)).not.toMatch(/\{\d\}|nil|undefined/);
    }
  });
});
