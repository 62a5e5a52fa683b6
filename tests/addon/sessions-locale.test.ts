/**
 * The built addon in each client language, in the simulated client on real Lua 5.1: it loads, every English key
 * resolves to a text with the same {n} placeholders, and a prompt shows the fixed texts Blizzard's global strings
 * cover in the client's language (the sim's stand-ins read "NAME (xxXX)"). Data: the pipeline's sample source.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { enUS } from "../../packages/addon-ts/src/locale/enUS";
import type { SimulatedClient } from "../wow-sim/driver";
import { dungeon, press, prompts, startSession, useSessions } from "./support/session";
import { dungeonWithOtherBuild, generalTop } from "./support/session-data";

const data = await useSessions([250]);
const OWN = generalTop(data, 250, "raid")!.talentCode;
let instanceId: number;
let game: SimulatedClient | undefined;

beforeAll(() => {
  instanceId = dungeonWithOtherBuild(data, 250, OWN).instanceId;
});

/** Every text by path ("KEY", "TABLE.key", "HELP.1"); Lua lists arrive as JSON arrays. */
function paths(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (Array.isArray(value)) value.forEach((v, i) => paths(v, `${prefix}.${i + 1}`).forEach((t, p) => out.set(p, t)));
  else if (typeof value === "object" && value !== null)
    for (const [key, v] of Object.entries(value)) paths(v, prefix === "" ? key : `${prefix}.${key}`).forEach((t, p) => out.set(p, t));
  return out;
}
const args = (text: string): string => [...new Set(text.match(/\{\d{1,2}\}/g) ?? [])].sort().join("");
const ENGLISH = paths(enUS);

describe("client languages (real Lua 5.1)", () => {
  it.each(["enUS", "deDE", "esES", "esMX", "frFR", "itIT", "koKR", "ptBR", "ruRU", "zhCN", "zhTW"])(
    "%s: loads, every key resolves with the English placeholders, the prompt shows the client's own strings",
    async (locale) => {
      game = await startSession({ data, locale, committedBuilds: { 250: OWN } });
      game.login();
      const strings = paths(game.lua.json("__addon_ns.locale"));
      expect([...strings.keys()].sort()).toEqual([...ENGLISH.keys()].sort());
      for (const [path, text] of strings) expect(args(text), path).toBe(args(ENGLISH.get(path)!));

      game.enterInstance(dungeon(instanceId, 23));
      const [shown] = prompts(game);
      const apply = locale === "enUS" ? "Apply" : `APPLY (${locale})`;
      const mythicPlus = locale === "enUS" ? "Mythic+" : `PLAYER_DIFFICULTY_MYTHIC_PLUS (${locale})`;
      expect(shown?.buttons).toEqual([apply, "Not now", "Don't ask again"]);
      expect(shown?.text).toContain(`\n${mythicPlus}, `);
      press(game, 1);
      game.advance(3);
      expect(game.luaErrors()).toEqual([]);
    },
  );
});
