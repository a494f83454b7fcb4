-- chain.lua's round trip on the floor endpoints: GET /floor-add (one raw AES-GCM seal, 303) then
-- GET /floor-show (one open, /mimic's response) with the same cookie jar and per-show check, no Flashkit.
-- The chain ÷ this row (req/s) is what Flashkit's own work leaves of the cryptographic floor's speed.
chain_add = "/floor-add"
chain_show = "/floor-show"
dofile(os.getenv("FLASHKIT_LOAD_DIR") .. "/chain.lua")
