-- A per-connection cookie jar for wrk scripts (loaded with dofile): remember() stores what Set-Cookie
-- headers set or delete, jar_headers() is a new request-headers table holding the Cookie header to send back
-- (no Cookie header while the jar is empty). wrk runs each thread in its own
-- Lua state, so with one connection per thread this is one jar per connection.
local jar = {}

function jar_headers()
   local parts = {}
   for name, value in pairs(jar) do
      table.insert(parts, name .. "=" .. value)
   end
   local headers = {}
   if #parts > 0 then
      headers["Cookie"] = table.concat(parts, "; ")
   end
   return headers
end

-- Puts a cookie into the jar, e.g. one the connection starts with.
function jar_put(name, value)
   jar[name] = value
end

-- wrk hands response headers as a table keyed by name (the last of repeated headers wins).
function remember(headers)
   for key, header in pairs(headers) do
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
