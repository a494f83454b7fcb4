#!/usr/bin/env bash
# Makes sure PostgreSQL's server binaries (initdb, postgres) are available for the flashkit-jdbc tests.
# Idempotent: does nothing when they are already installed; installs the Debian package `postgresql`
# otherwise (needs root or sudo). Needed even when FLASHKIT_TEST_POSTGRES_URL is set: the fault tests stop,
# freeze and restart their own throwaway cluster.
set -euo pipefail

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then
  exit 0
fi

# The packaged cluster and service are not used: tests run initdb in a directory under target/.
source "$(dirname "$0")/debian-package.sh"
install_debian_package postgres-deps postgresql initdb \
  "install PostgreSQL (>= 12) or set FLASHKIT_TEST_POSTGRES_URL=jdbc:postgresql://host:port/db?user=...&password=..."
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { echo "postgres-deps: install failed" >&2; exit 1; }
bin="$(ls -d /usr/lib/postgresql/*/bin | tail -n 1)"
echo "postgres-deps: $bin/postgres --version: $("$bin"/postgres --version)"
