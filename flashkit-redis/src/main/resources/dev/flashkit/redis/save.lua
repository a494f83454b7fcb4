-- Writes a session delta, its TTL and the existence check atomically.
-- KEYS[1] session hash (KEYS[2] new hash, KEYS[3] old flash, KEYS[4] new flash when rotating)
-- ARGV[1] mode: 'create' | 'update' | 'rotate'
-- ARGV[2] now ms, ARGV[3] idle ms (0 = none), ARGV[4] absolute expiry ms (create only)
-- ARGV[5] created ms (create only), ARGV[6] '1' when all attributes were cleared first
-- ARGV[7] n = number of changed attributes, then n field/json pairs, then removed fields.
-- Returns {status, generation}: status 'ok', 'gone' (never resurrect) or 'conflict'.
local mode = ARGV[1]
local now = tonumber(ARGV[2])
local idle = tonumber(ARGV[3])
local key = KEYS[1]
if mode == 'create' then
  if redis.call('EXISTS', key) == 1 then
    return {'conflict', 0}
  end
  redis.call('HSET', key, 'm:created', ARGV[5], 'm:abs', ARGV[4], 'm:gen', '0', 'm:seen', ARGV[2])
else
  local abs = tonumber(redis.call('HGET', key, 'm:abs'))
  if abs == nil or abs <= now then
    return {'gone', 0}
  end
  if idle > 0 then
    local seen = tonumber(redis.call('HGET', key, 'm:seen'))
    if seen ~= nil and seen + idle <= now then
      redis.call('DEL', key)
      return {'gone', 0}
    end
  end
  if mode == 'rotate' then
    if redis.call('EXISTS', KEYS[2]) == 1 then
      return {'conflict', 0}
    end
    redis.call('RENAME', key, KEYS[2])
    if redis.call('EXISTS', KEYS[3]) == 1 then
      redis.call('RENAME', KEYS[3], KEYS[4])
    end
    key = KEYS[2]
    redis.call('HINCRBY', key, 'm:gen', 1)
  end
  redis.call('HSET', key, 'm:seen', ARGV[2])
end
if ARGV[6] == '1' then
  local fields = redis.call('HKEYS', key)
  for i = 1, #fields do
    if string.sub(fields[i], 1, 2) == 'a:' then
      redis.call('HDEL', key, fields[i])
    end
  end
end
local n = tonumber(ARGV[7])
local i = 8
for j = 1, n do
  redis.call('HSET', key, ARGV[i], ARGV[i + 1])
  i = i + 2
end
while i <= #ARGV do
  redis.call('HDEL', key, ARGV[i])
  i = i + 1
end
local abs = tonumber(redis.call('HGET', key, 'm:abs'))
local expires = abs
if idle > 0 then
  expires = math.min(abs, now + idle)
end
redis.call('PEXPIREAT', key, expires)
if mode == 'rotate' and redis.call('EXISTS', KEYS[4]) == 1 then
  redis.call('PEXPIREAT', KEYS[4], expires)
end
return {'ok', tonumber(redis.call('HGET', key, 'm:gen'))}
