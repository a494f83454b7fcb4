-- GET /mimic with the same replayed cookie and check as show.lua: the app answers /show's response (same
-- headers, same page, same alert markup) built without Flashkit. /hello -> /mimic is what the bytes of a flash
-- round trip cost; /mimic -> /show is Flashkit's own work.
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/show.lua")

wrk.path = "/mimic"
