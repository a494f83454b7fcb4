#!/usr/bin/env bash
# The demo app under HTTP load with the Redis and PostgreSQL stores against the cookie store, in one run
# (issues 6 and 18): three demo instances (FLASHKIT_STORE=cookie, redis://... and postgresql://...), a throwaway
# redis-server without persistence and a throwaway PostgreSQL cluster with fsync off (the same durability), all on
# loopback; wrk measures, in alternating rounds, GET /dashboard as a logged-in user (session read)
# and the POST /submit_item -> GET /submit_item flash round trip (demo-chain.lua, checked).
# Prints a Markdown table; nothing here runs in the test command. About 3 minutes.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=flashkit-benchmarks/load
work=flashkit-benchmarks/target/demo-stores
mkdir -p "$work"
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
scripts/redis-deps.sh >/dev/null
scripts/postgres-deps.sh >/dev/null
mvn -B -q -ntp -DskipTests -pl flashkit-demo -am package

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
pids=()
pg_stop=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  for f in "$work"/*.pid; do [[ -e $f ]] && kill "$(cat "$f")" 2>/dev/null; rm -f "$f"; done
  if [[ ${#pg_stop[@]} -gt 0 ]]; then "${pg_stop[@]}" >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

redis_port=$(free_port)
redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" >"$work/redis.log" 2>&1 &
pids+=($!)
# PostgreSQL: initdb and postgres refuse root, so as root the cluster belongs to the postgres user
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
as_owner=(); [[ $(id -u) -eq 0 ]] && as_owner=(runuser -u postgres --)
pg_dir=$(mktemp -d "$PWD/$work/pg.XXXXXX")
[[ $(id -u) -eq 0 ]] && chown postgres:postgres "$pg_dir"
"${as_owner[@]}" "$pg_bin/initdb" -D "$pg_dir/data" -U flashkit -A trust -E UTF8 --no-sync >"$work/initdb.log" 2>&1
pg_port=$(free_port)
"${as_owner[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/postgres.log" -w \
  -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off" start >/dev/null
pg_stop=("${as_owner[@]}" "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop)
secret=$(head -c 32 /dev/urandom | base64)
start_demo() { # name store
  local port; port=$(free_port)
  PORT=$port FLASHKIT_STORE=$2 FLASHKIT_SECRET=$secret java -Xmx512m -jar flashkit-demo/target/flashkit-demo.jar \
    >"$work/$1.log" 2>&1 &
  echo $! >"$work/$1.pid" # start_demo runs in a command substitution: the parent's pids array never sees it
  for _ in $(seq 1 100); do curl -fs "http://127.0.0.1:$port/login" >/dev/null 2>&1 && break; sleep 0.2; done
  echo "$port"
}
cookie_port=$(start_demo cookie cookie)
redis_demo_port=$(start_demo redis "redis://127.0.0.1:$redis_port")
pg_demo_port=$(start_demo postgres "postgresql://flashkit@127.0.0.1:$pg_port/postgres")

login_cookie() { # port -> Cookie header value of a logged-in session
  curl -s -o /dev/null -D - -X POST -d 'username=test&password=password' "http://127.0.0.1:$1/login" \
    | awk -F'[ ;]' 'tolower($1)=="set-cookie:" && $2 !~ /=$/ {print $2}' | paste -sd';' -
}

export FLASHKIT_LOAD_DIR="$PWD/$here"
measure() { # port kind -> "req/s p99ms failures"
  local out
  if [[ $2 == dashboard ]]; then
    out=$(wrk -t2 -c8 -d10s --latency -H "Cookie: $(login_cookie "$1")" "http://127.0.0.1:$1/dashboard")
  else
    out=$(wrk -t4 -c4 -d10s --latency -s "$here/demo-chain.lua" "http://127.0.0.1:$1")
  fi
  local rps p99 fails
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; print v}' <<<"$out")
  fails=$(awk -F'[ =]' '/RESULT/ {for (i=1;i<=NF;i++) if ($i=="failures") print $(i+1)}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  echo "$rps ${p99:-?} ${fails:-0}${non2xx:+/non2xx=$non2xx}"
}

for kind in dashboard flash; do # warm-up
  wrk -t2 -c8 -d5s -H "Cookie: $(login_cookie "$cookie_port")" "http://127.0.0.1:$cookie_port/dashboard" >/dev/null
  wrk -t2 -c8 -d5s -H "Cookie: $(login_cookie "$redis_demo_port")" "http://127.0.0.1:$redis_demo_port/dashboard" >/dev/null
  wrk -t2 -c8 -d5s -H "Cookie: $(login_cookie "$pg_demo_port")" "http://127.0.0.1:$pg_demo_port/dashboard" >/dev/null
done

echo "| request | round | cookie req/s | Redis req/s | PostgreSQL req/s | Redis / cookie | PostgreSQL / cookie | p99 ms (cookie / Redis / PostgreSQL) | failures (cookie / Redis / PostgreSQL) |"
echo "|---|---:|---:|---:|---:|---:|---:|---|---|"
for round in 1 2; do
  for kind in dashboard flash; do
    read -r c_rps c_p99 c_fail <<<"$(measure "$cookie_port" $kind)"
    read -r r_rps r_p99 r_fail <<<"$(measure "$redis_demo_port" $kind)"
    read -r p_rps p_p99 p_fail <<<"$(measure "$pg_demo_port" $kind)"
    r_ratio=$(awk -v a="$r_rps" -v b="$c_rps" 'BEGIN {printf "%.2f", a/b}')
    p_ratio=$(awk -v a="$p_rps" -v b="$c_rps" 'BEGIN {printf "%.2f", a/b}')
    echo "| $kind | $round | $c_rps | $r_rps | $p_rps | $r_ratio | $p_ratio | $c_p99 / $r_p99 / $p_p99 | $c_fail / $r_fail / $p_fail |"
  done
done
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), Redis $(redis-server --version | awk '{print $3}' | sed 's/v=//'), PostgreSQL $("$pg_bin/postgres" --version | awk '{print $3}'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
