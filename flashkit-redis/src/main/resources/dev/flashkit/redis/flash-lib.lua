-- Shared functions, prepended to flash-store.lua and save.lua. Flash entries are JSON objects:
-- id "id", target "t", expiry "x" (epoch ms), level value "l", count "m" (messages it stands for,
-- absent = 1), "s" = 1 for a summary made here, payload "p" (opaque to the scripts).

-- When the list holds more than cap entries, merges the oldest lowest-level entries into one
-- "+N more messages" summary (nothing is dropped): level = the highest merged, target = theirs
-- when they share one, expiry = the latest, payload = the highest-level merged message's.
-- Returns how many messages were newly merged (summaries already in the list not counted).
local function flash_coalesce(key, cap, summaryId)
  local len = redis.call('LLEN', key)
  if len <= cap then
    return 0
  end
  local entries = redis.call('LRANGE', key, 0, -1)
  local decoded, levels, order = {}, {}, {}
  for i = 1, #entries do
    local ok, e = pcall(cjson.decode, entries[i])
    if ok and type(e) == 'table' then
      decoded[i] = e
      levels[i] = tonumber(e.l) or 0
    else
      levels[i] = -1e15 -- unreadable: merged away first, counted as nothing
    end
    order[i] = i
  end
  table.sort(order, function(a, b)
    if levels[a] ~= levels[b] then
      return levels[a] < levels[b]
    end
    return a < b
  end)
  local victim = {}
  local count, merged, level, base, target, expiry = 0, 0, nil, nil, nil, 0
  for k = 1, len - cap + 1 do
    local i = order[k]
    victim[i] = true
    local e = decoded[i]
    if e then
      local n = tonumber(e.m)
      count = count + (n or 1)
      if not n then
        merged = merged + 1
      end
      if level == nil or levels[i] >= level then
        level, base = levels[i], e.p
      end
      local t = e.t or ''
      if target == nil then
        target = t
      elseif target ~= t then
        target = ''
      end
      expiry = math.max(expiry, tonumber(e.x) or 0)
    end
  end
  local ttl = redis.call('PTTL', key)
  redis.call('DEL', key)
  local placed = (base == nil) -- only unreadable entries merged: nothing to summarise
  for i = 1, #entries do
    if not victim[i] then
      redis.call('RPUSH', key, entries[i])
    elseif not placed then
      placed = true
      redis.call('RPUSH', key, cjson.encode({id = summaryId, t = target, x = expiry, l = level, m = count, s = 1, p = base}))
    end
  end
  if ttl > 0 and redis.call('EXISTS', key) == 1 then
    redis.call('PEXPIRE', key, ttl)
  end
  return merged
end

-- Updates a flash list: removes entries by id, appends new ones, coalesces over the cap and
-- extends the list's expiry. A holds the arguments from index o on: now (epoch ms), wanted list
-- expiry (epoch ms, same clock), cap, summary id, r = number of ids to remove (-1: remove all),
-- the r ids, then the entries to append up to index last. Returns the number of merged messages.
local function flash_update(key, A, o, last)
  local now, wantedExpiry, cap, summaryId, r = tonumber(A[o]), tonumber(A[o + 1]), tonumber(A[o + 2]), A[o + 3], tonumber(A[o + 4])
  local first = o + 5
  if r < 0 then -- replace: drop everything first
    redis.call('DEL', key)
    r = 0
  elseif r > 0 then
    local remove = {}
    for i = first, first + r - 1 do
      remove[A[i]] = true
    end
    local entries = redis.call('LRANGE', key, 0, -1)
    local kept = {}
    for i = 1, #entries do
      local ok, e = pcall(cjson.decode, entries[i])
      if ok and type(e) == 'table' and not remove[tostring(e.id)] then
        kept[#kept + 1] = entries[i]
      end
    end
    if #kept < #entries then
      local ttl = redis.call('PTTL', key)
      redis.call('DEL', key)
      for i = 1, #kept do
        redis.call('RPUSH', key, kept[i])
      end
      if #kept > 0 and ttl > 0 then
        redis.call('PEXPIRE', key, ttl)
      end
    end
  end
  for i = first + r, last do
    redis.call('RPUSH', key, A[i])
  end
  local merged = flash_coalesce(key, cap, summaryId)
  -- relative TTL: the application's clock need not agree with the Redis server's
  local wanted = wantedExpiry - now
  if redis.call('EXISTS', key) == 1 and wanted > 0 then
    local ttl = redis.call('PTTL', key)
    if ttl < 0 or ttl < wanted then
      redis.call('PEXPIRE', key, wanted)
    end
  end
  return merged
end
