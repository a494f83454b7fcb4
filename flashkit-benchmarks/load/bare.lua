-- GET /bare (servlet variant only): the /hello page on a path the Flashkit filter does not cover, to show
-- what an installed but untouched Flashkit costs /hello.
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/report.lua")

wrk.method = "GET"
wrk.path = "/bare"

function response(status, headers, body)
   if status ~= 200 or not string.find(body, "<h1>Hello</h1>", 1, true) then
      fail()
   end
end
