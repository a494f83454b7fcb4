-- Atomically removes and returns the flash messages a request may show: each message is
-- returned to exactly one caller, however many requests claim in parallel.
-- KEYS[1] flash list
-- ARGV[1] now (epoch ms), ARGV[2] request target (path + query), ARGV[3..] message ids to claim
-- (none = every deliverable message). A message is deliverable when it has no target, its target
-- equals the request target, its targeted wait ("w", epoch ms) is over, or the request target is '*'
-- (the caller already decided). Expired messages are dropped on the way.
-- Returns {claimed entries, number of messages dropped as expired}.
local entries = redis.call('LRANGE', KEYS[1], 0, -1)
if #entries == 0 then
  return {{}, 0}
end
local now = tonumber(ARGV[1])
local target = ARGV[2]
local wanted = nil
if #ARGV > 2 then
  wanted = {}
  for i = 3, #ARGV do
    wanted[ARGV[i]] = true
  end
end
local claimed, kept, changed, expired = {}, {}, false, 0
for i = 1, #entries do
  local ok, e = pcall(cjson.decode, entries[i])
  if not ok or type(e) ~= 'table' or (tonumber(e.x) or 0) <= now then
    changed = true -- expired or unreadable: dropped
    if ok and type(e) == 'table' then
      expired = expired + (tonumber(e.m) or 1)
    end
  elseif (target == '*' or e.t == nil or e.t == '' or e.t == target or ((tonumber(e.w) or 0) > 0 and tonumber(e.w) <= now))
      and (wanted == nil or wanted[tostring(e.id)]) then
    claimed[#claimed + 1] = entries[i]
    changed = true
  else
    kept[#kept + 1] = entries[i]
  end
end
if changed then
  local ttl = redis.call('PTTL', KEYS[1])
  redis.call('DEL', KEYS[1])
  if #kept > 0 then
    for i = 1, #kept do
      redis.call('RPUSH', KEYS[1], kept[i])
    end
    if ttl > 0 then
      redis.call('PEXPIRE', KEYS[1], ttl)
    end
  end
end
return {claimed, expired}
