-- Writes a session (or a delta of it), its TTL and the existence check in one atomic step, and,
-- when the request changed them, its flash messages too (flash_update, flash-lib.lua).
-- KEYS[1] session hash, KEYS[2] its flash list; when rotating KEYS[1] old hash, KEYS[2] new hash,
-- KEYS[3] old flash list, KEYS[4] new flash list
-- ARGV[1] mode: 'create' | 'update' | 'rotate'
-- ARGV[2] time to live (ms), ARGV[3] created (epoch ms), ARGV[4] last access (epoch ms), ARGV[5] generation
-- ARGV[6] '1' when every stored attribute is removed first
-- ARGV[7] n = number of written attributes, ARGV[8] k = number of removed attributes, then n
-- field/json pairs, then k fields, then (optional) the flash_update arguments.
-- Returns {status, merged}: status 'ok', 'gone' (the session no longer exists: nothing written,
-- never resurrected) or 'conflict' (create/rotate target already exists: nothing overwritten);
-- merged = flash messages merged into a "+N more messages" summary by the cap.
local mode = ARGV[1]
local key = KEYS[1]
local flash = KEYS[2]
if mode == 'create' then
  if redis.call('EXISTS', key) == 1 then
    return {'conflict', 0}
  end
  redis.call('HSET', key, 'm:created', ARGV[3])
elseif redis.call('EXISTS', key) == 0 then
  return {'gone', 0}
elseif mode == 'rotate' then
  if redis.call('EXISTS', KEYS[2]) == 1 then
    return {'conflict', 0}
  end
  redis.call('RENAME', key, KEYS[2])
  if redis.call('EXISTS', KEYS[3]) == 1 then
    if redis.call('EXISTS', KEYS[4]) == 1 then
      -- messages already stored under the new id go after the older ones
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
  flash = KEYS[4]
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
local i = 9
for j = 1, tonumber(ARGV[7]) do
  redis.call('HSET', key, ARGV[i], ARGV[i + 1])
  i = i + 2
end
for j = 1, tonumber(ARGV[8]) do
  redis.call('HDEL', key, ARGV[i])
  i = i + 1
end
local ttl = tonumber(ARGV[2])
redis.call('PEXPIRE', key, ttl)
local merged = 0
if i <= #ARGV then
  merged = flash_update(flash, ARGV, i, #ARGV)
end
if redis.call('EXISTS', flash) == 1 then
  -- the flash list lives exactly as long as its session (each entry also carries its own expiry)
  redis.call('PEXPIRE', flash, ttl)
end
return {'ok', merged}
