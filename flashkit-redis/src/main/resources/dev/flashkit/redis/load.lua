-- Reads a session and its pending flash messages in one round trip.
-- KEYS[1] session hash, KEYS[2] its flash list. Returns {hash as field/value pairs, flash entries};
-- the list is only read when the session exists.
local hash = redis.call('HGETALL', KEYS[1])
if #hash == 0 then
  return {hash, {}}
end
return {hash, redis.call('LRANGE', KEYS[2], 0, -1)}
