#!/usr/bin/env bash
# Builds the demo app and runs it on embedded defaults: cookie sessions, a random development key,
# no Redis. Open the printed URL (http://localhost:8080 unless PORT is set). Skips the -sources and
# -javadoc jars, which running the demo does not need.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip -pl flashkit-demo -am package
exec java -jar flashkit-demo/target/flashkit-demo.jar "$@"
