#!/usr/bin/env bash
# Runs every Flashkit test: unit, contract, adapter scenario, Redis, PostgreSQL and real-browser suites.
#
# On a fresh Debian machine with only a JDK and Maven it installs what the tests need through apt
# (redis-server, postgresql, chromium, chromium-driver, a font). Redis tests use FLASHKIT_TEST_REDIS_URL when set;
# otherwise they start a throwaway redis-server on a free loopback port and stop it afterwards. PostgreSQL
# tests likewise use FLASHKIT_TEST_POSTGRES_URL or a throwaway cluster (initdb under target/). With
# CI=true a test whose component is missing fails; it never skips.
#
# Usage: scripts/test.sh [extra maven args]     e.g. scripts/test.sh -pl flashkit-core -am
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/redis-deps.sh
scripts/postgres-deps.sh
scripts/browser-deps.sh
if ! fc-list 2>/dev/null | grep -qi "dejavu\|liberation"; then
  echo "scripts/test.sh: installing fonts-dejavu-core (screenshots need a font)"
  if [[ $(id -u) -eq 0 ]]; then SUDO=(); else SUDO=(sudo); fi
  DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq --no-install-recommends fonts-dejavu-core \
    >/dev/null 2>&1 || { "${SUDO[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" \
    apt-get install -y -qq --no-install-recommends fonts-dejavu-core >/dev/null; }
fi

exec mvn -B -ntp verify "$@"
