#!/usr/bin/env bash
# HTTP load: the Redis session store against the cookie store, in one run (docs/BENCHMARKS.md, "Redis").
#
# Starts a throwaway redis-server on a free loopback port, then for each store one node of the test
# application (flashkit-redis test sources, dev.flashkit.redis.LoadApp: Javalin + the Flashkit plugin),
# logs in one session per connection, warms up and measures with wrk:
#   dashboard  GET /dashboard as a logged-in user (session read, messages looked up, page rendered)
#   flash      POST /notes (flash a message, 302) then GET /notes (show it), per connection
# Prints one line per measurement and a Markdown table, and writes the table into docs/BENCHMARKS.md
# between the flashkit-load:redis markers. Loopback only; stops everything it started. Not part of the
# test command.
#
# Settings (environment): FLASHKIT_LOAD_DURATION (s per measured run, default 10), FLASHKIT_LOAD_WARMUP
# (s, default 5), FLASHKIT_LOAD_CONNECTIONS (default 8, one wrk thread each), JAVA (default java),
# FLASHKIT_LOAD_ROUNDS (default 2, best round kept), FLASHKIT_LOAD_WRITE_DOCS=0 (print only).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOAD="$ROOT/flashkit-redis/load"
OUT="$ROOT/flashkit-redis/target/load"
DURATION=${FLASHKIT_LOAD_DURATION:-10}
WARMUP=${FLASHKIT_LOAD_WARMUP:-5}
CONNECTIONS=${FLASHKIT_LOAD_CONNECTIONS:-8}
JAVA=${JAVA:-java}
WRITE_DOCS=${FLASHKIT_LOAD_WRITE_DOCS:-1}
ROUNDS=${FLASHKIT_LOAD_ROUNDS:-2}
DOC="$ROOT/docs/BENCHMARKS.md"
export FLASHKIT_LOAD_DIR="$LOAD"

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT INT TERM
log() { echo "[redis-load] $*" >&2; }

command -v wrk >/dev/null || { log "wrk is required (Debian package wrk)"; exit 1; }
"$ROOT/scripts/redis-deps.sh"
mkdir -p "$OUT"

log "building flashkit-redis (test classes) and its test classpath"
(cd "$ROOT" && mvn -B -q -pl flashkit-redis -am test-compile dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/load-classpath.txt -Dmdep.includeScope=test)
CP="$ROOT/flashkit-redis/target/test-classes:$ROOT/flashkit-redis/target/classes:$(cat "$ROOT/flashkit-redis/target/load-classpath.txt")"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

REDIS_PORT=$(free_port)
redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --dir "$OUT" >"$OUT/redis.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 50); do redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1 && break; sleep 0.1; done

start_app() { # store -> sets PORT
    "$JAVA" -Xms512m -Xmx512m -XX:+UseG1GC -cp "$CP" dev.flashkit.redis.LoadApp "$1" >"$OUT/app-$2.log" 2>&1 &
    APP_PID=$!
    PIDS+=("$APP_PID")
    for _ in $(seq 100); do
        PORT=$(grep -so 'PORT=[0-9]*' "$OUT/app-$2.log" | cut -d= -f2 || true)
        [ -n "$PORT" ] && return
        sleep 0.1
    done
    log "the app did not start, see $OUT/app-$2.log"; exit 1
}

login_cookies() { # -> one "name=value" session cookie per connection (retried: a cold node may time out)
    local cookies=() cookie
    for _ in $(seq "$CONNECTIONS"); do
        cookie=""
        for _ in $(seq 20); do
            cookie=$(curl -s -o /dev/null -D - -X POST -d user=ada "http://127.0.0.1:$PORT/login" \
                | grep -i '^set-cookie: flashkit_session=' | head -1 | sed -E 's/^[Ss]et-[Cc]ookie: ([^;]*).*/\1/')
            [ -n "$cookie" ] && break
            sleep 0.5
        done
        [ -n "$cookie" ] || { log "could not log in"; exit 1; }
        cookies+=("$cookie")
    done
    echo "${cookies[*]}"
}

measure() { # name script seconds -> RESULT line
    wrk -t "$CONNECTIONS" -c "$CONNECTIONS" -d "${3}s" -s "$LOAD/$2.lua" "http://127.0.0.1:$PORT" \
        | grep '^RESULT' || true
}

# Stores alternate for ROUNDS rounds (neighbours on a shared machine come and go); per store and
# request the round with the most requests per second is kept.
declare -A RESULTS
for round in $(seq "$ROUNDS"); do
    for store in cookie redis; do
        uri=cookie
        [ "$store" = redis ] && uri="redis://127.0.0.1:$REDIS_PORT/0"
        start_app "$uri" "$store-$round"
        export FLASHKIT_COOKIES=$(login_cookies)
        for bench in dashboard flash; do # warm both paths up before measuring either
            measure "$bench" "$bench" "$WARMUP" >/dev/null
        done
        for bench in dashboard flash; do
            line=$(measure "$bench" "$bench" "$DURATION")
            log "round $round, $store $bench: $line"
            old=${RESULTS[$store-$bench]:-}
            if [ -z "$old" ] || python3 -c "import sys; sys.exit(0 if float('$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$line")') > float('$(sed -E 's/.*rps=([0-9.]+).*/\1/' <<<"$old")') else 1)"; then
                RESULTS[$store-$bench]=$line
            fi
        done
        kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
    done
done

field() { sed -E "s/.*$2=([0-9.]+).*/\1/" <<<"${RESULTS[$1]}"; }
{
    echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(uname -m)), Redis $(redis-server --version | sed -E 's/.*v=([0-9.]+).*/\1/'),"
    echo "$CONNECTIONS connections, ${DURATION} s per run after ${WARMUP} s of warm-up of each request, best of $ROUNDS alternating rounds;"
    echo "load average at the end (other work on the machine): $(cut -d' ' -f1 /proc/loadavg)."
    echo
    echo "| request | cookie store req/s | Redis store req/s | Redis / cookie | cookie p99 ms | Redis p99 ms | failures (cookie / Redis) |"
    echo "|---|---:|---:|---:|---:|---:|---|"
    for bench in dashboard flash; do
        c=$(field "cookie-$bench" rps); r=$(field "redis-$bench" rps)
        ratio=$(python3 -c "print(f'{$r / $c:.2f}')")
        echo "| $bench | $c | $r | $ratio | $(field "cookie-$bench" p99_ms) | $(field "redis-$bench" p99_ms) | $(field "cookie-$bench" failures) / $(field "redis-$bench" failures) |"
    done
} >"$OUT/table.md"
echo; cat "$OUT/table.md"

if [ "$WRITE_DOCS" = 1 ] && grep -q 'flashkit-load:redis:begin' "$DOC"; then
    python3 - "$DOC" "$OUT/table.md" <<'PY'
import re, sys
doc, table = sys.argv[1], open(sys.argv[2]).read()
text = open(doc).read()
text = re.sub(r"(<!-- flashkit-load:redis:begin[^>]*-->\n).*?(<!-- flashkit-load:redis:end -->)",
              lambda m: m.group(1) + table + m.group(2), text, flags=re.S)
open(doc, "w").write(text)
PY
    log "wrote the table into docs/BENCHMARKS.md"
fi
