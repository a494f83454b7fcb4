-- Appends flash messages to a session's list, bounded, and extends the list's expiry.
-- KEYS[1] flash list
-- ARGV[1] now (epoch ms), ARGV[2] wanted list expiry (epoch ms), ARGV[3] maximum backlog,
-- ARGV[4..] entries (JSON objects with id, target, expiry and payload)
-- Returns the number of oldest entries dropped to respect the backlog cap.
for i = 4, #ARGV do
  redis.call('RPUSH', KEYS[1], ARGV[i])
end
local dropped = 0
local len = redis.call('LLEN', KEYS[1])
local cap = tonumber(ARGV[3])
if len > cap then
  dropped = len - cap
  redis.call('LTRIM', KEYS[1], dropped, -1)
end
local wanted = tonumber(ARGV[2])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 or tonumber(ARGV[1]) + ttl < wanted then
  redis.call('PEXPIREAT', KEYS[1], wanted)
end
return dropped
