-- The POST -> redirect -> GET round trip of a flash message, per thread on its own session:
-- POST /notes (flash "Note added", 302), then GET /notes, which must show it exactly there.
-- Cookies a response sets (the cookie store's message cookie) are kept per thread.
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/common.lua")

local jar = {}
local post = true

local function remember(headers)
   for key, header in pairs(headers) do -- wrk keeps the last of repeated headers
      if string.lower(key) == "set-cookie" then
         local name, value = string.match(header, "^%s*([^=;%s]+)=([^;]*)")
         if name then
            if value == "" or string.find(string.lower(header), "max-age=0", 1, true) then
               jar[name] = nil
            else
               jar[name] = value
            end
         end
      end
   end
end

local function cookie_header()
   if not started then -- the jar starts with this thread's session cookie
      local name, value = string.match(session_cookie, "^([^=]+)=(.*)$")
      jar[name] = value
      started = true
   end
   local parts = {}
   for name, value in pairs(jar) do
      table.insert(parts, name .. "=" .. value)
   end
   return table.concat(parts, "; ")
end

function request()
   if post then
      return wrk.format("POST", "/notes", { ["Cookie"] = cookie_header(), ["Content-Length"] = "0" })
   end
   return wrk.format("GET", "/notes", { ["Cookie"] = cookie_header() })
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
