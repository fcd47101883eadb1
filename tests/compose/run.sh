#!/usr/bin/env bash
# Compose UI tests of the Android app on the JVM, against the real core through JNA.
#
#   tests/compose/run.sh                 the tests, then the benchmark
#   tests/compose/run.sh -Dtest=Taps*    extra arguments go to Maven (here: one test class)
#
# Maven compiles android/ui (the app's Compose UI) for the JVM with Compose Multiplatform's
# desktop artifacts from Maven Central, with the generated Kotlin bindings, and runs the tests
# in tests/compose/src/test/kotlin headless. Downloads are cached in target/m2, build output
# goes to target/compose, screenshots to target/screenshots/android (open its index.html).
# Generates the bindings when they are missing or older than the core's sources. The last
# Maven summary line reads "Tests run: N, Failures: 0, Errors: 0"; non-zero exit on failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

bindings/ensure-fresh.sh compose-tests

mvn=(mvn -B -f tests/compose/pom.xml -Dmaven.repo.local="$root/target/m2" -Dstyle.color=never)
"${mvn[@]}" test "$@" 2>&1 | grep -v '^\[INFO\] Download' | tee target/compose-tests.log
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] || exit "$status"
