-- The full round trip a browser makes: GET /add (flash, 303 to /show), then GET /show with the cookies
-- /add set; every /show must contain the message, else it counts as a failure. Each wrk thread keeps its
-- own cookie jar, so run.sh starts one connection per thread (-t N -c N): one jar per connection.
-- A script may set the globals chain_add and chain_show before loading this one to run another pair of paths
-- (floorchain.lua).
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/report.lua")
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/jar.lua")

local add_path = chain_add or "/add"
local show_path = chain_show or "/show"
local next_path = add_path

function request()
   local headers = jar_headers()
   return wrk.format("GET", next_path, headers)
end

function response(status, headers, body)
   remember(headers)
   if next_path == add_path then
      if status ~= 303 then
         fail()
      end
      next_path = show_path
   else
      if status ~= 200 or not shows_message(body) then
         fail()
      end
      next_path = add_path
   end
end
