-- regex.*: PCRE-like regular expressions, every call bounded in time by the host.
-- A match is {match=, start=, finish=, groups={...}, named={...}} (byte positions).
local sandbox, host, api = ...

local type, tostring, ipairs = type, tostring, ipairs
local sub, concat = string.sub, table.concat
local checked, raise = api.checked, api.raise

local function replace_each(subject, pattern, repl, limit, flags)
  local found = checked(host.regex, "find_all", subject, pattern, flags, limit)
  local parts, position = {}, 1
  for _, m in ipairs(found) do
    local value
    if type(repl) == "table" then value = repl[m.match] else value = repl(m) end
    if value == nil or value == false then
      value = m.match
    elseif type(value) ~= "string" and type(value) ~= "number" then
      raise({ message = "regex.gsub: the replacement returned a " .. type(value) .. " value" })
    end
    parts[#parts + 1] = sub(subject, position, m.start - 1)
    parts[#parts + 1] = tostring(value)
    position = m.finish + 1
  end
  parts[#parts + 1] = sub(subject, position)
  return concat(parts), #found
end

sandbox.env.regex = sandbox.readonly("regex", {
  match = function(subject, pattern, flags) return checked(host.regex, "match", subject, pattern, flags) end,
  test = function(subject, pattern, flags) return checked(host.regex, "test", subject, pattern, flags) end,
  find_all = function(subject, pattern, flags, limit)
    return checked(host.regex, "find_all", subject, pattern, flags, limit)
  end,
  escape = function(text) return checked(host.regex, "escape", text) end,
  split = function(subject, pattern, limit, flags)
    return checked(host.regex, "split", subject, pattern, limit, flags)
  end,
  -- repl: a template string (\1, \g<name>), a table keyed by the match, or a function of the match.
  gsub = function(subject, pattern, repl, limit, flags)
    if type(repl) == "function" or type(repl) == "table" then
      if type(subject) ~= "string" then raise({ message = "regex.gsub: the subject is a string" }) end
      return replace_each(subject, pattern, repl, limit, flags)
    end
    local result = checked(host.regex, "gsub", subject, pattern, repl, limit, flags)
    return result[1], result[2]
  end,
})
