/**
 * The build diff a refresh pull request shows: only what a reviewer must look at, named the way a player would.
 * Inputs are hand-edited copies of tests/report/fixture.ts, expectations written out by hand.
 */
import { describe, expect, it } from "vitest";
import { diffMarkdown, diffTalentData } from "../../packages/report/src/index";
import { BOSS_2, editable, makeTalentData, type Mutable } from "./fixture";
import type { TalentData } from "@att/contract";

const FROST_MAGE = "64";
const before = makeTalentData();

function after(edit: (d: Mutable<TalentData>) => void): TalentData {
  const copy = editable(before);
  copy.generatedAt = "2026-12-02T06:00:00.000Z";
  edit(copy);
  return copy;
}

describe("diffTalentData", () => {
  it("tells a hero tree change and names the talents swapped; a new tree build is said once", () => {
    const next = after((d) => {
      const spec = d.specs[FROST_MAGE]!;
      spec.builds[0]!.heroTree = "Frostfire";
      spec.builds[1]!.heroTree = "Spellslinger";
      d.source.treeBuild = "12.0.5.66000";
      spec.raid.heroic!.general = { top: { build: 1, count: 40, near: 40, sampleSize: 100, players: 100 } };
    });
    const old = editable(before);
    old.specs[FROST_MAGE]!.builds[0]!.heroTree = "Frostfire";
    old.source.treeBuild = "12.0.1.65940";
    const diff = diffTalentData(old, next);
    const change = diff.slots.find((s) => s.section === "raid:heroic" && s.place === "general")!;
    expect(change.heroTree).toEqual({ old: "Frostfire", new: "Spellslinger" });
    expect(change.new?.heroTree).toBe("Spellslinger");
    expect(diff.treeBuild).toEqual({ old: "12.0.1.65940", new: "12.0.5.66000" });
    const md = diffMarkdown(diff);
    expect(md).toContain(
      "| Raid Heroic · general | 68% of 100 rankings of 40 players within 2 talents, 42% exact | 40% of 100 rankings of 100 players within 2 talents, 40% exact | hero tree Frostfire → Spellslinger: +Ice Nova, −Frozen Orb |",
    );
    expect(md).toContain("Talent trees: game build 12.0.1.65940 → 12.0.5.66000.");
  });

  it("sees nothing to review when only the date and the counts of builds that stayed on top moved", () => {
    const next = after((d) => {
      d.specs[FROST_MAGE]!.raid.heroic!.general = { top: { build: 0, count: 44, near: 44, sampleSize: 101, players: 101 } };
    });
    const diff = diffTalentData(before, next);
    expect(diff.changed).toBe(false);
    expect(diff.slots).toEqual([]);
    expect(diffMarkdown(diff)).toContain("No build changed.");
  });

  it("reports another top build with old and new popularity, sample size and the talents swapped, by name", () => {
    const next = after((d) => {
      d.specs[FROST_MAGE]!.raid.mythic!.general = {
        // 64 rankings of 30 players; Ice Nova (in build 1) is taken by 40 of them: a flex talent.
        top: { build: 1, count: 27, near: 40, sampleSize: 64, players: 30, flex: [{ entryId: 103, taken: 40 }] },
        alternative: { build: 2, count: 14, near: 16, sampleSize: 20, players: 16 },
      };
    });
    const diff = diffTalentData(before, next);
    expect(diff.changed).toBe(true);
    expect(diff.slots).toEqual([
      {
        specId: 64,
        spec: "Frost Mage",
        section: "raid:mythic",
        sectionLabel: "Raid Mythic",
        place: "general",
        placeName: "general",
        kind: "changed",
        old: { popularity: 21 / 60, nearShare: 21 / 60, count: 21, near: 21, sampleSize: 60, players: 60, talentCode: "CODEA64" },
        new: {
          popularity: 27 / 64,
          nearShare: 40 / 64,
          count: 27,
          near: 40,
          sampleSize: 64,
          players: 30,
          talentCode: "CODEB64",
          flex: "flex: Ice Nova 63%",
        },
        talents: {
          added: [{ entryId: 103, name: "Ice Nova", rank: 1 }],
          removed: [{ entryId: 102, name: "Frozen Orb", rank: 1 }],
          rankChanged: [],
        },
        alternative: {
          old: { popularity: 12 / 18, nearShare: 15 / 18, count: 12, near: 15, sampleSize: 18, players: 15 },
          new: { popularity: 14 / 20, nearShare: 16 / 20, count: 14, near: 16, sampleSize: 20, players: 16 },
        },
      },
    ]);
    const md = diffMarkdown(diff);
    expect(md).toContain("## Talent data 2026-12-02 (was 2026-12-01)");
    expect(md).toContain("#### Frost Mage");
    // The near share is the headline, the exact share beside it; a general slot counts rankings and names the players.
    expect(md).toContain(
      "| Raid Mythic · general | 35% of 60 rankings of 60 players within 2 talents, 35% exact | 63% of 64 rankings of 30 players within 2 talents, 42% exact | +Ice Nova, −Frozen Orb; flex: Ice Nova 63% |",
    );
  });

  it("names rank changes and unknown talents by ID", () => {
    const next = after((d) => {
      d.specs[FROST_MAGE]!.builds[0] = {
        entries: [
          { entryId: 101, rank: 1 },
          { entryId: 102, rank: 1 },
          { entryId: 104, rank: 1 },
          { entryId: 999, rank: 1 },
        ],
        talentCode: "CODEAA64",
      };
    });
    const slot = diffTalentData(before, next).slots.find((s) => s.specId === 64 && s.section === "raid:heroic" && s.place === "general")!;
    expect(slot.kind).toBe("changed");
    expect(slot.talents).toEqual({
      added: [{ entryId: 999, name: "talent 999", rank: 1 }],
      removed: [],
      rankChanged: [{ entryId: 104, name: "Shifting Power", from: 2, to: 1 }],
    });
  });

  it("matches builds by their talents, not by their index in the pool", () => {
    const next = after((d) => {
      const spec = d.specs[FROST_MAGE]!;
      spec.builds = [spec.builds[2]!, spec.builds[1]!, spec.builds[0]!];
      const swap = (pick: { build: number }): void => {
        pick.build = pick.build === 0 ? 2 : pick.build === 2 ? 0 : pick.build;
      };
      for (const content of [spec.raid.heroic!, spec.raid.mythic!, spec.mythicplus!]) {
        for (const slot of [content.general!, ...Object.values(content.encounters)]) {
          swap(slot.top);
          if (slot.alternative) swap(slot.alternative);
        }
      }
    });
    expect(diffTalentData(before, next).changed).toBe(false);
  });

  it("lists new and removed encounters, and the builds that came and went with them", () => {
    const next = after((d) => {
      delete d.encounters[String(BOSS_2)];
      for (const spec of Object.values(d.specs)) delete spec.raid.heroic!.encounters[String(BOSS_2)];
      d.encounters["12003"] = { id: 12003, name: "Maisara Caverns", content: "mythicplus", zoneId: 47, order: 3, instanceId: 2811 };
      d.specs[FROST_MAGE]!.mythicplus!.encounters["12003"] = { top: { build: 0, count: 9, near: 9, sampleSize: 9, players: 9 } };
    });
    const diff = diffTalentData(before, next);
    expect(diff.encounters.added.map((e) => e.name)).toEqual(["Maisara Caverns"]);
    expect(diff.encounters.removed.map((e) => e.name)).toEqual(["Vorasius <the Devourer>"]);
    const frost = diff.slots.filter((s) => s.specId === 64);
    expect(frost.map((s) => [s.section, s.placeName, s.kind])).toEqual([
      ["raid:heroic", "Vorasius <the Devourer>", "removed"],
      ["mythicplus", "Maisara Caverns", "added"],
    ]);
    expect(diff.slots.filter((s) => s.kind === "removed")).toHaveLength(40);
    const md = diffMarkdown(diff);
    expect(md).toContain("- added Mythic+: Maisara Caverns");
    // GitHub would drop "<the Devourer>" as an unknown HTML tag.
    expect(md).toContain("- removed raid: Vorasius &lt;the Devourer&gt;");
    expect(md).toContain(
      "| Raid Heroic · Vorasius &lt;the Devourer&gt; | 63% of 48 players within 2 talents, 63% exact | — | no build any more |",
    );
  });

  it("reports a new partition or season and coverage", () => {
    const next = after((d) => {
      d.source.mythicplus = {
        zoneId: 48,
        name: "Mythic+ Season 2",
        difficulty: "mythicplus",
        partition: 1,
        partitionName: "12.1",
        topN: 50,
      };
      d.source.raid[0]!.partition = 3;
      delete d.specs[FROST_MAGE]!.raid.mythic;
    });
    const diff = diffTalentData(before, next);
    expect(diff.zones).toEqual([
      {
        content: "Mythic+",
        old: before.source.mythicplus,
        new: next.source.mythicplus,
        changes: ["Mythic+ Season 1 → Mythic+ Season 2", "partition 2 → 1 (12.1)"],
      },
      { content: "Raid Heroic", old: before.source.raid[0], new: next.source.raid[0], changes: ["partition 2 → 3"] },
    ]);
    const md = diffMarkdown(diff);
    expect(md).toContain("- Raid Heroic: partition 2 → 3");
    expect(md).toContain("- Mythic+: Mythic+ Season 1 → Mythic+ Season 2; partition 2 → 1 (12.1)");
    // 40 specs x 2 bosses per difficulty; Frost Mage lost its Mythic raid section.
    expect(md).toContain("| Raid Heroic | 40 | 80 |");
    expect(md).toContain("| Raid Mythic | 40 → 39 | 80 → 78 |");
  });

  it("says when only the alternative (other hero tree) changed", () => {
    const next = after((d) => {
      delete d.specs[FROST_MAGE]!.raid.mythic!.general!.alternative;
    });
    const [slot] = diffTalentData(before, next).slots;
    expect(slot!.kind).toBe("alternative");
    expect(diffMarkdown(diffTalentData(before, next))).toContain(
      "| Raid Mythic · general | 35% of 60 rankings of 60 players within 2 talents, 35% exact | 35% of 60 rankings of 60 players within 2 talents, 35% exact | alternative hero tree dropped |",
    );
  });

  it("flags sample data and a change of source kind at the top", () => {
    const next = after((d) => {
      d.source.kind = "sample";
    });
    const diff = diffTalentData(before, next);
    expect(diff.changed).toBe(true);
    const md = diffMarkdown(diff);
    expect(md).toContain("**SAMPLE DATA**");
    expect(md).toContain("Source changed: **warcraftlogs → sample**");
  });

  it("summarises a first file without listing every slot", () => {
    const md = diffMarkdown(diffTalentData(undefined, before));
    expect(md).toContain("## First talent data: 2026-12-01");
    expect(md).not.toContain("### Builds");
    expect(md).toContain("| Mythic+ | 40 | 80 |");
  });

  it("cuts whole spec blocks to fit a size limit and says how many it left out", () => {
    const next = after((d) => {
      for (const spec of Object.values(d.specs))
        spec.mythicplus!.general = { top: { build: 1, count: 40, near: 40, sampleSize: 90, players: 90 } };
    });
    const diff = diffTalentData(before, next);
    const full = diffMarkdown(diff);
    const cut = diffMarkdown(diff, 3000);
    expect(full.length).toBeGreaterThan(3000);
    expect(cut.length).toBeLessThanOrEqual(3000);
    expect(cut).toMatch(/_… \d+ more specs left out \(size limit\)/);
    expect(cut).toContain("### Coverage");
  });
});
