-- GET /show replaying one captured cookie that holds one pending message (FLASHKIT_COOKIE, the Cookie
-- header built from one /add response): every request opens the sealed cookie, renders the alert and
-- consumes it (the browser would get a deletion, which this script ignores on purpose).
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/report.lua")

wrk.method = "GET"
wrk.path = os.getenv("FLASHKIT_SHOW_PATH") or "/show" -- spring.sh: also /show-element
wrk.headers["Cookie"] = os.getenv("FLASHKIT_COOKIE")
-- spring.sh's Spring variant: ask its refill filter to put Spring's flash map back into the replayed session
-- (flashkit-benchmarks-spring, FlashMapRefill), so that every /show finds a message there too.
if os.getenv("FLASHKIT_REFILL") == "1" then
   wrk.headers["X-Flash-Refill"] = "1"
end
-- FLASHKIT_COOKIES ("c1|c2|..."), when set, gives each thread (one connection each) its own Cookie header: the
-- Spring variant replays one HttpSession per connection, as browsers would, instead of racing on one.
local cookies = os.getenv("FLASHKIT_COOKIES")
if cookies and cookies ~= "" then
   local list = {}
   for cookie in string.gmatch(cookies, "[^|]+") do
      table.insert(list, cookie)
   end
   local report_setup = setup
   local started = 0
   function setup(thread)
      report_setup(thread)
      started = started + 1
      thread:set("thread_cookie", list[(started - 1) % #list + 1])
   end
   function init(args)
      wrk.headers["Cookie"] = thread_cookie
   end
end

function response(status, headers, body)
   if status ~= 200 or not shows_message(body) then
      fail()
   end
end
