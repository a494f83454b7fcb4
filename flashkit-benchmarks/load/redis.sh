#!/usr/bin/env bash
# Redis store against cookie store (docs/BENCHMARKS.md, "Redis"): builds the demo, starts a private
# redis-server and two demo processes on free loopback ports (FLASHKIT_STORE=cookie and
# FLASHKIT_STORE=redis://...), warms both up and measures them in turns with wrk and demo-chain.lua
# (session + flash round trip per connection). Stops everything it started. Not part of the test command.
# Settings: FLASHKIT_LOAD_DURATION (s per store and round, default 5), FLASHKIT_LOAD_ROUNDS (default 4),
# FLASHKIT_LOAD_WARMUP (default 5), FLASHKIT_LOAD_CONNECTIONS (default 8), FLASHKIT_LOAD_WRITE_DOCS=0.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOAD="$ROOT/flashkit-benchmarks/load"
OUT="$ROOT/flashkit-benchmarks/target/load"
DURATION=${FLASHKIT_LOAD_DURATION:-5}
ROUNDS=${FLASHKIT_LOAD_ROUNDS:-4}
WARMUP=${FLASHKIT_LOAD_WARMUP:-5}
CONNECTIONS=${FLASHKIT_LOAD_CONNECTIONS:-8}
WRITE_DOCS=${FLASHKIT_LOAD_WRITE_DOCS:-1}
JAVA=${JAVA:-java}

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT INT TERM
log() { echo "[redis-load] $*" >&2; }

for tool in wrk redis-server redis-cli; do
    command -v "$tool" >/dev/null || { log "$tool is missing (apt-get install wrk redis-server)"; exit 1; }
done
mkdir -p "$OUT"
rm -f "$OUT"/demo-*.rounds

log "building the demo"
(cd "$ROOT" && mvn -B -q -ntp -DskipTests -pl flashkit-demo -am package)

free_port() {
    local port
    while :; do
        port=$((20000 + RANDOM % 40000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
}

REDIS_PORT=$(free_port)
redis-server --bind 127.0.0.1 --port "$REDIS_PORT" --save '' --appendonly no --daemonize no \
    >"$OUT/redis-server.log" 2>&1 &
PIDS+=("$!")
for _ in $(seq 1 100); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done

declare -A PORTS
start_demo() { # name store
    PORT=0 FLASHKIT_STORE=$2 "$JAVA" -Xms512m -Xmx512m -jar "$ROOT/flashkit-demo/target/flashkit-demo.jar" \
        >"$OUT/demo-$1.log" 2>&1 &
    PIDS+=("$!")
    local pid=$! port=""
    for _ in $(seq 1 600); do
        port=$(sed -n 's|.*running at http://localhost:\([0-9]*\)/.*|\1|p' "$OUT/demo-$1.log")
        if [ -n "$port" ]; then PORTS[$1]=$port; return 0; fi
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    log "the $1 demo did not start:"; cat "$OUT/demo-$1.log" >&2; exit 1
}
start_demo cookie cookie
start_demo redis "redis://127.0.0.1:$REDIS_PORT"

wrk_run() { # seconds store
    FLASHKIT_LOAD_DIR="$LOAD" wrk -t"$CONNECTIONS" -c"$CONNECTIONS" -d"$1s" --timeout 5s \
        -s "$LOAD/demo-chain.lua" "http://127.0.0.1:${PORTS[$2]}" | grep '^RESULT'
}

for store in cookie redis; do log "warming up $store (${WARMUP}s)"; wrk_run "$WARMUP" "$store" >/dev/null; done
for round in $(seq 1 "$ROUNDS"); do
    for store in cookie redis; do
        result=$(wrk_run "$DURATION" "$store")
        log "round $round $store: $result"
        echo "$result" >>"$OUT/demo-$store.rounds"
    done
done
keys=$(redis-cli -p "$REDIS_PORT" dbsize)

declare -A ROW
for store in cookie redis; do
    ROW[$store]=$(awk '
        function median(a, n,   i, j, t) {
            for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
            return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
        }
        {
            for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
            n++; req += v["requests"]; dur += v["duration_us"]; err += v["errors"]; fail += v["failures"]
            p50[n] = v["p50_ms"]; p99[n] = v["p99_ms"]
        }
        END { printf "%.1f|%.3f|%.3f|%d|%d", req / (dur / 1e6), median(p50, n), median(p99, n), err, fail }
    ' "$OUT/demo-$store.rounds")
done
cookie_rps=${ROW[cookie]%%|*}
{
    echo "<!-- flashkit-load:redis:begin (written by flashkit-benchmarks/load/redis.sh) -->"
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') at commit \`$(git -C "$ROOT" rev-parse --short HEAD)\`:"
    echo "$(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')), $("$JAVA" -version 2>&1 | sed -n 2p),"
    echo "$(redis-server --version | cut -d' ' -f1-3), all on one machine over loopback. wrk: $CONNECTIONS connections (one per"
    echo "thread), ${WARMUP} s warm-up, then $ROUNDS rounds of ${DURATION} s per store in turns; req/s over all rounds, p50/p99"
    echo "the median of the rounds'. Redis held $keys keys at the end."
    echo
    echo "| session store | req/s | p50 ms | p99 ms | errors | failed checks | req/s × cookie store |"
    echo "|---|---:|---:|---:|---:|---:|---:|"
    for store in cookie redis; do
        IFS='|' read -r rps p50 p99 err fail <<<"${ROW[$store]}"
        ratio=$(awk -v a="$rps" -v b="$cookie_rps" 'BEGIN { printf "%.2f", a / b }')
        label=$([ "$store" = cookie ] && echo "\`CookieSessionStore\` (default)" || echo "\`RedisSessionStore\` (local redis-server)")
        echo "| $label | ${rps%.*} | $p50 | $p99 | $err | $fail | **$ratio** |"
    done
    echo "<!-- flashkit-load:redis:end -->"
} >"$OUT/redis.md"
cat "$OUT/redis.md"
if [ "$WRITE_DOCS" = 1 ]; then
    "$LOAD/splice.sh" "$ROOT/docs/BENCHMARKS.md" redis "Redis" "$OUT/redis.md"
    log "wrote docs/BENCHMARKS.md"
fi
