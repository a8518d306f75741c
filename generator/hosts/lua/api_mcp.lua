-- mcp.* and app.mcp.<server>.<tool>(args): the MCP servers of the user's config.
-- Servers start on first use and stop when the script ends (the host does both).
local sandbox, host, api, servers = ...

local type, ipairs = type, ipairs
local readonly, checked = sandbox.readonly, api.checked

local function op(name)
  return function(...) return checked(host.mcp, name, ...) end
end

sandbox.env.mcp = readonly("mcp", {
  servers = op("servers"),
  tools = op("tools"),
  schema = op("schema"),
  call = op("call"),
  resources = op("resources"),
  read_resource = op("read_resource"),
  prompts = op("prompts"),
  get_prompt = op("get_prompt"),
})

local views = {}
local function server_view(server)
  local functions = {}
  return readonly("app.mcp." .. server, function(_, tool)
    if type(tool) ~= "string" then return nil end
    functions[tool] = functions[tool] or function(args) return checked(host.mcp, "call", server, tool, args) end
    return functions[tool]
  end)
end

local configured = {}
for _, name in ipairs(servers) do configured[name] = true end

local function lookup(_, server)
  if type(server) ~= "string" then return nil end
  if not configured[server] then return checked(host.mcp, "check", server) end -- raises: unknown
  views[server] = views[server] or server_view(server)
  return views[server]
end

-- pairs(app.mcp) gives each configured server's name and view.
local function iterate()
  local i = 0
  return function()
    i = i + 1
    local name = servers[i]
    if name then return name, lookup(nil, name) end
  end
end

api.app.mcp = readonly("app.mcp", lookup, iterate)
