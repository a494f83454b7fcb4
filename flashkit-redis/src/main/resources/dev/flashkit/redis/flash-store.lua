-- Updates a session's flash list in one atomic step: removes the entries with the given ids (those
-- this request showed or dropped; already claimed ones are simply absent), appends new entries,
-- enforces the backlog cap and extends the list's expiry. Entries are JSON objects with id "id",
-- target "t", expiry "x" and payload "p".
-- KEYS[1] flash list
-- ARGV[1] now (epoch ms), ARGV[2] wanted list expiry (epoch ms, same clock as ARGV[1]), ARGV[3] maximum backlog,
-- ARGV[4] r = number of ids to remove (-1: remove all), then r ids, then the entries to append.
-- Returns the number of oldest entries dropped to respect the backlog cap.
local r = tonumber(ARGV[4])
if r < 0 then -- replace: drop everything first
  redis.call('DEL', KEYS[1])
  r = 0
elseif r > 0 then
  local remove = {}
  for i = 5, 4 + r do
    remove[ARGV[i]] = true
  end
  local entries = redis.call('LRANGE', KEYS[1], 0, -1)
  local kept = {}
  for i = 1, #entries do
    local ok, e = pcall(cjson.decode, entries[i])
    if ok and type(e) == 'table' and not remove[tostring(e.id)] then
      kept[#kept + 1] = entries[i]
    end
  end
  if #kept < #entries then
    redis.call('DEL', KEYS[1])
    for i = 1, #kept do
      redis.call('RPUSH', KEYS[1], kept[i])
    end
  end
end
for i = 5 + r, #ARGV do
  redis.call('RPUSH', KEYS[1], ARGV[i])
end
local dropped = 0
local len = redis.call('LLEN', KEYS[1])
local cap = tonumber(ARGV[3])
if len > cap then
  dropped = len - cap
  redis.call('LTRIM', KEYS[1], dropped, -1)
end
-- relative TTL: the application's clock need not agree with the Redis server's
local wanted = tonumber(ARGV[2]) - tonumber(ARGV[1])
if len > 0 and wanted > 0 then
  local ttl = redis.call('PTTL', KEYS[1])
  if ttl < 0 or ttl < wanted then
    redis.call('PEXPIRE', KEYS[1], wanted)
  end
end
return dropped
