-- The environment untrusted scripts run in, and the limit hook that stops them.
-- This chunk runs once per runtime with the full standard library; scripts only
-- ever see `env`. Library functions the host needs are captured in locals here,
-- so nothing a script changes in its own copies can reach host code.
local now, timeout, hook_every, memory_message = ...

local error, type, pairs, next, rawget, rawset = error, type, pairs, next, rawget, rawset
local tostring, math_type = tostring, math.type
local setmetatable, getmetatable, format = setmetatable, getmetatable, string.format
local pack, unpack = table.pack, table.unpack
local sethook = debug.sethook
local raw_pcall, raw_xpcall, raw_load, raw_collect = pcall, xpcall, load, collectgarbage
local co_create, co_resume = coroutine.create, coroutine.resume

local sandbox = { env = {} }
local env = sandbox.env
local killed = nil -- set once a limit stops the run; no pcall can catch it after that
local deadline = 0

function sandbox.kill(message)
  killed = message
  error(message, 0)
end

local function hook()
  if killed then error(killed, 0) end
  if now() > deadline then sandbox.kill(format("time limit exceeded (%gs)", timeout)) end
end

-- Re-raises a kill that a pcall, xpcall or coroutine caught.
function sandbox.unless_killed(...)
  if killed then error(killed, 0) end
  return ...
end
local unless_killed = sandbox.unless_killed

-- Read-only views: the real table stays private, so rawset or setmetatable on a
-- view cannot change what the host uses.
local guarded = setmetatable({}, { __mode = "k" })

function sandbox.readonly(name, index, iterate, call)
  local view = setmetatable({}, {
    __index = index,
    __newindex = function(_, key) error(format("%s is read-only (cannot set '%s')", name, tostring(key)), 2) end,
    __pairs = iterate or function() return next, index, nil end,
    __call = call,
    __metatable = "locked",
  })
  guarded[view] = true
  return view
end

local function copy(library, without)
  local out = {}
  for key, value in pairs(library) do
    if key ~= without then out[key] = value end
  end
  return out
end

for _, name in pairs({ "assert", "error", "ipairs", "next", "pairs", "rawequal", "rawget",
  "rawlen", "select", "tonumber", "tostring", "type", "_VERSION" }) do
  env[name] = _G[name]
end
env.string = copy(string, "dump")
env.table = copy(table)
env.math = copy(math)
env.utf8 = copy(utf8)
env.os = { time = os.time, clock = os.clock, date = os.date, difftime = os.difftime }
env.unpack = table.unpack
env._G = env

-- Strings index the script's own copy of `string`; getmetatable("") is locked.
local string_mt = getmetatable("")
string_mt.__index = env.string
string_mt.__metatable = "locked"

env.pcall = function(...) return unless_killed(raw_pcall(...)) end
env.xpcall = function(fn, handler, ...)
  -- Once killed, skip the script's handler: erroring inside it would call it again.
  local function guarded_handler(err)
    if killed then return killed end
    return handler(err)
  end
  return unless_killed(raw_xpcall(fn, guarded_handler, ...))
end
env.load = function(chunk, name, _, chunk_env)
  return raw_load(chunk, name, "t", chunk_env or env) -- text only: no bytecode
end
env.rawset = function(t, key, value)
  if guarded[t] then error("cannot rawset a host table", 2) end
  return rawset(t, key, value)
end
env.setmetatable = function(t, mt)
  -- A finalizer could run after the run ends, outside the limit hook.
  if type(mt) == "table" and rawget(mt, "__gc") ~= nil then error("__gc metamethods are not allowed", 2) end
  return setmetatable(t, mt)
end
env.getmetatable = getmetatable
env.collectgarbage = function(option)
  if option == nil or option == "collect" or option == "count" then return raw_collect(option) end
  error("collectgarbage: only 'collect' and 'count' are allowed", 2)
end

-- Coroutines run under the same limit hook as the main thread.
local coroutines = copy(coroutine)
coroutines.create = function(fn)
  local thread = co_create(fn)
  sethook(thread, hook, "", hook_every)
  return thread
end
coroutines.resume = function(...) return unless_killed(co_resume(...)) end
coroutines.wrap = function(fn)
  local thread = coroutines.create(fn)
  return function(...)
    local result = pack(unless_killed(co_resume(thread, ...)))
    if not result[1] then error(result[2], 0) end
    return unpack(result, 2, result.n)
  end
end
env.coroutine = coroutines

-- Turns whatever a script raised into {message=, status=, tool=, param=}
-- without running any of its metamethods.
local function error_fields(err, describe)
  if type(err) == "string" then
    return { message = err == "not enough memory" and memory_message or err }
  end
  if type(err) ~= "table" then return { message = format("error object is a %s value", type(err)) } end
  local message = describe(err) or rawget(err, "message")
  local fields = { message = type(message) == "string" and message or "error object is a table value" }
  for _, key in pairs({ "status", "tool", "param" }) do
    local value = rawget(err, key)
    if type(value) == "string" or math_type(value) == "integer" then fields[key] = value end
  end
  return fields
end

-- Runs one script; returns true, first result or false, error fields.
-- `describe(err)` names host error tables (set by api.lua).
function sandbox.run(code, name, describe)
  sandbox.chunk_name = name
  local chunk, problem = raw_load(code, "=" .. name, "t", env)
  if not chunk then return false, { message = problem } end
  deadline = now() + timeout
  sethook(hook, "", hook_every)
  local result = pack(raw_xpcall(chunk, function(err) return error_fields(err, describe) end))
  sethook()
  if killed then return false, { message = killed } end
  if result[1] then return true, result[2] end
  if type(result[2]) == "table" then return false, result[2] end
  return false, error_fields(result[2], describe) -- the handler does not run for memory errors
end

return sandbox
