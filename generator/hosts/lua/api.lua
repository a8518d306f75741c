-- The API scripts see: app.integrations, docs, json, dump and print.
-- Every call goes to a Python callback in `host`; callbacks answer
-- (true, value) or (false, error fields) and never hand Python objects over.
local sandbox, host, catalog = ...

local error, type, tostring, next, ipairs = error, type, tostring, next, ipairs
local setmetatable, match, gsub = setmetatable, string.match, string.gsub
local pack, unpack, concat = table.pack, table.unpack, table.concat
local raw_pcall, utf8_len = pcall, utf8.len
local env, readonly = sandbox.env, sandbox.readonly

-- Errors raised by the host are tables {tool=, status=, param=, message=};
-- tostring(err) gives "fly-io.get_app: 404 App not found".
local host_errors = setmetatable({}, { __mode = "k" })
local function describe(err)
  if not host_errors[err] then return nil end
  local prefix = err.tool and (err.tool .. ": ") or ""
  local status = err.status and (tostring(err.status) .. " ") or ""
  return prefix .. status .. tostring(err.message)
end
local error_mt = {
  __tostring = describe,
  __concat = function(a, b) return tostring(a) .. tostring(b) end,
  __metatable = "host error",
}

local function raise(fields)
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
env.docs = readonly("docs", {
  read = function(name) return checked(host.docs, name) end,
})

-- app.integrations.<namespace | ["id"]>[.<account>].<tool>(args)
local function tool_function(full_name, account)
  return function(args) return checked(host.call, full_name, account, args) end
end

local function account_view(provider, account)
  local functions = {}
  local function lookup(_, name)
    if type(name) ~= "string" then return nil end
    local full_name = provider.tools[name] or (provider.id .. "." .. name) -- unknown: the call says so
    functions[name] = functions[name] or tool_function(full_name, account)
    return functions[name]
  end
  -- Reached by a misspelt tool name (fly_io.lsit_apps): calling it reports that.
  local function call(_, args) return checked(host.call, provider.id .. "." .. account, nil, args) end
  return readonly(provider.id .. "." .. account, lookup, function() return next, {}, nil end, call)
end

local function provider_view(provider)
  local functions, accounts = {}, {}
  local function lookup(_, key)
    if type(key) ~= "string" then return nil end
    local full_name = provider.tools[key]
    if full_name then
      functions[key] = functions[key] or tool_function(full_name, nil)
      return functions[key]
    end
    if not match(key, "^[%w_-]+$") then return nil end
    accounts[key] = accounts[key] or account_view(provider, key)
    return accounts[key]
  end
  local function iterate()
    local i = 0
    return function()
      i = i + 1
      local name = provider.names[i]
      if name then return name, lookup(nil, name) end
    end
  end
  return readonly("app.integrations." .. provider.namespace, lookup, iterate)
end

local providers, by_namespace = {}, {}
for _, provider in ipairs(catalog) do
  local view = provider_view(provider)
  providers[provider.id], providers[provider.namespace] = view, view
  by_namespace[provider.namespace] = view
end
local integrations = readonly("app.integrations", function(_, key)
  return providers[key] or checked(host.unknown_provider, tostring(key))
end, function() return next, by_namespace, nil end)
env.app = readonly("app", { integrations = integrations })

return describe
