#!/usr/bin/env bash
# Runs every Flashkit test: unit, contract, adapter scenario, Redis and real-browser suites.
#
# On a fresh Debian machine with only a JDK and Maven it installs what the tests need (redis-server,
# chromium, chromium-driver) via apt. Redis tests use FLASHKIT_TEST_REDIS_URL when set; otherwise they
# start a throwaway redis-server on a free loopback port and stop it afterwards. With CI=true a test
# whose component is missing fails; it never skips.
#
# Usage: scripts/test.sh [extra maven args]     e.g. scripts/test.sh -pl flashkit-core -am
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v redis-server >/dev/null 2>&1 || [[ -n "${FLASHKIT_TEST_REDIS_URL:-}" ]] || need+=(redis-server)
command -v chromium >/dev/null 2>&1 || [[ -x /usr/bin/chromium ]] || need+=(chromium)
command -v chromedriver >/dev/null 2>&1 || [[ -x /usr/bin/chromedriver ]] || need+=(chromium-driver)
fonts_missing() { ! fc-list 2>/dev/null | grep -qi "dejavu\|liberation"; }
fonts_missing && need+=(fonts-dejavu-core)

if ((${#need[@]})); then
  echo "scripts/test.sh: installing ${need[*]} (Debian packages the tests need)"
  if [[ $(id -u) -eq 0 ]]; then SUDO=(); else SUDO=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${SUDO[@]}" apt-get update -qq
  "${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

exec mvn -B -ntp verify "$@"
