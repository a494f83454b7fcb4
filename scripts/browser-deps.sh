#!/usr/bin/env bash
# Installs the headless browser the demo's real-browser tests drive: Debian's `chromium` and
# `chromium-driver`. Idempotent: does nothing when both are present, and runs `apt-get update`
# only when a package cannot be found in the current package lists.
set -euo pipefail

packages=(chromium chromium-driver)
missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "browser-deps: chromium and chromium-driver already installed"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "browser-deps: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi

export DEBIAN_FRONTEND=noninteractive
if ! "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"; then
  echo "browser-deps: package lists look stale, running apt-get update"
  "${sudo_cmd[@]}" apt-get update
  "${sudo_cmd[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
fi

echo "browser-deps: installed ${missing[*]}"
chromium --version || true
chromedriver --version || true
