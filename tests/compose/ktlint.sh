#!/usr/bin/env bash
# Lints every Kotlin file in the repository (android/, tests/kotlin, tests/compose, the Gradle
# scripts) with ktlint from Maven Central, in the style .editorconfig sets (IntelliJ IDEA's,
# the one the code was written in). Run by tests/compose/run.sh.
#
#   tests/compose/ktlint.sh            last line: "ktlint: N Kotlin files clean"; non-zero otherwise
#   tests/compose/ktlint.sh --format   rewrites the files in place instead
set -euo pipefail
KTLINT_VERSION=1.8.0
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
jar=target/ktlint/ktlint-cli-$KTLINT_VERSION-all.jar
if [ ! -f "$jar" ]; then
  mvn -B -q -Dmaven.repo.local="$root/target/m2" -Dstyle.color=never dependency:copy \
    -Dartifact="com.pinterest.ktlint:ktlint-cli:$KTLINT_VERSION:jar:all" -DoutputDirectory=target/ktlint >&2
fi
mapfile -t files < <(git ls-files '*.kt' '*.kts')
args=(--relative --log-level=error)
[ "${1:-}" = "--format" ] && args+=(--format)
java -jar "$jar" "${args[@]}" "${files[@]}"
echo "ktlint: ${#files[@]} Kotlin files clean"
