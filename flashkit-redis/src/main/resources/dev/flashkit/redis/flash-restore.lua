-- Puts back the flash messages a request claimed while loading its session but did not display (it
-- failed, or changed nothing else to save), at their places, in one atomic step; nothing is written
-- when the session no longer exists (logged out, expired, rotated): it is never resurrected.
-- KEYS[1] session hash, KEYS[2] its flash list
-- ARGV: the arguments of flash_update (flash-lib.lua), starting at ARGV[1].
-- Returns the number of messages merged into a "+N more messages" summary by the cap.
if redis.call('EXISTS', KEYS[1]) == 0 then
  return 0
end
local merged = flash_update(KEYS[2], ARGV, 1, #ARGV)
local ttl = redis.call('PTTL', KEYS[1])
if ttl > 0 and redis.call('EXISTS', KEYS[2]) == 1 then
  -- the flash list lives exactly as long as its session
  redis.call('PEXPIRE', KEYS[2], ttl)
end
return merged
