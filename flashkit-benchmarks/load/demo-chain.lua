-- The demo app's round trip with a session: GET /set-session once per connection (the session is created
-- and saved in the store), then in turns: POST /submit_item (flash, 303), GET /submit_item (shows the
-- message; the session is read to look for stored messages), GET /get-session (reads the session). Each
-- wrk thread keeps its own cookie jar, so run with one connection per thread. A /submit_item page without
-- the message or a /get-session without the value counts as a failed check.
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/report.lua")

local jar = {}
local step = 0 -- 0: /set-session, then 1..3 in turns
local form = "item_name=widget"

local function cookie_header()
   local parts = {}
   for name, value in pairs(jar) do
      table.insert(parts, name .. "=" .. value)
   end
   return table.concat(parts, "; ")
end

local function remember(headers)
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

function request()
   local headers = {}
   local cookies = cookie_header()
   if cookies ~= "" then
      headers["Cookie"] = cookies
   end
   if step == 0 then
      return wrk.format("GET", "/set-session", headers)
   elseif step == 1 then
      headers["Content-Type"] = "application/x-www-form-urlencoded"
      return wrk.format("POST", "/submit_item", headers, form)
   elseif step == 2 then
      return wrk.format("GET", "/submit_item", headers)
   end
   return wrk.format("GET", "/get-session", headers)
end

function response(status, headers, body)
   remember(headers)
   if step == 0 then
      if status ~= 200 then fail() end
      step = 1
   elseif step == 1 then
      if status ~= 303 then fail() end
      step = 2
   elseif step == 2 then
      if status ~= 200 or not shows_message(body) then fail() end
      step = 3
   else
      if status ~= 200 or not string.find(body, '"value"', 1, true) then fail() end
      step = 1
   end
end
