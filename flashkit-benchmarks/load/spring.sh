#!/usr/bin/env bash
# Flashkit on Spring Boot against Spring's own flash (see docs/BENCHMARKS.md, "Spring Boot").
#
# Builds flashkit-benchmarks-spring and starts its app twice, side by side on free loopback ports: Spring Boot 3.5
# + Tomcat + Thymeleaf flashing with Spring MVC's RedirectAttributes on the in-memory HttpSession ("spring"), and
# the same app with the Flashkit starter and its Thymeleaf fragment on the sealed-cookie store ("flashkit"). Measures
# with wrk, one app at a time: GET /hello (no flash work), GET /show replayed (Flashkit: the cookie of one /add;
# Spring: one session per connection whose flash map the app's refill filter puts back before each /show) and the
# /add -> /show chain with a cookie jar per connection. The endpoints and the two apps are taken in turns, the
# apps' order alternating per round, for FLASHKIT_LOAD_ROUNDS rounds; each run's server CPU is read from
# /proc/<pid>/stat. Reports both apps' rows and the Flashkit ÷ Spring ratios paired round by round, and writes
# them to docs/BENCHMARKS.md. Loopback traffic only; stops what it started. Not part of the test command.
#
# Settings (environment) as for run.sh: FLASHKIT_LOAD_DURATION (default 5), FLASHKIT_LOAD_ROUNDS (default 6 here),
# FLASHKIT_LOAD_WARMUP (default 5), FLASHKIT_LOAD_WARMUP_PASSES (default 4), FLASHKIT_LOAD_WARMUP_QUIET
# (default 100), FLASHKIT_LOAD_CONNECTIONS (default 8), JAVA, FLASHKIT_LOAD_PROFILE=1 (one round, one JFR file per
# run: flashkit-benchmarks/target/load-spring/<app>-<endpoint>.jfr; read them with profile-summary.sh),
# FLASHKIT_LOAD_WRITE_DOCS=0 (print only).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
LOAD="$ROOT/flashkit-benchmarks/load"
OUT="$ROOT/flashkit-benchmarks/target/load-spring"
DOC="$ROOT/docs/BENCHMARKS.md"
MAIN=dev.flashkit.benchmarks.spring.SpringBenchmarkApp
APPS=(spring flashkit)
SCRIPTS=(hello show element chain) # element: /show-element, replayed like /show (show.lua)

# shellcheck source=lib.sh
source "$LOAD/lib.sh" # also the settings both scripts share (DURATION, ROUNDS, WARMUP..., JAVA, JVM_OPTS)
ROUNDS=${FLASHKIT_LOAD_ROUNDS:-6}

