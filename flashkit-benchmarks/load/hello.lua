-- GET /hello: the page without Flashkit (the baseline). Checks every body like the other scripts do.
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/report.lua")

wrk.method = "GET"
wrk.path = "/hello"

function response(status, headers, body)
   if status ~= 200 or not string.find(body, "<h1>Hello</h1>", 1, true) then
      fail()
   end
end
