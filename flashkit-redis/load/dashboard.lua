-- GET /dashboard as a logged-in user: load the session, look for messages (none pending), render.
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/common.lua")

function request()
   return wrk.format("GET", "/dashboard", { ["Cookie"] = session_cookie })
end

function response(status, headers, body)
   if status ~= 200 or not string.find(body, "user=ada", 1, true) then
      fail()
   end
end
