-- GET /show replaying one captured cookie that holds one pending message (FLASHKIT_COOKIE, the Cookie
-- header built from one /add response): every request opens the sealed cookie, renders the alert and
-- consumes it (the browser would get a deletion, which this script ignores on purpose).
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/report.lua")

wrk.method = "GET"
wrk.path = "/show"
wrk.headers["Cookie"] = os.getenv("FLASHKIT_COOKIE")

function response(status, headers, body)
   if status ~= 200 or not shows_message(body) then
      fail()
   end
end
