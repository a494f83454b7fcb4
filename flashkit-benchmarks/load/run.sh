#!/usr/bin/env bash
# Flashkit HTTP load benchmark (see docs/BENCHMARKS.md, "HTTP load" and "Memory").
#
# Builds flashkit-benchmarks, starts the benchmark app (servlet variant on Jetty 12, Javalin variant; the Quarkus
# variant, flashkit-benchmarks-quarkus, and the WebFlux one, flashkit-benchmarks-webflux, when
# FLASHKIT_LOAD_VARIANTS names them) on a free loopback port, warms it
# up and measures with wrk in one run: GET /hello (no Flashkit, the baseline), GET /show replaying a cookie
# that holds one message, and the /add -> /show chain with a cookie jar per connection, plus reference rows
# built without Flashkit (/mimic, the raw AES-GCM floor, /hello through the Lua cookie jar). Then measures the
# memory per idle MemorySessionStore session, and writes both sections of docs/BENCHMARKS.md. Loopback traffic
# only; stops everything it started. Not part of the test command.
#
# The endpoints are measured in turns (hello, show, chain, hello, ...) for FLASHKIT_LOAD_ROUNDS rounds, so
# that background load on a shared machine hits all of them alike.
#
# Settings (environment): FLASHKIT_LOAD_DURATION (s per endpoint and round, default 5), FLASHKIT_LOAD_ROUNDS
# (default 5), FLASHKIT_LOAD_WARMUP (s per endpoint and warm-up pass, default 5), FLASHKIT_LOAD_WARMUP_PASSES
# (at most, default 4), FLASHKIT_LOAD_WARMUP_QUIET (a pass adding fewer JIT compilations ends the warm-up,
# default 100), FLASHKIT_LOAD_CONNECTIONS (default 8; one wrk thread per connection),
# FLASHKIT_LOAD_VARIANTS (default "servlet javalin"; "quarkus" adds the Quarkus 3.33 REST app, e.g.
# "servlet javalin quarkus"; "webflux" the Spring Boot 3.5 WebFlux app on Reactor Netty), JAVA (default java),
# FLASHKIT_LOAD_PROFILE=1 (record one JFR file per measured
# run, flashkit-benchmarks/target/load/<variant>-<endpoint>.jfr, and do not touch docs/BENCHMARKS.md: JFR costs
# throughput),
# FLASHKIT_LOAD_WRITE_DOCS=0 (print results only), FLASHKIT_LOAD_SCRIPTS (e.g. "hello bare": a subset, hello first).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOAD="$ROOT/flashkit-benchmarks/load"
OUT="$ROOT/flashkit-benchmarks/target/load"
DOC="$ROOT/docs/BENCHMARKS.md"
VARIANTS=${FLASHKIT_LOAD_VARIANTS:-servlet javalin}
MAIN=dev.flashkit.benchmarks.http.BenchmarkApp

# shellcheck source=lib.sh
source "$LOAD/lib.sh" # also the settings both scripts share (DURATION, ROUNDS, WARMUP..., JAVA, JVM_OPTS)

PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT INT TERM

