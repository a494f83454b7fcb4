-- Shared by the load scripts (loaded with dofile): per-thread failure counters and one machine-readable
-- RESULT line that run.sh parses. wrk runs every thread in its own Lua state, so counters live per thread
-- and done() adds them up through the thread handles kept by setup().

local threads = {}

function setup(thread)
   table.insert(threads, thread)
end

-- Counts a response that did not show what the endpoint must show (checked in every script, so all runs
-- pay the same client-side cost of reading bodies).
function fail()
   failures = (failures or 0) + 1
end

-- Whether a page shows the benchmark's message, in any of the ways an HTML escaper may write the quotes
-- (Flashkit's own spelling first, so a passing check reads the body once).
local forms = {
   "Item &#39;widget&#39; added successfully!",
   "Item 'widget' added successfully!",
   "Item &#x27;widget&#x27; added successfully!",
   "Item &apos;widget&apos; added successfully!",
}

function shows_message(body)
   if body == nil then
      return false
   end
   for _, form in ipairs(forms) do
      if string.find(body, form, 1, true) then
         return true
      end
   end
   return false
end

function done(summary, latency, requests)
   local failed = 0
   for _, thread in ipairs(threads) do
      failed = failed + (thread:get("failures") or 0)
   end
   local e = summary.errors
   local errors = e.connect + e.read + e.write + e.status + e.timeout
   io.write(string.format(
      "RESULT requests=%d duration_us=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d failures=%d\n",
      summary.requests, summary.duration, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, errors, failed))
end
