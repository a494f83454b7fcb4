-- Loads one session in one round trip and slides its idle expiry.
-- KEYS[1] session hash, KEYS[2] its flash list
-- ARGV[1] now (epoch ms), ARGV[2] idle timeout ms (0 = none)
-- Returns the hash as a flat field/value array, or an empty array when absent or expired.(an empty array).
local h = redis.call('HGETALL', KEYS[1])
if #h == 0 then
  return {}
end
local now = tonumber(ARGV[1])
local idle = tonumber(ARGV[2])
local abs, seen
for i = 1, #h, 2 do
  if h[i] == 'm:abs' then abs = tonumber(h[i + 1]) elseif h[i] == 'm:seen' then seen = tonumber(h[i + 1]) end
end
if abs == nil or abs <= now or (idle > 0 and seen ~= nil and seen + idle <= now) then
  redis.call('DEL', KEYS[1], KEYS[2])
  return {}
end
if idle > 0 then
  local expires = math.min(abs, now + idle)
  redis.call('HSET', KEYS[1], 'm:seen', ARGV[1])
  redis.call('PEXPIREAT', KEYS[1], expires)
  if redis.call('EXISTS', KEYS[2]) == 1 then
    redis.call('PEXPIREAT', KEYS[2], expires)
  end
end
return h
