-- Makes fengari (Lua 5.3) behave like the client's Lua 5.1 for the code we ship. Runs first in a fengari state.
-- JS installs __g14 (C's %.14g, how 5.1 prints numbers) before this file runs.

unpack = table.unpack
local unpack51 = table.unpack
loadstring = load
math.pow = function(a, b) return a ^ b end
math.log10 = function(x) return math.log(x, 10) end
math.mod = math.fmod
table.getn = function(t) return #t end
table.maxn = function(t)
  local n = 0
  for k in pairs(t) do if type(k) == "number" and k > n then n = k end end
  return n
end
string.gfind = string.gmatch

-- 5.3-only library functions do not exist in the client: code that calls them must fail here too.
table.unpack, table.move, table.pack = nil, nil, nil
math.type, math.tointeger, math.ult, math.maxinteger, math.mininteger = nil, nil, nil, nil, nil
string.pack, string.unpack, string.packsize = nil, nil, nil
utf8, coroutine.isyieldable = nil, nil

-- Numbers print as in 5.1 (10/2 is "5", not "5.0").
local rawtostring = tostring
local g14 = __g14
__g14 = nil
tostring = function(value)
  if type(value) == "number" then return g14(value) end
  return rawtostring(value)
end

-- 5.1's format truncates floats for %d/%x/%c and prints numbers for %s the 5.1 way.
local rawformat = string.format
local function format51(fmt, ...)
  local args = { ... }
  local n = select("#", ...)
  local i = 0
  for spec in string.gmatch(fmt, "%%[-+ #0]*%d*%.?%d*([%a%%])") do
    if spec ~= "%" then
      i = i + 1
      local value = args[i]
      if type(value) == "number" then
        if spec == "d" or spec == "i" or spec == "x" or spec == "X" or spec == "c" or spec == "o" or spec == "u" then
          args[i] = value >= 0 and math.floor(value) or math.ceil(value)
        elseif spec == "s" then
          args[i] = g14(value)
        end
      end
    end
  end
  return rawformat(fmt, unpack51(args, 1, n))
end
string.format = format51
