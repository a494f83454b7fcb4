#!/usr/bin/env bash
# Sourced by redis-deps.sh and postgres-deps.sh: installs one Debian package a test server needs.
#
#   install_debian_package TAG PACKAGE MISSING HINT
#
# TAG prefixes every line it prints, MISSING names what is absent, HINT says what to do where apt-get is not
# available. Needs root or sudo; exits 1 with a message when neither is there. Leaves checking that the binary
# now works to the caller.

install_debian_package() {
  local tag=$1 package=$2 missing=$3 hint=$4
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "$tag: $missing is missing and apt-get is not available." >&2
    echo "$tag: $hint" >&2
    exit 1
  fi

  local sudo=""
  if [[ "$(id -u)" != "0" ]]; then
    if command -v sudo >/dev/null 2>&1; then
      sudo="sudo"
    else
      echo "$tag: need root (or sudo) to install the Debian package $package" >&2
      exit 1
    fi
  fi

  echo "$tag: installing the Debian package $package"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get -o DPkg::Lock::Timeout=600 update -qq
  # --no-install-recommends keeps it small; the package's own service is not used (tests start throwaway
  # servers on free loopback ports).
  $sudo apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "$package" >/dev/null
}
