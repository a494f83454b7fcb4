-- GET /floor-show replaying a cookie captured from one GET /floor-add (run.sh passes it as FLASHKIT_COOKIE to
-- this script only), with show.lua's check: every request pays one raw AES-GCM open of a cookie whose
-- plaintext is as long as Flashkit's, then the app answers /mimic's response, all without Flashkit.
-- /show ÷ this row (req/s) is what Flashkit's own work leaves of the cryptographic floor's speed.
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/show.lua")

wrk.path = "/floor-show"
