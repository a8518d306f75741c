-- app.integrations.<namespace | ["id"]>[.<account>].<tool>(args), docs.* and lua_read_doc.
local sandbox, host, api, catalog = ...

local type, tostring, next, ipairs = type, tostring, next, ipairs
local match, sub = string.match, string.sub
local env, readonly, checked = sandbox.env, sandbox.readonly, api.checked

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
api.app.integrations = readonly("app.integrations", function(_, key)
  return providers[key] or checked(host.unknown_provider, tostring(key))
end, function() return next, by_namespace, nil end)

env.docs = readonly("docs", {
  read = function(name) return checked(host.docs, name) end,
  list = function(provider) return checked(host.docs_list, provider) end,
  search = function(query, options) return checked(host.docs_search, query, options) end,
})

-- The spelling agents use elsewhere: "integrations.<id>" or "integrations.<id>.<function>".
env.lua_read_doc = function(name)
  if type(name) == "string" and sub(name, 1, 13) == "integrations." then name = sub(name, 14) end
  return checked(host.docs, name)
end
