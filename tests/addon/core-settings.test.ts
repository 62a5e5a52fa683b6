import { describe, expect, it } from "vitest";
import {
  clearSuppressions,
  DEFAULT_SETTINGS,
  migrateAccountDb,
  migrateCharDb,
  suppressionList,
} from "../../packages/addon-ts/src/core/settings";

describe("saved settings", () => {
  it("creates versioned defaults on a fresh install", () => {
    expect(migrateAccountDb(undefined)).toEqual({ version: 1, settings: DEFAULT_SETTINGS });
    expect(migrateCharDb(undefined)).toEqual({ version: 1, suppressed: {}, loginChecked: false, restore: {} });
  });

  it("fills new keys without touching the player's existing choices, in place", () => {
    const saved = { version: 1, settings: { enabled: false, autoApply: true }, extra: "kept" };
    const db = migrateAccountDb(saved);
    expect(db).toBe(saved);
    expect(db.settings).toEqual({ ...DEFAULT_SETTINGS, enabled: false, autoApply: true });
    expect((db as unknown as { extra: string }).extra).toBe("kept");
  });

  it("stamps unversioned tables, keeps a newer version number, and replaces values of the wrong type", () => {
    expect(migrateAccountDb({ settings: {} }).version).toBe(1);
    expect(migrateAccountDb({ version: 7, settings: {} }).version).toBe(7);
    expect(migrateAccountDb({ settings: { debug: "yes" } }).settings.debug).toBe(false);
    expect(migrateAccountDb("garbage").settings).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps and clears per-character suppressions", () => {
    const db = migrateCharDb({ version: 1, suppressed: { "250:raid:3305": true, "250:dungeon:12800": true } });
    expect(suppressionList(db)).toEqual(["250:dungeon:12800", "250:raid:3305"]);
    expect(clearSuppressions(db)).toBe(2);
    expect(suppressionList(db)).toEqual([]);
  });
});
