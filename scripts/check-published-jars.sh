#!/usr/bin/env bash
# Checks that every published module (each artifact flashkit-bom lists) was packaged with its -sources and
# -javadoc jars next to the main jar, so IDEs show Flashkit's sources and Javadoc. Run it after
# `mvn package` or `mvn verify` of the whole build; .ci/run does.
set -euo pipefail
cd "$(dirname "$0")/.."

bom=flashkit-bom/pom.xml
version=$(sed -n 's|^  <version>\(.*\)</version>$|\1|p' "$bom" | head -n 1)
artifacts=$(grep -o '<artifactId>[^<]*</artifactId>' "$bom" | sed 's|<artifactId>\(.*\)</artifactId>|\1|' \
  | grep -v '^flashkit-bom$')

if [[ -z "$version" || -z "$artifacts" ]]; then
  echo "check-published-jars: could not read the version and artifacts from $bom" >&2
  exit 1
fi

missing=0
count=0
for artifact in $artifacts; do
  count=$((count + 1))
  case "$artifact" in # the Quarkus extension's modules live in the Quarkiverse layout
    flashkit-quarkus) dir=flashkit-quarkus/runtime ;;
    flashkit-quarkus-deployment) dir=flashkit-quarkus/deployment ;;
    *) dir=$artifact ;;
  esac
  for suffix in "" "-sources" "-javadoc"; do
    jar="$dir/target/$artifact-$version$suffix.jar"
    if [[ ! -s "$jar" ]]; then
      echo "check-published-jars: missing $jar" >&2
      missing=$((missing + 1))
    fi
  done
  sources="$dir/target/$artifact-$version-sources.jar"
  if [[ -s "$sources" ]] && ! jar tf "$sources" | grep -q '\.java$'; then
    echo "check-published-jars: $sources holds no .java file" >&2
    missing=$((missing + 1))
  fi
  javadoc="$dir/target/$artifact-$version-javadoc.jar"
  if [[ -s "$javadoc" ]] && ! jar tf "$javadoc" | grep -q '^index\.html$'; then
    echo "check-published-jars: $javadoc holds no index.html" >&2
    missing=$((missing + 1))
  fi
done

if [[ $missing -gt 0 ]]; then
  echo "check-published-jars: $missing problem(s); build with 'mvn package' first, and keep the" \
    "maven-source-plugin and maven-javadoc-plugin of the root pom on for every module flashkit-bom lists" >&2
  exit 1
fi
echo "check-published-jars: $count published modules have their jar, -sources and -javadoc jars"
