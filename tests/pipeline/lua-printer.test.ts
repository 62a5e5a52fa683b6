import { describe, expect, it } from "vitest";
import { SCHEMA_VERSION, unpackSpec, type TalentData } from "@att/contract";
import { luaString, luaValue, talentDataLua } from "../../packages/pipeline/src/output/lua";
import { renderOutputs } from "../../packages/pipeline/src/output/write";
import { createFengari } from "../harness/fengari";

/**
 * The printed Lua is loaded in fengari (Lua 5.1 behaviour) and read back: a Lua-side walker encodes every string
 * as hex of its bytes and every number with %.17g, so the comparison is exact whatever the string holds.
 */
const WALKER = `
local function hex(s) return (string.gsub(s, ".", function(c) return string.format("%02x", string.byte(c)) end)) end
function __walk(v)
  local t = type(v)
  if t == "string" then return '"s:' .. hex(v) .. '"' end
  if t == "number" then return '"n:' .. string.format("%.17g", v) .. '"' end
  if t == "boolean" then return tostring(v) end
  if t ~= "table" then return '"?:' .. t .. '"' end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys, function(a, b) return tostring(a) < tostring(b) end)
  local parts = {}
  for _, k in ipairs(keys) do
    local key = type(k) == "string" and ("s:" .. hex(k)) or ("n:" .. tostring(k))
    parts[#parts + 1] = '"' .. key .. '":' .. __walk(v[k])
  end
  return "{" .. table.concat(parts, ",") .. "}"
end
`;

function decodeWalked(value: unknown): unknown {
  if (typeof value === "string") {
    if (value.startsWith("s:")) return Buffer.from(value.slice(2), "hex").toString("utf8");
    if (value.startsWith("n:")) return Number(value.slice(2));
    throw new Error(`unexpected ${value}`);
  }
  if (typeof value === "boolean") return value;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[String(decodeWalked(k))] = decodeWalked(v);
    return out;
  }
  throw new Error(`unexpected ${String(value)}`);
}

function loadInLua(data: unknown): unknown {
  return loadFileInLua(talentDataLua(data));
}

function loadFileInLua(file: string): unknown {
  const lua = createFengari();
  lua.run(WALKER, "=walker");
  lua.run("ATT_NS = {}");
  lua.callChunk(file, "=TalentData.lua", ["AzerothsTopTalent"], ["ATT_NS"]);
  const text = lua.run("return __walk(ATT_NS.TalentData)");
  lua.close();
  return decodeWalked(JSON.parse(text ?? "null"));
}

const NASTY = [
  'say "hi"',
  "back\\slash",
  "long ]] bracket ]=] and [[ open",
  "new\nline\r\n tab\t bell\u0007 nul\u0000 del\u007f esc\u001b",
  "unicode: Ünïcödé 日本語 🐉 Zoë's",
  "digits after escape: \u00011234",
  "--[[ not a comment",
  "",
];

