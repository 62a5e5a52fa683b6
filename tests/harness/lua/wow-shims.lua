-- Globals the WoW client's Lua 5.1 has and stock Lua 5.1 lacks. Loaded into every test state (fengari and
-- real Lua 5.1) before any addon file, so the built Lua runs against the same base library as in game.

local floor = math.floor

-- WoW ships the BitOp library as `bit`; arithmetic versions over unsigned 32-bit values are enough for tests.
local function tou32(x) return x % 4294967296 end
local function bitop(a, b, keep)
  a, b = tou32(floor(a)), tou32(floor(b))
  local result, place = 0, 1
  for _ = 1, 32 do
    local abit, bbit = a % 2, b % 2
    if keep(abit, bbit) then result = result + place end
    a, b, place = (a - abit) / 2, (b - bbit) / 2, place * 2
  end
  return result
end
local function tos32(x) if x >= 2147483648 then return x - 4294967296 end return x end
bit = {
  band = function(a, b) return tos32(bitop(a, b, function(x, y) return x == 1 and y == 1 end)) end,
  bor = function(a, b) return tos32(bitop(a, b, function(x, y) return x == 1 or y == 1 end)) end,
  bxor = function(a, b) return tos32(bitop(a, b, function(x, y) return x ~= y end)) end,
  bnot = function(a) return tos32(4294967295 - tou32(floor(a))) end,
  lshift = function(a, n) return tos32(tou32(floor(a) * 2 ^ n)) end,
  rshift = function(a, n) return tos32(floor(tou32(floor(a)) / 2 ^ n)) end,
}

strsplit = function(delimiter, text, pieces)
  local results, start = {}, 1
  while true do
    if pieces and #results == pieces - 1 then break end
    local first, last = string.find(text, delimiter, start, true)
    if not first then break end
    results[#results + 1] = string.sub(text, start, first - 1)
    start = last + 1
  end
  results[#results + 1] = string.sub(text, start)
  return unpack(results)
end
strjoin = function(delimiter, ...) return table.concat({ ... }, delimiter) end
strtrim = function(text, chars)
  if chars then
    local set = "[" .. string.gsub(chars, "[%]%^%-]", "%%%0") .. "]"
    return (string.gsub(string.gsub(text, "^" .. set .. "+", ""), set .. "+$", ""))
  end
  return (string.gsub(text, "^%s*(.-)%s*$", "%1"))
end
wipe = function(t) for k in pairs(t) do t[k] = nil end return t end
tinsert, tremove, sort, tContains = table.insert, table.remove, table.sort, function(t, v)
  for _, x in ipairs(t) do if x == v then return true end end
  return false
end
format, strlen, strsub, strfind, strmatch, gsub, gmatch = string.format, string.len, string.sub, string.find, string.match, string.gsub, string.gmatch
strlower, strupper, strrep, strbyte, strchar = string.lower, string.upper, string.rep, string.byte, string.char
floor, ceil, abs, max, min, mod = math.floor, math.ceil, math.abs, math.max, math.min, math.fmod
date, time = os.date, os.time
