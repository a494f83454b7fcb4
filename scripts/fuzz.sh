#!/usr/bin/env bash
# Fuzzes Flashkit's parsers of untrusted input with Jazzer, one fuzz target at a time (niced: the machine may be
# shared), and prints one summary line per target: executions, seconds, generated corpus size, findings.
#
# The ordinary build runs every fuzz test in regression mode only (the committed inputs under
# flashkit-core/src/test/resources/**/*FuzzTestInputs). Here JAZZER_FUZZ=1 makes Jazzer mutate inputs for
# RUNS executions per target (jazzer.max_executions, libFuzzer's -runs; jazzer.max_duration caps the time).
# The generated corpus goes to flashkit-core/.cifuzz-corpus/ (not committed) and is reused by the next run.
# A finding fails the run and leaves its input as crash-* in the target's Inputs directory: turn it into a
# regression test, fix the code, and commit the input (renamed for what it found) with the fix.
#
# Usage: scripts/fuzz.sh [RUNS] [Class#method ...]     e.g. scripts/fuzz.sh 1000000
#        scripts/fuzz.sh 200000 'MessagesCookieFuzzTest#decode_anyBinaryPlaintext_nullOrRoundTrips'
# Logs: flashkit-core/target/fuzz/<target>.log
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-1000000}
shift || true
TARGETS=("$@")
if [[ ${#TARGETS[@]} -eq 0 ]]; then
  TARGETS=(
    'SessionCookieFuzzTest#load_anyCookieValue_opensOnlyTheGenuineCookie'
    'MessagesCookieFuzzTest#decode_anyBinaryPlaintext_nullOrRoundTrips'
    'MessagesCookieFuzzTest#fromJson_anyLegacyPlaintext_emptyOrRoundTrips'
    'CookieHeaderFuzzTest#find_anyHeader_findsTheFirstPairWithTheName'
    'JsonValuesFuzzTest#normalize_anyValue_refusedOrRoundTripsThroughJson'
    'JsonValuesFuzzTest#read_anyBytes_emptyOrRoundTrips'
  )
fi

mkdir -p flashkit-core/target/fuzz
# Compile once (core and its tests), then fuzz each target in its own JVM.
nice -n 10 mvn -B -ntp -q test-compile -pl flashkit-core -Dspotless.check.skip=true
status=0
for target in "${TARGETS[@]}"; do
  log="flashkit-core/target/fuzz/${target//#/.}.log"
  start=$(date +%s)
  if JAZZER_FUZZ=1 nice -n 10 mvn -B -ntp test -pl flashkit-core -Dspotless.check.skip=true \
      -Dtest="$target" -Djazzer.max_executions="$RUNS" -Djazzer.max_duration=3h >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    status=1
  fi
  class=${target%%#*}
  corpus=$(find flashkit-core/.cifuzz-corpus -path "*${class}/${target##*#}/*" -type f 2>/dev/null | wc -l)
  done_line=$(grep -ao 'Done [0-9]* runs in [0-9]* second(s)' "$log" | tail -1 || true)
  crashes=$(find flashkit-core/src/test/resources -path "*${class}Inputs/${target##*#}/crash-*" 2>/dev/null | wc -l)
  echo "$target: ${done_line:-no summary} (wall $(($(date +%s) - start)) s), corpus $corpus files," \
    "crash inputs $crashes, $result (log: $log)"
done
exit $status
