/**
 * Schema 2 in the simulated client on real Lua 5.1, with data from the pipeline's sample source plus variants:
 * the other hero tree's build offered beside the top one and named from the client, raid data chosen by the
 * difficulty the player is in (Heroic vs Mythic, nearest for Normal), and /att export.
 */
import { decodeLoadout, type BuildDef, type SpecBuilds, type TalentData } from "@att/contract";
import { popularityText } from "../support/talent-data-view";
import { describe, expect, it } from "vitest";
import { createRng, loadoutToBuild, randomLegalBuild, sameTalentBuild, tierRanks, type NodeState } from "@att/sample-world/trees";
import type { SimulatedClient } from "../wow-sim/driver";
import {
  addonChat,
  buildLines,
  DK_TREE,
  useSessions,
  heroName,
  isActive,
  press,
  prompts,
  raid,
  raidBosses,
  startSession,
} from "./support/session";
import { encounterTop, generalTop } from "./support/session-data";

const data = await useSessions([250]);
let game: SimulatedClient | undefined;

/** A tree-model build as trait entries (the tree model's own data, not the addon's conversion). */
function entriesOf(build: readonly NodeState[]): BuildDef["entries"] {
  const out: { entryId: number; rank: number }[] = [];
  for (const state of build) {
    const node = DK_TREE.nodes.find((n) => n.nodeId === state.nodeId)!;
    if (node.kind === "tiered" && node.entries.length > 1) {
      // The apex track: one entry per tier holding ranks, as logs list it.
      for (const tier of tierRanks(node, state.ranks)) out.push({ entryId: tier.entryId, rank: tier.ranks });
      continue;
    }
    const entry = node.entries.find((e) => e.entryId === state.entryId) ?? node.entries[0]!;
    out.push({ entryId: entry.entryId, rank: state.granted ? entry.maxRanks : Math.max(1, state.ranks) });
  }
  return out.sort((a, b) => a.entryId - b.entryId);
}

/** A legal Blood build whose hero tree is not `hero`. */
function buildOfOtherHero(hero: string): BuildDef["entries"] {
  for (let seed = 1; seed < 200; seed++) {
    const entries = entriesOf(randomLegalBuild(DK_TREE, 250, createRng(seed)));
    if (heroName(entries) !== hero) return entries;
  }
  throw new Error("no build of another hero tree");
}

function withSpec(edit: (spec: SpecBuilds) => SpecBuilds): TalentData {
  const copy = JSON.parse(JSON.stringify(data)) as TalentData;
  return { ...copy, specs: { ...copy.specs, "250": edit(copy.specs["250"]!) } };
}

describe("alternatives: the other hero tree's build", () => {
  it("is offered beside the top build, both named by hero tree from the client, and applies by its entries", async () => {
    const top = generalTop(data, 250, "mythicplus")!;
    const topHero = heroName(top.entries);
    const other = buildOfOtherHero(topHero);
    const otherHero = heroName(other);
    const variant = withSpec((spec) => {
      const builds = [...spec.builds, { entries: other }];
      const general = {
        ...spec.mythicplus!.general!,
        alternative: { build: builds.length - 1, count: 120, near: 120, sampleSize: 386, players: 386 },
      };
      return { ...spec, builds, mythicplus: { ...spec.mythicplus!, general } };
    });
    game = await startSession({ data: variant });
    game.login();
    const [shown] = prompts(game);
    expect(shown!.buttons).toContain(`Mythic+ build (${otherHero})`);
    expect(buildLines(shown!.text).map((l) => l.label)).toContain(
      `Mythic+, ${otherHero}: 31 % of 386 top Mythic+ players within 2 talents, 31 % exact`,
    );
    press(game, `Mythic+ build (${otherHero})`);
    game.advance(3);
    expect(addonChat(game)).toEqual([`applying the Mythic+ build (${otherHero}).`, `Mythic+ build (${otherHero}) applied.`]);
    expect(game.lua.json<{ ok: boolean }>(`__addon_ns.loadout:hasMatchingBuild({ entries = ${luaEntries(other)} })`).ok).toBe(true);
    expect(isActive(game, top.talentCode)).toBe(false);
  });
});

function luaEntries(entries: BuildDef["entries"]): string {
  return `{ ${entries.map((e) => `{ entryId = ${e.entryId}, rank = ${e.rank} }`).join(", ")} }`;
}

describe("raid difficulty", () => {
  /** Heroic data whose every boss build is the Mythic+ general build, with counts of its own. */
  const withHeroic = (): TalentData =>
    withSpec((spec) => {
      const mythic = spec.raid.mythic!;
      const mplusTop = spec.mythicplus!.general!.top.build;
      const encounters = Object.fromEntries(
        Object.keys(mythic.encounters).map((id) => [id, { top: { build: mplusTop, count: 90, near: 90, sampleSize: 300, players: 300 } }]),
      );
      return {
        ...spec,
        raid: {
          heroic: { general: { top: { build: mplusTop, count: 100, near: 100, sampleSize: 300, players: 300 } }, encounters },
          mythic,
        },
      };
    });

  for (const [label, difficultyId, expected] of [
    ["Heroic", 15, "Heroic"],
    ["Mythic", 16, "Mythic"],
    ["Normal", 14, "Heroic"],
  ] as const) {
    it(`at ${label} (${difficultyId}) the ready check offers the ${expected} data`, async () => {
      const variant = withHeroic();
      game = await startSession({ data: variant });
      game.login();
      press(game, 2);
      game.enterInstance(raid(difficultyId));
      addonChat(game);
      game.readyCheck();
      const [shown] = prompts(game);
      const first = raidBosses(variant)[0]!;
      const build =
        expected === "Heroic"
          ? { ...generalTop(variant, 250, "mythicplus")!, popularity: 0.3, nearShare: 0.3, sampleSize: 300 }
          : encounterTop(variant, 250, String(first.encounterId))!;
      expect(buildLines(shown!.text)[0]!.label).toBe(`Raid, ${heroName(build.entries)}: ${popularityText(build, expected)}`);
      press(game, 1);
      game.advance(3);
      expect(isActive(game, build.talentCode)).toBe(true);
    });
  }
});

describe("/att export", () => {
  it("prints each offered build's import string, encoded from the live tree (the data file carries builds by entries)", async () => {
    const raidTop = generalTop(data, 250, "raid")!;
    const mplusTop = generalTop(data, 250, "mythicplus")!;
    game = await startSession({ data });
    game.login();
    addonChat(game);
    game.slash("/att export");
    const lines = addonChat(game);
    // Encoded by the contract codec from the live tree: the same talents as the string the pipeline encoded from the
    // tree data (granted records aside: the hero keystone's shows only while that hero tree is chosen, and the importer
    // grants it anyway). Compared as builds on the tree: the apex track's ranks are written out even when full
    // (preview.ts says why).
    const bought = (code: string) => {
      const decoded = decodeLoadout(code);
      if (!decoded.ok) throw new Error(decoded.error.message);
      const build = loadoutToBuild(DK_TREE, decoded.value);
      if (!build.ok) throw new Error(build.error.message);
      return build.value.filter((s) => !s.granted);
    };
    for (const [i, label, top] of [
      [0, "Raid", raidTop],
      [1, "Mythic+", mplusTop],
    ] as const) {
      const prefix = `${label} build (${heroName(top.entries)}): `;
      expect(lines[i]!.startsWith(prefix), lines[i]).toBe(true);
      expect(sameTalentBuild(bought(lines[i]!.slice(prefix.length)), bought(top.talentCode!))).toBe(true);
    }
  });
});
