-- The POST -> redirect -> GET round trip of a flash message, per thread on its own session:
-- POST /notes (flash "Note added", 302), then GET /notes, which must show it exactly there.
-- Cookies a response sets (the cookie store's message cookie) are kept per thread.
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/common.lua")

-- The per-connection cookie jar of the HTTP load benchmark (remember, jar_headers, jar_put).
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/../../flashkit-benchmarks/load/jar.lua")

local post = true
local started = false

local function headers()
   if not started then -- the jar starts with this thread's session cookie
      local name, value = string.match(session_cookie, "^([^=]+)=(.*)$")
      jar_put(name, value)
      started = true
   end
   return jar_headers()
end

function request()
   if post then
      local h = headers()
      h["Content-Length"] = "0"
      return wrk.format("POST", "/notes", h)
   end
   return wrk.format("GET", "/notes", headers())
end

function response(status, headers, body)
   remember(headers)
   if post then
      if status ~= 302 then
         fail()
      end
   elseif status ~= 200 or not string.find(body, "Note added", 1, true) then
      fail()
   end
   post = not post
end
