-- A per-connection cookie jar for wrk scripts (loaded with dofile): remember() stores what Set-Cookie
-- headers set or delete, cookie_header() is the Cookie header to send back. wrk runs each thread in its own
-- Lua state, so with one connection per thread this is one jar per connection.
local jar = {}

function cookie_header()
   local parts = {}
   for name, value in pairs(jar) do
      table.insert(parts, name .. "=" .. value)
   end
   return table.concat(parts, "; ")
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
