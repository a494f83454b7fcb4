-- GET /mimic with the same replayed cookie as show.lua: the app answers /show's response (same headers,
-- same page, same alert markup) built without Flashkit. /hello -> /mimic is what the bytes of a flash round
-- trip cost; /mimic -> /show is Flashkit's own work.
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/report.lua")

wrk.method = "GET"
wrk.path = "/mimic"
wrk.headers["Cookie"] = os.getenv("FLASHKIT_COOKIE")

function response(status, headers, body)
   if status ~= 200 or not shows_message(body) then
      fail()
   end
end
