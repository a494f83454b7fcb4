-- Shared functions, prepended to flash-store.lua, flash-restore.lua and save.lua. Flash entries are JSON objects:
-- id "id", target "t", expiry "x" (epoch ms), level value "l", count "m" (messages it stands for,
-- absent = 1), "s" = 1 for a summary made here, end of the targeted wait "w" (epoch ms, absent = none),
-- payload "p" (opaque to the scripts).

-- When the list holds more than cap entries, merges the oldest lowest-level entries into one
-- "+N more messages" summary (nothing is dropped): level = the highest merged, target = theirs
-- when they share one, expiry and targeted wait = the latest, payload = the highest-level merged message's.
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
  local count, merged, level, base, target, expiry, wait = 0, 0, nil, nil, nil, 0, 0
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
      wait = math.max(wait, tonumber(e.w) or 0)
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
      redis.call('RPUSH', key, cjson.encode({id = summaryId, t = target, x = expiry, l = level, m = count, s = 1, w = wait, p = base}))
    end
  end
  if ttl > 0 and redis.call('EXISTS', key) == 1 then
    redis.call('PEXPIRE', key, ttl)
  end
  return merged
end

-- Puts entries a request claimed back into a flash list at their places: each goes before the
-- first entry that came after it when the request loaded the list (order = the ids the list held
-- then, in order); entries added since come after it. Entries already in the list are skipped.
local function flash_restore(key, restore, order)
  local pos = {}
  for i = 1, #order do
    pos[order[i]] = i
  end
  local current = redis.call('LRANGE', key, 0, -1)
  local currentPos, present = {}, {}
  for i = 1, #current do
    local ok, e = pcall(cjson.decode, current[i])
    local id = ok and type(e) == 'table' and e.id ~= nil and tostring(e.id) or nil
    if id then
      present[id] = true
    end
    currentPos[i] = id and pos[id] or math.huge
  end
  local held = {}
  for i = 1, #restore do
    local ok, e = pcall(cjson.decode, restore[i])
    if ok and type(e) == 'table' and not present[tostring(e.id)] then
      held[#held + 1] = {raw = restore[i], p = pos[tostring(e.id)] or 0}
    end
  end
  if #held == 0 then
    return
  end
  local out, h = {}, 1
  for i = 1, #current do
    while h <= #held and held[h].p < currentPos[i] do
      out[#out + 1] = held[h].raw
      h = h + 1
    end
    out[#out + 1] = current[i]
  end
  for k = h, #held do
    out[#out + 1] = held[k].raw
  end
  local ttl = redis.call('PTTL', key)
  redis.call('DEL', key)
  for i = 1, #out do
    redis.call('RPUSH', key, out[i])
  end
  if ttl > 0 then
    redis.call('PEXPIRE', key, ttl)
  end
end

-- Updates a flash list: removes entries by id, puts back entries the request claimed, appends new
-- ones, coalesces over the cap and extends the list's expiry. A holds the arguments from index o on:
-- now (epoch ms), wanted list expiry (epoch ms, same clock), cap, summary id, r = number of ids to
-- remove (-1: remove all), the r ids, q = number of entries to put back, the q entries, n = number of
-- ids the list held when the request loaded it, the n ids (in order), then the entries to append up
-- to index last. Returns the number of merged messages.
local function flash_update(key, A, o, last)
  local now, wantedExpiry, cap, summaryId, r = tonumber(A[o]), tonumber(A[o + 1]), tonumber(A[o + 2]), A[o + 3], tonumber(A[o + 4])
  local i = o + 5
  if r < 0 then -- replace: drop everything first
    redis.call('DEL', key)
    r = 0
  elseif r > 0 then
    local remove = {}
    for j = i, i + r - 1 do
      remove[A[j]] = true
    end
    local entries = redis.call('LRANGE', key, 0, -1)
    local kept = {}
    for j = 1, #entries do
      local ok, e = pcall(cjson.decode, entries[j])
      if ok and type(e) == 'table' and not remove[tostring(e.id)] then
        kept[#kept + 1] = entries[j]
      end
    end
    if #kept < #entries then
      local ttl = redis.call('PTTL', key)
      redis.call('DEL', key)
      for j = 1, #kept do
        redis.call('RPUSH', key, kept[j])
      end
      if #kept > 0 and ttl > 0 then
        redis.call('PEXPIRE', key, ttl)
      end
    end
  end
  i = i + r
  local q = tonumber(A[i])
  local restore = {}
  for j = i + 1, i + q do
    restore[#restore + 1] = A[j]
  end
  i = i + q + 1
  local n = tonumber(A[i])
  local order = {}
  for j = i + 1, i + n do
    order[#order + 1] = A[j]
  end
  i = i + n + 1
  if q > 0 then
    flash_restore(key, restore, order)
  end
  for j = i, last do
    redis.call('RPUSH', key, A[j])
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
