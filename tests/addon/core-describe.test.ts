import { describe, expect, it } from "vitest";
import { locate } from "../../packages/addon-ts/src/core/context";
import { decide } from "../../packages/addon-ts/src/core/decision";
import { describeChange, describeOffer, explain, popupText } from "../../packages/addon-ts/src/core/describe";
import { killKey } from "../../packages/addon-ts/src/core/next-boss";
import { enUS } from "../../packages/addon-ts/src/locale/enUS";
import { localeFor } from "../../packages/addon-ts/src/locale";
import { boss, build, decisionInput, inRaid, talentData } from "./support/core-fixtures";

const data = talentData();
const base = decisionInput(data);

describe("player-facing text", () => {
  it("states popularity, sample size and the ranked difficulty", () => {
    const offer = { fallback: false, alternative: false } as const;
    expect(describeOffer(enUS, { ...offer, content: "raid", section: "mythic", build: build("X", 21, 50), lowSample: false })).toBe(
      "Raid: 42 % of 50 top Mythic players within 2 talents, 42 % exact",
    );
    expect(
      describeOffer(enUS, { ...offer, content: "raid", section: "heroic", build: build("X", 21, 50), lowSample: false }, () => ({
        heroTree: "San'layn",
      })),
    ).toBe("Raid, San'layn: 42 % of 50 top Heroic players within 2 talents, 42 % exact");
    expect(describeOffer(enUS, { ...offer, content: "mythicplus", section: "mythicplus", build: build("X", 3, 8), lowSample: true })).toBe(
      "Mythic+: 38 % of 8 top Mythic+ players within 2 talents, 38 % exact (low sample)",
    );
  });

  it("states the share within 2 talents as the headline, the exact share beside it", () => {
    const offer = { fallback: false, alternative: false, content: "raid", section: "mythic", lowSample: false } as const;
    expect(describeOffer(enUS, { ...offer, build: build("X", 21, 50, 32) })).toBe(
      "Raid: 64 % of 50 top Mythic players within 2 talents, 42 % exact",
    );
  });

  it("lists core changes first and flex ones apart, and says when only flex talents change", () => {
    expect(describeChange(enUS, { changes: 6, names: ["A", "B"], flexChanges: 2, flexNames: ["X", "Y"] })).toBe(
      "changes 6 talent(s): A, B and 4 more; + 2 flex: X, Y",
    );
    expect(describeChange(enUS, { changes: 0, names: [], flexChanges: 1, flexNames: ["X"] })).toBe(
      "changes only flex talents (+ 1 flex: X)",
    );
    expect(describeChange(enUS, { changes: 2, names: ["A", "B"], flexChanges: 0, flexNames: [] })).toBe("changes 2 talent(s): A, B");
  });

  it("/att why names the flex talents a matched build differs in", () => {
    const d = decide({ ...base, trigger: "login", context: { kind: "general" }, isActive: (b) => b.talentCode === "RAIDGENERAL" });
    const lines = explain(enUS, data, d, () => ({ changes: 0, flexChanges: 2, flexNames: ["Talent 7", "Talent 9"] }));
    expect(lines.slice(-2)).toEqual([
      "not prompted: the active talents already match the Raid build",
      "differs only in flex talents, where top players split: Talent 7, Talent 9",
    ]);
    expect(explain(enUS, data, d, () => ({ changes: 0, flexChanges: 0 })).some((l) => l.startsWith("differs only"))).toBe(false);
  });

  it("puts both general builds and the data date in the login popup", () => {
    const d = decide({ ...base, trigger: "login", context: { kind: "general" } });
    const text = popupText(enUS, data, "2026-03-02", d, "Blood");
    expect(text).toContain("Raid: 42 % of 50 top Mythic players within 2 talents, 42 % exact");
    expect(text).toContain("Mythic+: 30 % of 60 top Mythic+ players within 2 talents, 30 % exact");
    expect(text).toContain("Data from 2026-03-02.");
  });

  it("marks sample data first, names hero trees and lists what applying changes, from the client's facts", () => {
    const d = decide({ ...base, trigger: "login", context: { kind: "general" } });
    const names = ["A", "B", "C", "D", "E", "F", "G"];
    const text = popupText(enUS, data, "2026-03-02", d, "Blood", (o) =>
      o.content === "raid" ? { heroTree: "Deathbringer", changes: 9, names } : { changes: 2, names: ["X", "Y"] },
    );
    expect(text.split("\n")).toEqual([
      "SAMPLE DATA: synthetic builds, not real rankings.",
      "Your Blood talents match neither top build.",
      "Raid, Deathbringer: 42 % of 50 top Mythic players within 2 talents, 42 % exact",
      "  changes 9 talent(s): A, B, C, D, E, F and 3 more",
      "Mythic+: 30 % of 60 top Mythic+ players within 2 talents, 30 % exact",
      "  changes 2 talent(s): X, Y",
      "Data from 2026-03-02.",
    ]);
    const real = talentData({ source: { ...data.source, kind: "warcraftlogs" } });
    expect(popupText(enUS, real, "2026-03-02", d, "Blood")).not.toContain("SAMPLE DATA");
  });

  it("names the boss and says when the general raid build stands in for it", () => {
    const kills = { [killKey(16, 3301)]: true, [killKey(16, 3303)]: true };
    const d = decide({ ...base, trigger: "readycheck", context: locate(data, inRaid(), kills) });
    expect(popupText(enUS, data, "2026-03-02", d, "Blood")).toContain("general raid build offered");
    const lines = explain(enUS, data, d);
    expect(lines[0]).toBe("last decision (ready check):");
    expect(lines[1]).toBe("context: raid, next boss Boss 2803");
    // Which source said each boss before it is dead.
    expect(lines[2]).toBe("already dead: Boss 2801 (kill seen this session), Boss 2802 (kill seen this session)");
    expect(lines).toContain("boss/dungeon build missing or under 10 samples: general build used");
    expect(lines[lines.length - 1]).toBe("prompted");
  });

  it("/att why names the instance's progress and the Mythic lock as the sources of dead bosses", () => {
    const bosses = [boss(2801, 3301, { completeInInstance: true }), boss(2802, 3303, { completeInLock: true }), boss(2803, 3305)];
    const d = decide({ ...base, trigger: "readycheck", context: locate(data, inRaid(bosses), {}) });
    expect(explain(enUS, data, d)[2]).toBe("already dead: Boss 2801 (this instance's progress), Boss 2802 (your raid lock)");
    const none = decide({ ...base, trigger: "readycheck", context: locate(data, inRaid(), {}) });
    expect(explain(enUS, data, none).some((line) => line.startsWith("already dead"))).toBe(false);
  });

  it("explains a quiet decision with its reason", () => {
    const d = decide({ ...base, trigger: "login", context: { kind: "general" }, isActive: (b) => b.talentCode === "RAIDGENERAL" });
    expect(explain(enUS, data, d)).toContain("not prompted: the active talents already match the Raid build");
  });

  it("has a reason text for every reason and falls back to English for unknown locales", () => {
    for (const reason of [
      "disabled",
      "triggerOff",
      "noSpec",
      "dataUnusable",
      "noSpecData",
      "noContext",
      "keystone",
      "allKilled",
      "noBuild",
      "matching",
      "suppressed",
      "sameContext",
      "prompt",
      "autoApply",
    ]) {
      expect(enUS.REASON[reason], reason).toBeTruthy();
    }
    // French has no texts of its own yet and no client strings here: English throughout; an unknown locale is English.
    expect(localeFor("frFR")).toEqual(enUS);
    expect(localeFor("xxXX")).toBe(enUS);
  });
});
