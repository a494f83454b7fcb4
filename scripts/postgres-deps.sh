#!/usr/bin/env bash
# Makes sure PostgreSQL's server binaries (initdb, postgres) are available for the flashkit-jdbc tests.
# Idempotent: does nothing when they are already installed; installs the Debian package `postgresql`
# otherwise (needs root or sudo). Needed even when FLASHKIT_TEST_POSTGRES_URL is set: the fault tests stop,
# freeze and restart their own throwaway cluster.
set -euo pipefail

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "postgres-deps: initdb is missing and apt-get is not available." >&2
  echo "postgres-deps: install PostgreSQL (>= 12) or set FLASHKIT_TEST_POSTGRES_URL=jdbc:postgresql://host:port/db?user=...&password=..." >&2
  exit 1
fi

SUDO=""
if [[ "$(id -u)" != "0" ]]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "postgres-deps: need root (or sudo) to install the Debian package postgresql" >&2
    exit 1
  fi
fi

echo "postgres-deps: installing the Debian package postgresql"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
# The packaged cluster and service are not used: tests run initdb in a directory under target/ and start a
# throwaway server on a free loopback port.
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends postgresql >/dev/null
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "postgres-deps: install failed" >&2; exit 1; }
echo "postgres-deps: $(ls -d /usr/lib/postgresql/*/bin | tail -n 1)/postgres --version: $("$(ls -d /usr/lib/postgresql/*/bin | tail -n 1)"/postgres --version)"
