#!/usr/bin/env bash
# splice.sh DOC KEY HEADING BLOCK: replaces the lines from "<!-- flashkit-load:KEY:begin" to
# "<!-- flashkit-load:KEY:end -->" in DOC with the file BLOCK (which carries both markers); when DOC has no
# such markers yet, appends "## HEADING" and BLOCK. Leaves every other line of DOC alone.
set -euo pipefail
doc=$1 key=$2 heading=$3 block=$4
mkdir -p "$(dirname "$doc")"
touch "$doc"
if grep -q "<!-- flashkit-load:$key:begin" "$doc"; then
    awk -v key="$key" -v block="$block" '
        index($0, "<!-- flashkit-load:" key ":begin") == 1 {
            while ((getline line < block) > 0) print line
            skipping = 1
            next
        }
        skipping && index($0, "<!-- flashkit-load:" key ":end") == 1 { skipping = 0; next }
        !skipping { print }
    ' "$doc" >"$doc.tmp"
    mv "$doc.tmp" "$doc"
else
    { echo; echo "## $heading"; echo; cat "$block"; } >>"$doc"
fi
