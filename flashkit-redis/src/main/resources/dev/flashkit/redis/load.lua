-- Reads a session and its pending flash messages in one round trip. For a request that may display
-- messages it also claims them, atomically: the entries it may show leave the list in the same step,
-- so no parallel request can show them too (the request puts back at commit what it did not show).
-- KEYS[1] session hash, KEYS[2] its flash list
-- ARGV (only to claim): ARGV[1] now (epoch ms), ARGV[2] the request's target (path + query)
-- Returns {hash as field/value pairs, flash entries, claimed ids, expired count}; the list is only read
-- when the session exists. When claiming, the entries are the readable unexpired ones in list order
-- (expired and unreadable ones are dropped from the list, the expired ones counted fourth), and those
-- without a target, targeted at this request or past their targeted wait ("w", epoch ms) are removed
-- from the list and their ids returned third.
local hash = redis.call('HGETALL', KEYS[1])
if #hash == 0 then
  return {hash, {}, {}, 0}
end
local entries = redis.call('LRANGE', KEYS[2], 0, -1)
if #ARGV < 2 or #entries == 0 then
  return {hash, entries, {}, 0}
end
local now = tonumber(ARGV[1])
local target = ARGV[2]
local live, kept, claimed, changed, expired = {}, {}, {}, false, 0
for i = 1, #entries do
  local ok, e = pcall(cjson.decode, entries[i])
  if not ok or type(e) ~= 'table' or type(e.id) ~= 'string' or (tonumber(e.x) or 0) <= now then
    changed = true -- expired or unreadable: dropped
    if ok and type(e) == 'table' and type(e.id) == 'string' then
      expired = expired + (tonumber(e.m) or 1)
    end
  else
    live[#live + 1] = entries[i]
    local w = tonumber(e.w) or 0
    if e.t == nil or e.t == '' or e.t == target or (w > 0 and w <= now) then
      claimed[#claimed + 1] = e.id
      changed = true
    else
      kept[#kept + 1] = entries[i]
    end
  end
end
if changed then
  local ttl = redis.call('PTTL', KEYS[2])
  redis.call('DEL', KEYS[2])
  for i = 1, #kept do
    redis.call('RPUSH', KEYS[2], kept[i])
  end
  if #kept > 0 and ttl > 0 then
    redis.call('PEXPIRE', KEYS[2], ttl)
  end
end
return {hash, live, claimed, expired}
