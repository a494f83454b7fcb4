#!/usr/bin/env bash
# Makes sure a redis-server binary is available for the flashkit-redis tests.
# Idempotent: does nothing when redis-server is already on the PATH; installs the Debian
# package `redis-server` otherwise (needs root or sudo). Needed even when
# FLASHKIT_TEST_REDIS_URL is set: the fault test stops, freezes and restarts its own server.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "redis-deps: redis-server is missing and apt-get is not available." >&2
  echo "redis-deps: install Redis (>= 6.2) or set FLASHKIT_TEST_REDIS_URL=redis://host:port" >&2
  exit 1
fi

SUDO=""
if [[ "$(id -u)" != "0" ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "redis-deps: need root (or sudo) to install the Debian package redis-server" >&2
    exit 1
  fi
fi

echo "redis-deps: installing the Debian package redis-server"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
# --no-install-recommends keeps it small; the package's own service is not needed
# (tests start throwaway servers on free loopback ports).
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends redis-server >/dev/null
# Debian starts the packaged service where a service manager runs; tests do not use it.
command -v redis-server >/dev/null 2>&1 || { echo "redis-deps: install failed" >&2; exit 1; }
echo "redis-deps: $(redis-server --version)"
