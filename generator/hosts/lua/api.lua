-- The core of the API scripts see: errors, print, dump, json and the `app` table.
-- Every call goes to a Python callback in `host`; callbacks answer
-- (true, value) or (false, error fields) and never hand Python objects over.
-- The other api_*.lua chunks add namespaces through the helpers returned here.
local sandbox, host = ...

local error, type, tostring = error, type, tostring
local setmetatable, gsub = setmetatable, string.gsub
local pack, unpack, concat = table.pack, table.unpack, table.concat
local raw_pcall, utf8_len, getinfo = pcall, utf8.len, debug.getinfo
local env, readonly = sandbox.env, sandbox.readonly

-- Errors raised by the host are tables {tool=, status=, param=, message=, where=};
-- tostring(err) gives "workflow.lua:12: fly-io.get_app: 404 App not found".
local host_errors = setmetatable({}, { __mode = "k" })
local function describe(err)
  if not host_errors[err] then return nil end
  local where = err.where and (err.where .. ": ") or ""
  local prefix = err.tool and (err.tool .. ": ") or ""
  local status = err.status and (tostring(err.status) .. " ") or ""
  return where .. prefix .. status .. tostring(err.message)
end
local error_mt = {
  __tostring = describe,
  __concat = function(a, b) return tostring(a) .. tostring(b) end,
  __metatable = "host error",
}

-- The script line that made the failing call: the first Lua frame outside host
-- chunks (the runtime names those "host:<file>"). A `return f(...)` tail call
-- leaves no frame of its caller, so only the script's name is known then.
local function script_position()
  for level = 3, 40 do
    local info = getinfo(level, "Sl")
    if not info then break end
    if info.what ~= "C" and info.source:sub(1, 6) ~= "=host:" and info.currentline > 0 then
      return info.short_src .. ":" .. info.currentline
    end
  end
  return sandbox.chunk_name
end

local function raise(fields)
  fields.where = fields.where or script_position()
  host_errors[fields] = true
  error(setmetatable(fields, error_mt), 0)
end

-- A Python exception (say, a string that is not UTF-8) becomes error fields,
-- never an object the script could hold.
local function host_call(fn, ...)
  local result = pack(sandbox.unless_killed(raw_pcall(fn, ...)))
  if not result[1] then
    return false, { message = "invalid value passed to the host: " .. tostring(result[2]) }
  end
  return unpack(result, 2, result.n)
end

local function checked(fn, ...)
  local ok, value = host_call(fn, ...)
  if not ok then raise(value) end
  return value
end

local function emit(text)
  if not utf8_len(text) then text = gsub(text, "[\128-\255]", "?") end
  local ok, problem = host_call(host.write, text)
  if not ok then sandbox.kill(problem.message) end
end

env.print = function(...)
  local parts = pack(...)
  for i = 1, parts.n do parts[i] = tostring(parts[i]) end
  emit(concat(parts, "\t", 1, parts.n) .. "\n")
end
env.dump = function(value) emit(checked(host.encode, value, true) .. "\n") end
env.json = readonly("json", {
  encode = function(value) return checked(host.encode, value, false) end,
  decode = function(text) return checked(host.decode, text) end,
})

-- app.integrations and app.mcp are added by their chunks.
local app = {}
env.app = readonly("app", app)

return {
  describe = describe,
  raise = raise,
  checked = checked,
  app = app,
}
