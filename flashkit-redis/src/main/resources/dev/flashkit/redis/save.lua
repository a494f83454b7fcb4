-- Writes a session (or a delta of it), its TTL and the existence check in one atomic step.
-- KEYS[1] session hash; when rotating also KEYS[2] new hash, KEYS[3] old flash list, KEYS[4] new flash list
-- ARGV[1] mode: 'create' | 'update' | 'rotate'
-- ARGV[2] time to live (ms), ARGV[3] created (epoch ms), ARGV[4] last access (epoch ms), ARGV[5] generation
-- ARGV[6] '1' when every stored attribute is removed first
-- ARGV[7] n = number of written attributes, then n field/json pairs, then the fields to remove.
-- Returns 'ok', 'gone' (the session no longer exists: nothing written, never resurrected) or
-- 'conflict' (create/rotate target already exists: nothing overwritten).
local mode = ARGV[1]
local key = KEYS[1]
if mode == 'create' then
  if redis.call('EXISTS', key) == 1 then
    return 'conflict'
  end
  redis.call('HSET', key, 'm:created', ARGV[3])
elseif redis.call('EXISTS', key) == 0 then
  return 'gone'
elseif mode == 'rotate' then
  if redis.call('EXISTS', KEYS[2]) == 1 then
    return 'conflict'
  end
  redis.call('RENAME', key, KEYS[2])
  if redis.call('EXISTS', KEYS[3]) == 1 then
    if redis.call('EXISTS', KEYS[4]) == 1 then
      -- messages already stored under the new id in this request go after the older ones
      local older = redis.call('LRANGE', KEYS[3], 0, -1)
      for j = #older, 1, -1 do
        redis.call('LPUSH', KEYS[4], older[j])
      end
      redis.call('DEL', KEYS[3])
    else
      redis.call('RENAME', KEYS[3], KEYS[4])
    end
  end
  key = KEYS[2]
end
redis.call('HSET', key, 'm:seen', ARGV[4], 'm:gen', ARGV[5])
if ARGV[6] == '1' then
  local fields = redis.call('HKEYS', key)
  for i = 1, #fields do
    if string.sub(fields[i], 1, 2) == 'a:' then
      redis.call('HDEL', key, fields[i])
    end
  end
end
local i = 8
for j = 1, tonumber(ARGV[7]) do
  redis.call('HSET', key, ARGV[i], ARGV[i + 1])
  i = i + 2
end
while i <= #ARGV do
  redis.call('HDEL', key, ARGV[i])
  i = i + 1
end
local ttl = tonumber(ARGV[2])
redis.call('PEXPIRE', key, ttl)
if mode == 'rotate' and redis.call('EXISTS', KEYS[4]) == 1 then
  -- the flash list never outlives its session
  local flashTtl = redis.call('PTTL', KEYS[4])
  if flashTtl < 0 or flashTtl > ttl then
    redis.call('PEXPIRE', KEYS[4], ttl)
  end
end
return 'ok'
