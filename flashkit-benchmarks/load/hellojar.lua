-- GET /hello driven the way chain.lua drives /add and /show: a Lua request() per request that builds the
-- request with the cookie jar's Cookie header, and response() feeding the jar. /hello sets no cookie, so the
-- server does exactly what it does for hello.lua; the difference is the load generator's own Lua work, which
-- shares the two cores with the server. Chain ÷ this row is the chain's cost without that client effect.
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/report.lua")
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/jar.lua")

function request()
   local headers = jar_headers()
   return wrk.format("GET", "/hello", headers)
end

function response(status, headers, body)
   remember(headers)
   if status ~= 200 or not string.find(body, "<h1>Hello</h1>", 1, true) then
      fail()
   end
end
