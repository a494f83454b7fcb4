#!/usr/bin/env bash
# Makes sure a redis-server binary is available for the flashkit-redis tests.
# Idempotent: does nothing when redis-server is already on the PATH; installs the Debian
# package `redis-server` otherwise (needs root or sudo). Needed even when
# FLASHKIT_TEST_REDIS_URL is set: the fault test stops, freezes and restarts its own server.
set -euo pipefail

if command -v redis-server >/dev/null 2>&1; then
  exit 0
fi

source "$(dirname "$0")/debian-package.sh"
install_debian_package redis-deps redis-server redis-server \
  "install Redis (>= 6.2) or set FLASHKIT_TEST_REDIS_URL=redis://host:port"
command -v redis-server >/dev/null 2>&1 || { echo "redis-deps: install failed" >&2; exit 1; }
echo "redis-deps: $(redis-server --version)"
