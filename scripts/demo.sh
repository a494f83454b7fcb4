#!/usr/bin/env bash
# Builds the demo app and runs it on embedded defaults: cookie sessions, a random development key,
# no Redis. Open the printed URL (http://localhost:8080 unless PORT is set).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -ntp -DskipTests -pl flashkit-demo -am package
exec java -jar flashkit-demo/target/flashkit-demo.jar "$@"
