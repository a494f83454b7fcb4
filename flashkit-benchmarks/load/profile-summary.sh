#!/usr/bin/env bash
# profile-summary.sh FILE.jfr [N]: what a recording from `FLASHKIT_LOAD_PROFILE=1 run.sh` says about the
# server's CPU and heap allocation: the share of CPU samples and of sampled allocation with a Flashkit frame
# (dev.flashkit.*, the benchmark app excluded) anywhere on the stack, the top N methods by own CPU samples,
# and the innermost Flashkit frames by CPU samples and by sampled allocated bytes.
set -eu  # no pipefail: "sort | head" ends sort early on purpose
file=$1 top=${2:-20}
JFR=${JFR:-jfr}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# One line per stack: "weight<TAB>first frame<TAB>innermost Flashkit frame or -<TAB>Flashkit frames joined by |".
stacks() { # event
    "$JFR" print --stack-depth 200 --events "$1" "$file" | awk '
        function bytes(v, u) { return u == "kB" ? v * 1024 : u == "MB" ? v * 1048576 : u == "GB" ? v * 1073741824 : v }
        /weight = / { w = bytes($3, $4) }
        /stackTrace = \[/ { inStack = 1; first = ""; fk = "-"; all = ""; next }
        inStack && /^[[:space:]]*\]/ { inStack = 0; printf "%s\t%s\t%s\t%s\n", (w == "" ? 1 : w), first, fk, all; w = ""; next }
        inStack {
            frame = $0; sub(/^[[:space:]]+/, "", frame); sub(/[[:space:]]+line:.*/, "", frame)
            if (first == "") first = frame
            if (frame ~ /^dev\.flashkit\./ && frame !~ /^dev\.flashkit\.benchmarks\./) {
                if (fk == "-") fk = frame
                if (index(all "|", "|" frame "|") == 0) all = all "|" frame
            }
        }'
}

stacks jdk.ExecutionSample >"$tmp/cpu"
stacks jdk.ObjectAllocationSample >"$tmp/alloc"

awk -F'\t' '{ n++; if ($3 != "-") f++ } END { printf "CPU samples: %d, with a Flashkit frame: %d (%.1f%%)\n", n, f, 100 * f / (n ? n : 1) }' "$tmp/cpu"
echo; echo "Top methods by own CPU samples:"
cut -f2 "$tmp/cpu" | sort | uniq -c | sort -rn | head -n "$top"
echo; echo "Innermost Flashkit frame of CPU samples:"
awk -F'\t' '$3 != "-" { print $3 }' "$tmp/cpu" | sort | uniq -c | sort -rn | head -n "$top"
echo; echo "Flashkit methods by inclusive CPU samples (the method or what it calls):"
awk -F'\t' '{ n = split($4, f, "|"); for (i = 2; i <= n; i++) c[f[i]]++ } END { for (k in c) printf "%7d  %s\n", c[k], k }' "$tmp/cpu" | sort -rn | head -n "$top"
echo
awk -F'\t' '{ t += $1; if ($3 != "-") f += $1 } END { printf "Sampled allocation: %.1f MB, with a Flashkit frame: %.1f MB (%.1f%%)\n", t / 1048576, f / 1048576, 100 * f / (t ? t : 1) }' "$tmp/alloc"
echo "Innermost Flashkit frame of allocations (MB):"
awk -F'\t' '$3 != "-" { s[$3] += $1 } END { for (k in s) printf "%10.1f  %s\n", s[k] / 1048576, k }' "$tmp/alloc" | sort -rn | head -n "$top"
