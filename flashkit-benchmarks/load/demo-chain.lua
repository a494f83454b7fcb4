-- The demo's form round trip, per connection: POST /submit_item (flash, 303 to /submit_item), then
-- GET /submit_item with the cookies the POST set; every GET must show the message, else it counts as a
-- failure. One connection per wrk thread keeps one cookie jar per connection (see demo-stores.sh).
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/report.lua")
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/jar.lua")

local posting = true

function request()
   local headers = jar_headers()
   if posting then
      headers["Content-Type"] = "application/x-www-form-urlencoded"
      return wrk.format("POST", "/submit_item", headers, "item_name=widget")
   end
   return wrk.format("GET", "/submit_item", headers)
end

function response(status, headers, body)
   remember(headers)
   if posting then
      if status ~= 303 then
         fail()
      end
   elseif status ~= 200 or not shows_message(body) then
      fail()
   end
   posting = not posting
end
