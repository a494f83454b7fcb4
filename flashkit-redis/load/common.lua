-- Shared by the Redis load scripts: one logged-in session per wrk thread (FLASHKIT_COOKIES holds one
-- "name=value" per thread, separated by spaces), a per-thread failure counter and one RESULT line.
local threads = {}
local cookies = {}
for c in string.gmatch(os.getenv("FLASHKIT_COOKIES") or "", "%S+") do
   table.insert(cookies, c)
end

function setup(thread)
   table.insert(threads, thread)
   thread:set("session_cookie", cookies[((#threads - 1) % #cookies) + 1])
end

function fail()
   failures = (failures or 0) + 1
end

function done(summary, latency, requests)
   local failed = 0
   for _, thread in ipairs(threads) do
      failed = failed + (thread:get("failures") or 0)
   end
   local e = summary.errors
   io.write(string.format(
      "RESULT requests=%d rps=%.1f p50_ms=%.3f p99_ms=%.3f errors=%d failures=%d\n",
      summary.requests, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(99) / 1000,
      e.connect + e.read + e.write + e.status + e.timeout, failed))
end
