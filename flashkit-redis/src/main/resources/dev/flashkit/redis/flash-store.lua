-- Updates a session's flash list in one atomic step (see flash_update in flash-lib.lua): removes
-- the entries with the given ids (those this request showed or dropped; already claimed ones are
-- simply absent), appends new entries, merges the oldest lowest-level ones into a "+N more
-- messages" summary over the cap, and extends the list's expiry.
-- KEYS[1] flash list
-- ARGV[1] now (epoch ms), ARGV[2] wanted list expiry, ARGV[3] cap, ARGV[4] summary id,
-- ARGV[5] r = number of ids to remove (-1: remove all), then r ids, q and q entries to put back, n and
-- the n ids the list held at load (see flash_update), then the entries to append.
-- Returns the number of messages merged into a summary.
return flash_update(KEYS[1], ARGV, 1, #ARGV)
