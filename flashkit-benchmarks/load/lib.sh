# Shared by the HTTP load scripts (sourced by run.sh and spring.sh): logging, wrk (installed when missing), the app
# process' CPU time, an awk median, JIT activity, the Cookie header after one request, one wrk run and the machine
# line. The functions read the globals PORT and APP_PID (the app being measured), OUT, LOAD, CONNECTIONS, JAVA, JCMD.
# The settings the scripts share, from the environment (see run.sh):
DURATION=${FLASHKIT_LOAD_DURATION:-5}
ROUNDS=${FLASHKIT_LOAD_ROUNDS:-5}
WARMUP=${FLASHKIT_LOAD_WARMUP:-5}
WARMUP_PASSES=${FLASHKIT_LOAD_WARMUP_PASSES:-4}
WARMUP_QUIET=${FLASHKIT_LOAD_WARMUP_QUIET:-100}
CONNECTIONS=${FLASHKIT_LOAD_CONNECTIONS:-8}
PROFILE=${FLASHKIT_LOAD_PROFILE:-0}
WRITE_DOCS=${FLASHKIT_LOAD_WRITE_DOCS:-1}
JAVA=${JAVA:-java}
JCMD="$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd"
JVM_OPTS=(-Xms512m -Xmx512m -XX:+UseG1GC)

log() { echo "[load] $*" >&2; }

# --- wrk ------------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
    log "installing wrk (Debian package)"
    SUDO=""
    if [ "$(id -u)" != 0 ]; then SUDO=sudo; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk >/dev/null
fi

# CPU time (user + system, in clock ticks) the app process has used so far.
cpu_ticks() {
    awk '{ print $14 + $15 }' "/proc/$APP_PID/stat"
}

# An awk function shared by the programs below: median(a, n) of a[1..n], sorting a in place.
AWK_MEDIAN='
    function median(a, n,   i, j, t) {
        for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }'

# Methods HotSpot has compiled so far (JIT), read with jcmd: a warm-up pass is done when this barely moves.
jit_compiles() {
    "$JCMD" "$APP_PID" PerfCounter.print | awk -F= '/^sun.ci.totalCompiles=/ { print $2 }'
}

# The Cookie header a browser would send after one GET of $1 (/add, /floor-add): every cookie it set, name=value
# only.
capture_cookie() {
    curl -s -o /dev/null -D "$OUT/add.headers" "http://127.0.0.1:$PORT$1"
    grep -i '^set-cookie:' "$OUT/add.headers" | tr -d '\r' | sed -E 's/^[^:]*:[[:space:]]*//; s/;.*//' \
        | grep -v -E '^[^=]+=$' | paste -sd';' | sed 's/;/; /g'
}

wrk_run() { # seconds script -> RESULT line (with wrk's own CPU time when /usr/bin/time is there)
    local timer=()
    if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -f 'client_cpu_s=%U+%S' -o "$OUT/wrk.time"); fi
    # The replayed cookie is captured afresh for every run: a message expires 180 s after /add, sooner than a
    # whole run of rounds takes (the floor cookie likewise, although nothing checks its age).
    local cookie=""
    case "$2" in
        show | mimic) cookie=$(capture_cookie "${FLASHKIT_ADD_PATH:-/add}") ;; # spring.sh: also /add-element
        floor) cookie=$(capture_cookie /floor-add) ;; # floor.lua replays the cookie of /floor-add
    esac
    FLASHKIT_LOAD_DIR="$LOAD" FLASHKIT_COOKIE="$cookie" "${timer[@]}" wrk -t"$CONNECTIONS" -c"$CONNECTIONS" \
        -d"$1s" --timeout 5s -s "$LOAD/$2.lua" "http://127.0.0.1:$PORT" | grep '^RESULT' | tr -d '\n'
    if [ -x /usr/bin/time ]; then
        echo " client_cpu_s=$(awk -F'[=+]' '/client_cpu_s/ { print $2 + $3 }' "$OUT/wrk.time")"
    else
        echo " client_cpu_s=0"
    fi
}

machine() {
    local cpu mem jdk
    cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
    mem=$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)
    jdk=$("$JAVA" -version 2>&1 | sed -n 2p)
    echo "Machine: $(nproc) CPUs ($cpu), $mem RAM, $(uname -sr); JDK: $jdk; $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)."
}