declare -A APP_PIDS APP_PORTS
cleanup() {
    for pid in "${APP_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT INT TERM

mkdir -p "$OUT"
rm -f "$OUT"/*.rounds
log "building flashkit-benchmarks-spring"
(cd "$ROOT" && mvn -B -q -pl flashkit-benchmarks-spring -am package dependency:build-classpath -DskipTests \
    -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime)
MODULE="$ROOT/flashkit-benchmarks-spring"
CP="$MODULE/target/classes:$(cat "$MODULE/target/classpath.txt")"
if [ "$PROFILE" = 1 ]; then
    ROUNDS=1
    sed -e 's|>10 ms</setting>|>1 ms</setting>|' -e 's|>300/s</setting>|>5000/s</setting>|' \
        "$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")")/lib/jfr/profile.jfc" >"$OUT/load.jfc"
fi

use_app() { # app -> sets PORT and APP_PID for lib.sh
    PORT=${APP_PORTS[$1]}
    APP_PID=${APP_PIDS[$1]}
}

for app in "${APPS[@]}"; do
    log "starting the $app app"
    "$JAVA" "${JVM_OPTS[@]}" -cp "$CP" "$MAIN" "$app" >"$OUT/$app.log" 2>&1 &
    APP_PIDS[$app]=$!
    for _ in $(seq 1 600); do
        APP_PORTS[$app]=$(awk '/^LISTENING /{print $2}' "$OUT/$app.log")
        if [ -n "${APP_PORTS[$app]}" ] || ! kill -0 "${APP_PIDS[$app]}" 2>/dev/null; then break; fi
        sleep 0.1
    done
    if [ -z "${APP_PORTS[$app]}" ]; then
        log "the $app app did not start:"
        cat "$OUT/$app.log" >&2
        exit 1
    fi
done

# One Cookie header per connection for the Spring app's replayed /show, each from its own /add: "c1|c2|...".
spring_cookies() {
    local cookies=() i
    for i in $(seq 1 "$CONNECTIONS"); do cookies+=("$(capture_cookie "$FLASHKIT_ADD_PATH")"); done
    (IFS='|'; echo "${cookies[*]}")
}

run() { # app endpoint seconds -> RESULT line plus the app's CPU ticks during the run
    use_app "$1"
    local script=$2
    export FLASHKIT_REFILL=0 FLASHKIT_COOKIES="" FLASHKIT_SHOW_PATH=/show FLASHKIT_ADD_PATH=/add
    if [ "$2" = element ]; then script=show FLASHKIT_SHOW_PATH=/show-element FLASHKIT_ADD_PATH=/add-element; fi
    if [ "$1" = spring ] && [ "$script" = show ]; then
        FLASHKIT_REFILL=1 FLASHKIT_COOKIES=$(spring_cookies)
    fi
    if [ "$PROFILE" = 1 ]; then "$JCMD" "$APP_PID" JFR.start name="$2" settings="$OUT/load.jfc" >/dev/null; fi
    local before after result
    before=$(cpu_ticks)
    result=$(wrk_run "$3" "$script")
    after=$(cpu_ticks)
    if [ "$PROFILE" = 1 ]; then
        "$JCMD" "$APP_PID" JFR.stop name="$2" filename="$OUT/$1-$2.jfr" >/dev/null
        log "recorded $OUT/$1-$2.jfr"
    fi
    echo "$result cpu_ticks=$((after - before))"
}

for app in "${APPS[@]}"; do
    use_app "$app"
    base="http://127.0.0.1:$PORT"
    for _ in $(seq 1 100); do # the first request initialises Spring MVC's DispatcherServlet
        if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/hello")" = 200 ]; then break; fi
        sleep 0.3
    done
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "$base/add")" != 303 ]; then
        log "$app: /add does not answer 303: $(curl -s -i "$base/add" | head -20)"
        exit 1
    fi
    cookie=$(capture_cookie /add)
    for _ in 1 2; do # twice: Spring's refill and Flashkit's replay must both show the message again
        if ! curl -s -H "Cookie: $cookie" -H "X-Flash-Refill: 1" "$base/show" | grep -q widget; then
            log "$app: /show with the cookie of /add does not show the message"
            exit 1
        fi
    done
done

declare -A COMPILES
for pass in $(seq 1 "$WARMUP_PASSES"); do
    for app in "${APPS[@]}"; do use_app "$app"; COMPILES[$app]=$(jit_compiles); done
    for script in "${SCRIPTS[@]}"; do
        for app in "${APPS[@]}"; do
            log "warm-up pass $pass: $app $script (${WARMUP}s)"
            run "$app" "$script" "$WARMUP" >/dev/null
        done
    done
    busiest=0
    for app in "${APPS[@]}"; do
        use_app "$app"
        added=$(($(jit_compiles) - COMPILES[$app]))
        log "warm-up pass $pass: $app added $added JIT compilations"
        if [ "$added" -gt "$busiest" ]; then busiest=$added; fi
    done
    if [ "$busiest" -lt "$WARMUP_QUIET" ]; then break; fi
done
WARMUP_NOTE="$pass (the last adding at most $busiest per app)"

for round in $(seq 1 "$ROUNDS"); do
    order=("${APPS[@]}")
    if [ $((round % 2)) = 0 ]; then order=(flashkit spring); fi
    for script in "${SCRIPTS[@]}"; do
        for app in "${order[@]}"; do
            line=$(run "$app" "$script" "$DURATION")
            log "round $round $app $script: $line"
            echo "$line" >>"$OUT/$app-$script.rounds"
        done
    done
done

# Per round: "req/s cpu_us_per_request" of one app and endpoint.
per_round() { # app script
    awk '{
        for (i = 1; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
        printf "%.1f %.2f\n", v["requests"] / (v["duration_us"] / 1e6), v["cpu_ticks"] * 1e6 / tck / v["requests"]
    }' tck="$(getconf CLK_TCK)" "$OUT/$1-$2.rounds"
}

ROWS=()
PAIRED=()
for script in "${SCRIPTS[@]}"; do
    for app in "${APPS[@]}"; do
        row=$(awk "$AWK_MEDIAN"'
            {
                for (i = 2; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
                n++; req += v["requests"]; dur += v["duration_us"]; err += v["errors"]; fail += v["failures"]
                ticks += v["cpu_ticks"]; p50[n] = v["p50_ms"]; p99[n] = v["p99_ms"]
            }
            END {
                printf "%.0f|%.3f|%.3f|%d|%d|%.1f", req / (dur / 1e6), median(p50, n), median(p99, n), err, fail,
                    ticks * 1e6 / tck / req
            }' tck="$(getconf CLK_TCK)" "$OUT/$app-$script.rounds")
        ROWS+=("$app|$script|$row")
    done
    # Flashkit ÷ Spring per round: req/s, and Spring's CPU per request ÷ Flashkit's (above 1: Flashkit cheaper).
    PAIRED+=("$script|$(paste -d' ' <(per_round flashkit "$script") <(per_round spring "$script") | awk "$AWK_MEDIAN"'
        { n++; rps[n] = $1 / $3; cpu[n] = $4 / $2 }
        END {
            mr = median(rps, n); mc = median(cpu, n)
            printf "%.2f|%.2f|%.2f|%.2f|%.2f|%.2f|%d", mr, rps[1], rps[n], mc, cpu[1], cpu[n], n
        }')")
done

endpoint() {
    case $1 in
        hello) echo "\`GET /hello\` (no flash work)" ;;
        show) echo "\`GET /show\` replayed, 1 message (Flashkit: the \`flashkit/messages\` fragment)" ;;
        element) echo "\`GET /show-element\` replayed (Flashkit: \`<flashkit:messages/>\`; Spring: /show)" ;;
        chain) echo "\`/add\` → \`/show\` chain (per request)" ;;
    esac
}
app_name() {
    case $1 in
        spring) echo "Spring \`RedirectAttributes\` (HttpSession)" ;;
        flashkit) echo "Flashkit starter (sealed cookie)" ;;
    esac
}

{
    echo "<!-- flashkit-load:spring:begin (written by flashkit-benchmarks/load/spring.sh) -->"
    echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') at commit \`$(git -C "$ROOT" rev-parse --short HEAD)\`."
    machine
    echo "Spring Boot 3.5 on Tomcat with Thymeleaf, both apps running side by side, measured one at a time; wrk:"
    echo "$CONNECTIONS connections, one per thread; warm-up passes of ${WARMUP} s per endpoint and app until a pass adds fewer"
    echo "than $WARMUP_QUIET JIT compilations per app (passes: $WARMUP_NOTE), then $ROUNDS rounds of ${DURATION} s per endpoint"
    echo "and app, the apps' order alternating per round; server JVM \`${JVM_OPTS[*]}\`."
    echo
    echo "| endpoint | app | req/s | p50 ms | p99 ms | errors | failed checks | server CPU µs / req |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|"
    for row in "${ROWS[@]}"; do
        IFS='|' read -r app script rps p50 p99 err fail cpu <<<"$row"
        echo "| $(endpoint "$script") | $(app_name "$app") | $rps | $p50 | $p99 | $err | $fail | $cpu |"
    done
    echo
    echo "Flashkit ÷ Spring, paired round by round (median, lowest and highest round): req/s, and server CPU per"
    echo "request as Spring's ÷ Flashkit's (above 1.00: Flashkit is faster or cheaper)."
    echo
    echo "| endpoint | req/s Flashkit ÷ Spring | lowest | highest | CPU/req Spring ÷ Flashkit | lowest | highest | rounds |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|"
    for row in "${PAIRED[@]}"; do
        IFS='|' read -r script mr lr hr mc lc hc n <<<"$row"
        echo "| $(endpoint "$script") | **$mr** | $lr | $hr | **$mc** | $lc | $hc | $n |"
    done
    echo "<!-- flashkit-load:spring:end -->"
} >"$OUT/spring-load.md"
cat "$OUT/spring-load.md"

if [ "$PROFILE" = 1 ] || [ "$WRITE_DOCS" != 1 ]; then
    log "not writing docs/BENCHMARKS.md (profile run or FLASHKIT_LOAD_WRITE_DOCS=0)"
    exit 0
fi
"$LOAD/splice.sh" "$DOC" spring "Spring Boot" "$OUT/spring-load.md"
log "wrote $DOC"