# --- build ----------------------------------------------------------------------------------------------
mkdir -p "$OUT"
rm -f "$OUT"/*.rounds
log "building flashkit-benchmarks"
(cd "$ROOT" && mvn -B -q -pl flashkit-benchmarks -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/http-classpath.txt -DincludeScope=runtime)
(cd "$LOAD/javalin-runtime" && mvn -B -q dependency:build-classpath \
    -Dmdep.outputFile="$OUT/javalin-runtime-classpath.txt")
QUARKUS_JAR="$ROOT/flashkit-benchmarks-quarkus/target/quarkus-app/quarkus-run.jar"
if [[ " $VARIANTS " == *" quarkus "* ]]; then
    log "building flashkit-benchmarks-quarkus"
    (cd "$ROOT" && mvn -B -q -pl flashkit-benchmarks-quarkus -am package -DskipTests)
fi
WEBFLUX_CP=""
if [[ " $VARIANTS " == *" webflux "* ]]; then
    log "building flashkit-benchmarks-webflux"
    (cd "$ROOT" && mvn -B -q -pl flashkit-benchmarks-webflux -am package dependency:build-classpath -DskipTests \
        -Dmdep.outputFile=target/webflux-classpath.txt -DincludeScope=runtime)
    WEBFLUX_CP="$ROOT/flashkit-benchmarks-webflux/target/classes"
    WEBFLUX_CP+=":$(cat "$ROOT/flashkit-benchmarks-webflux/target/webflux-classpath.txt")"
fi
CLASSES="$ROOT/flashkit-benchmarks/target/classes"
SERVLET_CP="$CLASSES:$(cat "$ROOT/flashkit-benchmarks/target/http-classpath.txt")"
# Javalin 6 needs its Jetty 11 instead of Jetty 12 and the Servlet 6 API.
JAVALIN_CP="$CLASSES:$( (tr ':' '\n' <"$ROOT/flashkit-benchmarks/target/http-classpath.txt" \
    | grep -v -e /org/eclipse/jetty/ -e /jakarta/servlet/
    tr ':' '\n' <"$OUT/javalin-runtime-classpath.txt" | grep /org/eclipse/jetty/) | paste -sd:)"

# JFR settings for FLASHKIT_LOAD_PROFILE=1: the JDK's "profile" settings, sampling Java stacks every 1 ms
# (instead of 10) and allocations at up to 5000 samples per second (instead of 300), for enough samples.
if [ "$PROFILE" = 1 ]; then
    sed -e 's|>10 ms</setting>|>1 ms</setting>|' -e 's|>300/s</setting>|>5000/s</setting>|' \
        "$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")")/lib/jfr/profile.jfc" >"$OUT/load.jfc"
fi

# --- helpers --------------------------------------------------------------------------------------------
start_app() { # variant -> sets PORT and APP_PID
    local variant=$1 cp opts=("${JVM_OPTS[@]}")
    if [ "$variant" = javalin ]; then cp=$JAVALIN_CP; else cp=$SERVLET_CP; fi
    if [ "$variant" = quarkus ]; then # its own application (flashkit-benchmarks-quarkus), same endpoints
        "$JAVA" "${opts[@]}" -jar "$QUARKUS_JAR" >"$OUT/$variant.log" 2>&1 &
    elif [ "$variant" = webflux ]; then # its own application (flashkit-benchmarks-webflux), same endpoints
        "$JAVA" "${opts[@]}" -cp "$WEBFLUX_CP" dev.flashkit.benchmarks.webflux.WebFluxBenchmarkApp \
            >"$OUT/$variant.log" 2>&1 &
    else
        "$JAVA" "${opts[@]}" -cp "$cp" "$MAIN" "$variant" >"$OUT/$variant.log" 2>&1 &
    fi
    APP_PID=$!
    PIDS+=("$APP_PID")
    for _ in $(seq 1 600); do
        PORT=$(awk '/^LISTENING /{print $2}' "$OUT/$variant.log")
        if [ -n "$PORT" ]; then return 0; fi
        if ! kill -0 "$APP_PID" 2>/dev/null; then break; fi
        sleep 0.1
    done
    log "the $variant app did not start:"
    cat "$OUT/$variant.log" >&2
    exit 1
}

# The ratio of two endpoints' req/s round by round (each round takes them a few seconds apart, so slow drift
# of the machine cancels): "median|lowest|highest|rounds", nothing when either endpoint was not measured.
paired_ratio() { # variant endpoint baseline
    local a="$OUT/$1-$2.rounds" b="$OUT/$1-$3.rounds"
    if [ ! -f "$a" ] || [ ! -f "$b" ]; then return 0; fi
    paste -d' ' "$a" "$b" | awk "$AWK_MEDIAN"'
        {
            n++; r[n] = rate($0, 1) / rate($0, 2)
        }
        function rate(line, which,   i, k, f, req, dur) { # the which-th RESULT of a pasted line
            split(line, f, " "); k = 0
            for (i = 1; i <= length(f); i++) {
                if (f[i] == "RESULT") k++
                if (k == which && f[i] ~ /^requests=/) req = substr(f[i], 10)
                if (k == which && f[i] ~ /^duration_us=/) dur = substr(f[i], 13)
            }
            return req / dur
        }
        END {
            m = median(r, n) # sorts r
            printf "%.2f|%.2f|%.2f|%d", m, r[1], r[n], n
        }'
}

stop_app() {
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
}

# --- measure --------------------------------------------------------------------------------------------
ROWS=()
PAIRED=()
WARMUP_NOTES=()
for variant in $VARIANTS; do
    log "starting the $variant variant"
    start_app "$variant"
    base="http://127.0.0.1:$PORT"
    scripts=(hello)
    COOKIE=""
    FLOOR_COOKIE=""
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/add")" = 303 ]; then
        COOKIE=$(capture_cookie /add)
        if ! curl -s -H "Cookie: $COOKIE" "$base/show" | grep -q "widget"; then
            log "/show with the cookie from /add does not show the message (cookie: ${#COOKIE} chars)"
            exit 1
        fi
        FLOOR_COOKIE=$(capture_cookie /floor-add)
        if ! curl -s -H "Cookie: $FLOOR_COOKIE" "$base/floor-show" | grep -q -F "added successfully"; then
            log "/floor-show with the cookie from /floor-add does not show the message (cookie: ${#FLOOR_COOKIE} chars)"
            exit 1
        fi
        scripts=(hello show chain mimic floor floorchain hellojar)
        if [ "$variant" = servlet ]; then scripts+=(bare); fi
        if [ -n "${FLASHKIT_LOAD_SCRIPTS:-}" ]; then read -r -a scripts <<<"$FLASHKIT_LOAD_SCRIPTS"; fi
    else
        log "$variant has no /add yet: measuring /hello only"
    fi
    # Warm-up passes over all endpoints until the JIT is quiet: a pass that adds fewer than WARMUP_QUIET
    # compilations (HotSpot's sun.ci.totalCompiles), at most WARMUP_PASSES passes. One pass is not enough:
    # running the other endpoints shifts the type profiles Flashkit's paths were compiled with, and the
    # recompilations would otherwise land in the first measured round of the Flashkit rows.
    for pass in $(seq 1 "$WARMUP_PASSES"); do
        compiles_before=$(jit_compiles)
        for script in "${scripts[@]}"; do
            log "$variant: warm-up pass $pass, $script (${WARMUP}s)"
            wrk_run "$WARMUP" "$script" >/dev/null
        done
        compiles=$(($(jit_compiles) - compiles_before))
        log "$variant: warm-up pass $pass added $compiles JIT compilations"
        if [ "$compiles" -lt "$WARMUP_QUIET" ]; then break; fi
    done
    WARMUP_NOTES+=("$variant $pass (the last adding $compiles)")
    if [ "$PROFILE" = 1 ]; then ROUNDS=1; fi
    for round in $(seq 1 "$ROUNDS"); do
        for script in "${scripts[@]}"; do
            if [ "$PROFILE" = 1 ]; then
                "$JCMD" "$APP_PID" JFR.start name="$script" settings="$OUT/load.jfc" >/dev/null
            fi
            before=$(curl -s "$base/_allocated")
            cpu_before=$(cpu_ticks)
            result=$(wrk_run "$DURATION" "$script")
            cpu_after=$(cpu_ticks)
            after=$(curl -s "$base/_allocated")
            if [ "$PROFILE" = 1 ]; then
                "$JCMD" "$APP_PID" JFR.stop name="$script" filename="$OUT/$variant-$script.jfr" >/dev/null
                log "recorded $OUT/$variant-$script.jfr"
            fi
            line="$result allocated=$((after - before)) cpu_ticks=$((cpu_after - cpu_before))"
            log "$variant round $round $script: $line"
            echo "$line" >>"$OUT/$variant-$script.rounds"
        done
    done
    for script in "${scripts[@]}"; do
        # req/s over all rounds; p50 and p99 the median of the rounds'; errors and failures summed.
        row=$(awk "$AWK_MEDIAN"'
            {
                for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
                n++; req += v["requests"]; dur += v["duration_us"]; err += v["errors"]; fail += v["failures"]
                alloc += v["allocated"]; ticks += v["cpu_ticks"]; client += v["client_cpu_s"]
                p50[n] = v["p50_ms"]; p99[n] = v["p99_ms"]
            }
            END {
                printf "%.1f|%.3f|%.3f|%d|%d|%.0f|%d|%.1f|%.1f", req / (dur / 1e6), median(p50, n), median(p99, n), err,
                    fail, alloc / req, req, ticks * 1e6 / tck / req, client * 1e6 / req
            }
        ' tck="$(getconf CLK_TCK)" "$OUT/$variant-$script.rounds")
        IFS='|' read -r rps p50 p99 err fail bytes requests cpu client <<<"$row"
        if [ "$script" = hello ]; then hello_rps=$rps hello_cpu=$cpu; fi
        ratio=$(awk -v a="$rps" -v b="$hello_rps" 'BEGIN { printf "%.2f", a / b }')
        cpu_ratio=$(awk -v a="$cpu" -v b="$hello_cpu" 'BEGIN { printf "%.2f", b / a }')
        log "$variant $script: rps=$rps p50=$p50 p99=$p99 errors=$err failures=$fail bytes/request=$bytes" \
            "cpu_us/request=$cpu client_cpu_us/request=$client ratio=$ratio cpu_ratio=$cpu_ratio"
        ROWS+=("$variant|$script|$rps|$p50|$p99|$err|$fail|$ratio|$bytes|$requests|$cpu|$cpu_ratio|$client")
    done
    for pair in show:hello chain:hello show:floor chain:floorchain floor:hello floorchain:hello; do
        row=$(paired_ratio "$variant" "${pair%%:*}" "${pair##*:}")
        if [ -n "$row" ]; then PAIRED+=("$variant|${pair%%:*}|${pair##*:}|$row"); fi
    done
    stop_app
done

# --- memory per idle session ----------------------------------------------------------------------------
log "measuring MemorySessionStore memory per idle session"
MEMORY=$("$JAVA" -Xms1g -Xmx1g -XX:+UseG1GC -cp "$SERVLET_CP" dev.flashkit.benchmarks.memory.SessionMemory 100000)
log "$MEMORY"

# --- report ---------------------------------------------------------------------------------------------

endpoint() {
    case $1 in
        hello) echo "\`GET /hello\` (baseline: Flashkit installed, not touched)" ;;
        show) echo "\`GET /show\`, replayed cookie with 1 message" ;;
        chain) echo "\`/add\` → \`/show\` chain (per request)" ;;
        bare) echo "\`GET /bare\`: the /hello page, Flashkit filter not installed" ;;
        hellojar) echo "\`GET /hello\` sent through the chain's Lua cookie jar (client-side reference)" ;;
        mimic) echo "\`GET /mimic\`: /show's response and cookie, built without Flashkit" ;;
        floor) echo "\`GET /floor-show\`: /mimic plus one raw AES-GCM open of a cookie with the same plaintext length (no Flashkit): the floor of showing an encrypted flash message" ;;
        floorchain) echo "\`/floor-add\` → \`/floor-show\` chain: raw AES-GCM seal and open, hand-written headers (no Flashkit): the floor of the chain" ;;
    esac
}

pair_name() {
    case $1 in
        hello) echo "\`/hello\`" ;;
        show) echo "\`/show\`" ;;
        chain) echo "chain" ;;
        floor) echo "\`floor\`" ;;
        floorchain) echo "\`floorchain\`" ;;
    esac
}

{
    echo "<!-- flashkit-load:http:begin (written by flashkit-benchmarks/load/run.sh) -->"
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') at commit \`$(git -C "$ROOT" rev-parse --short HEAD)\`."
    echo "$(machine)"
    echo "wrk: $CONNECTIONS connections, one per thread; warm-up passes of ${WARMUP} s per endpoint until a pass adds fewer than"
    echo "$WARMUP_QUIET JIT compilations (passes: $(IFS=';'; echo "${WARMUP_NOTES[*]}" | sed 's/;/, /g')), then $ROUNDS rounds of ${DURATION} s"
    echo "per endpoint taken in turns (req/s over all rounds, p50/p99 the median of the rounds');"
    echo "server JVM \`${JVM_OPTS[*]}\`. Ratios are to \`/hello\` of the same variant in the same run."
    echo
    echo "| variant | endpoint | req/s | p50 ms | p99 ms | errors | failed checks | req/s × /hello | server CPU µs / req | server CPU /hello ÷ row | wrk CPU µs / req | bytes allocated / req |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    for row in "${ROWS[@]}"; do
        IFS='|' read -r v s rps p50 p99 err fail ratio bytes _ cpu cpu_ratio client <<<"$row"
        echo "| $v | $(endpoint "$s") | ${rps%.*} | $p50 | $p99 | $err | $fail | **$ratio** | $cpu | $cpu_ratio | $client | $bytes |"
    done
    echo
    echo "The same ratios paired round by round (each round takes the endpoints a few seconds apart, so the machine's"
    echo "slow drift cancels): the median over the rounds, and the lowest and highest round."
    echo
    echo "| variant | ratio | median | lowest round | highest round | rounds |"
    echo "|---|---|---:|---:|---:|---:|"
    for row in "${PAIRED[@]}"; do
        IFS='|' read -r v a b median low high n <<<"$row"
        echo "| $v | $(pair_name "$a") ÷ $(pair_name "$b") | **$median** | $low | $high | $n |"
    done
    echo "<!-- flashkit-load:http:end -->"
} >"$OUT/http-load.md"
{
    echo "<!-- flashkit-load:memory:begin (written by flashkit-benchmarks/load/run.sh) -->"
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') at commit \`$(git -C "$ROOT" rev-parse --short HEAD)\`; $(machine)"
    echo
    echo "$MEMORY"
    echo "<!-- flashkit-load:memory:end -->"
} >"$OUT/memory.md"
cat "$OUT/http-load.md" "$OUT/memory.md"

if [ "$PROFILE" = 1 ] || [ "$WRITE_DOCS" != 1 ]; then
    log "not writing docs/BENCHMARKS.md (profile run or FLASHKIT_LOAD_WRITE_DOCS=0)"
    exit 0
fi
"$LOAD/splice.sh" "$DOC" http "HTTP load" "$OUT/http-load.md"
"$LOAD/splice.sh" "$DOC" memory "Memory" "$OUT/memory.md"
log "wrote $DOC"
