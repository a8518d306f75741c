-- Tables the host builds from Python values. Lists carry a marker metatable
-- so json.encode keeps an empty list as [] (an unmarked empty table is {}).
-- In strict mode, reading a field the result type does not declare is an error.
local error, type, tostring, pairs = error, type, tostring, pairs
local setmetatable, getmetatable = setmetatable, getmetatable
local format, concat, sort = string.format, table.concat, table.sort

local values = {}
local array_mt = {}
local list_mts = setmetatable({ [array_mt] = true }, { __mode = "k" })

function values.new_array() return setmetatable({}, array_mt) end

function values.is_array(t) return list_mts[getmetatable(t)] == true end

function values.seal_array(t, label)
  local mt = {
    __index = function(_, key)
      if type(key) == "number" then return nil end
      error(format("%s is a list: it has no field '%s'", label, tostring(key)), 2)
    end,
  }
  list_mts[mt] = true
  return setmetatable(t, mt)
end

-- `declared` is a set of field names; absent declared fields read as nil.
function values.seal_object(t, declared, label)
  local names = {}
  for name in pairs(declared) do names[#names + 1] = name end
  sort(names)
  return setmetatable(t, {
    __index = function(_, key)
      if declared[key] then return nil end
      error(format("%s has no field '%s' (declared: %s)", label, tostring(key), concat(names, ", ")), 2)
    end,
  })
end

return values