describe("Lua printer", () => {
  it("escapes quotes, backslashes and control bytes with three-digit decimal escapes, nothing else", () => {
    expect(luaString('a"b')).toBe('"a\\034b"');
    expect(luaString("a\\b")).toBe('"a\\092b"');
    expect(luaString("a\nb")).toBe('"a\\010b"');
    expect(luaString("\u00001")).toBe('"\\0001"');
    expect(luaString("x\u007fy")).toBe('"x\\127y"');
    expect(luaString("]]")).toBe('"]]"');
    expect(luaString("Zoë")).toBe('"Zoë"');
    // Always a double-quoted literal (never long brackets), never a raw control byte.
    for (const s of NASTY) {
      const printed = luaString(s);
      expect(printed).toMatch(/^".*"$/s);
      // eslint-disable-next-line no-control-regex -- control characters are exactly what must not appear raw
      expect(printed).not.toMatch(/[\u0000-\u001f\u007f]/);
    }
  });

  it("prints sorted keys, bare identifiers, quoted other keys, omits nil fields", () => {
    const text = luaValue({ b: 1, a: { "3176": true, end: "x", "with space": 2 }, gone: null });
    expect(text).toBe('{\n\ta = {\n\t\t["3176"] = true,\n\t\t["end"] = "x",\n\t\t["with space"] = 2,\n\t},\n\tb = 1,\n}');
  });

  it("prints numbers in their shortest round-trip form and refuses NaN/Infinity", () => {
    expect(luaValue(0.1 + 0.2)).toBe("0.30000000000000004");
    expect(luaValue(-0)).toBe("0");
    expect(luaValue(1e21)).toBe("1e+21");
    expect(() => luaValue(Number.NaN)).toThrow();
    expect(() => luaValue(Number.POSITIVE_INFINITY)).toThrow();
  });

  it("round-trips any string through a real Lua parser, as keys and as values", () => {
    const data: Record<string, unknown> = { schemaVersion: 1, popularity: 1 / 3, big: 123456789012, neg: -42.5 };
    NASTY.forEach((s, i) => {
      data[`v${i}`] = s;
      data[s === "" ? "empty-key" : s] = i;
    });
    expect(loadInLua(data)).toEqual(data);
  });

  it("round-trips random strings of every code point class", () => {
    let seed = 7;
    const rand = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const data: Record<string, string> = {};
    for (let i = 0; i < 200; i++) {
      let s = "";
      const len = rand(12);
      for (let j = 0; j < len; j++) {
        const kind = rand(4);
        const cp = kind === 0 ? rand(32) : kind === 1 ? 32 + rand(96) : kind === 2 ? 0xa0 + rand(0x700) : 0x1f300 + rand(200);
        s += String.fromCodePoint(cp);
      }
      data[`k${i}`] = s;
    }
    expect(loadInLua(data)).toEqual(data);
  });

  it("keeps the addon's file shape: local _, ns = ... / ns.TalentData = {...}", () => {
    const text = talentDataLua({ schemaVersion: 1 });
    expect(text).toBe("local _, ns = ...\nns.TalentData = {\n\tschemaVersion = 1,\n}\n");
  });

  it("writes the data file in the packed form: the same envelope, one string per spec, builds by entries alone, no talent names", () => {
    const spec = {
      specId: 250,
      className: "Death Knight",
      specName: "Blood",
      builds: [
        {
          entries: [
            { entryId: 100, rank: 1 },
            { entryId: 101, rank: 4 },
          ],
          talentCode: "CoPA",
          heroTree: "Deathbringer",
        },
        // Known only by its string: the string is all the addon has of it.
        { entries: [], talentCode: "B+/" },
      ],
      raid: {
        heroic: {
          general: { top: { build: 0, count: 3, near: 3, sampleSize: 4, players: 4 } },
          encounters: { "3301": { top: { build: 1, count: 1, near: 1, sampleSize: 1, players: 1 } } },
        },
      },
      mythicplus: null,
    };
    const data: TalentData = {
      schemaVersion: SCHEMA_VERSION,
      generatedAt: "2026-03-02T00:00:00.000Z",
      source: {
        kind: "sample",
        raid: [{ zoneId: 46, name: 'Raid "One"', difficulty: "heroic", partition: 2, partitionName: "Patch 12.0", topN: 50 }],
      },
      encounters: { "3301": { id: 3301, name: "Boss", content: "raid", zoneId: 46, order: 1, journalEncounterId: 2801 } },
      specs: { "250": spec },
      talentNames: { "100": "Heart Strike", "101": "Marrowrend" },
    };
    const loaded = loadFileInLua(renderOutputs(data).lua) as Record<string, unknown>;
    const { specs, talentNames, ...envelope } = data;
    expect(talentNames).toBeDefined();
    // Lua cannot hold an array apart from a map: the walker gives the raid sources as {"1": ...}.
    expect({ ...loaded, specs: undefined, source: undefined }).toEqual({ ...envelope, specs: undefined, source: undefined });
    expect(loaded.source).toEqual({ kind: "sample", raid: { "1": data.source.raid[0] } });
    // Entries 100/1 and 101/4 are "sMDA" (see the contract's pack tests), without their string and hero tree name (the
    // addon encodes strings from the live tree); the string-only build, written as its difference against build 0,
    // removes 100 (gap 100 -> 99 * 4 + 0 = 396 -> "sM") and 101 (gap 1 -> 0 -> "A") and keeps its string; heroic
    // general 0:3:3:4:4 (build:count:near:sampleSize:players), boss 3301 1:1:1:1:1; mythic and Mythic+ absent.
    expect(loaded.specs).toEqual({ "250": "3|250|Death Knight|Blood|sMDA,sMA.B+/|0:3:3:4:4;3301=1:1:1:1:1||" });
    const builds = specs["250"]!.builds;
    expect(unpackSpec((loaded.specs as Record<string, string>)["250"])).toEqual({
      ...specs["250"],
      builds: [{ entries: builds[0]!.entries }, builds[1]],
    });
    expect(JSON.parse(renderOutputs(data).json)).toEqual(data);
  });
});
