-- Test-side helpers present in every state: captured output and a JSON encoder so the driver can read Lua
-- values back. Names start with __ so the global-leak check can tell them from anything an addon sets.

__printed = {}
print = function(...)
  local parts = {}
  for i = 1, select("#", ...) do parts[#parts + 1] = tostring((select(i, ...))) end
  __printed[#__printed + 1] = table.concat(parts, " ")
end

local function encodeString(s)
  return '"' .. string.gsub(s, '[%c"\\]', function(c)
    local map = { ['"'] = '\\"', ['\\'] = '\\\\', ['\n'] = '\\n', ['\r'] = '\\r', ['\t'] = '\\t' }
    return map[c] or string.format("\\u%04x", string.byte(c))
  end) .. '"'
end

local function isArray(t)
  local n = 0
  for k in pairs(t) do
    if type(k) ~= "number" or k < 1 or k ~= math.floor(k) then return false end
    n = n + 1
  end
  for i = 1, n do if t[i] == nil then return false end end
  return true, n
end

local function encode(value, seen)
  local kind = type(value)
  if kind == "nil" then return "null" end
  if kind == "boolean" then return value and "true" or "false" end
  if kind == "number" then
    if value ~= value or value == math.huge or value == -math.huge then return "null" end
    return tostring(value)
  end
  if kind == "string" then return encodeString(value) end
  if kind == "table" then
    if seen[value] then error("__json: cycle") end
    seen[value] = true
    local array, n = isArray(value)
    local parts = {}
    if array and n > 0 then
      for i = 1, n do parts[i] = encode(value[i], seen) end
      seen[value] = nil
      return "[" .. table.concat(parts, ",") .. "]"
    end
    for k, v in pairs(value) do
      if type(v) ~= "function" then
        parts[#parts + 1] = encodeString(tostring(k)) .. ":" .. encode(v, seen)
      end
    end
    seen[value] = nil
    return "{" .. table.concat(parts, ",") .. "}"
  end
  return encodeString("<" .. kind .. ">")
end

__json = function(value) return encode(value, {}) end
