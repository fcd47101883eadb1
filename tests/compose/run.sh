#!/usr/bin/env bash
# Compose UI tests of the Android app on the JVM, against the real core through JNA.
#
#   tests/compose/run.sh                 the tests, the Android compile, then the benchmark
#   tests/compose/run.sh -Dtest=Taps*    extra arguments go to Maven (here: one test class);
#                                        no Android compile or benchmark then
#   tests/compose/run.sh --bench         the benchmark only (after one full run has compiled it)
#
# Maven compiles android/ui (the app's Compose UI) for the JVM with Compose Multiplatform's
# desktop artifacts from Maven Central, with the generated Kotlin bindings, and runs the tests
# in tests/compose/src/test/kotlin headless. Downloads are cached in target/m2, build output
# goes to target/compose, screenshots to target/screenshots/android (open its index.html).
# Then tests/compose/android-compile.sh compiles every .kt file under android/, app/ too, for
# Android. Generates the bindings when they are missing or older than the core's sources. The
# last line is Maven's summary, "Tests run: N, Failures: 0, Errors: 0"; non-zero exit on failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

bindings/ensure-fresh.sh compose-tests

build=target/compose
# The first composition of teen, median of 50 after warm-up: a figure, not a pass or fail.
bench() {
  java -Xss4m -Djava.awt.headless=true -Djna.library.path="$root/target/bindings/lib" -Djna.nosys=true \
    -cp "$build/test-classes:$build/classes:$(cat "$build/test-classpath.txt")" org.openline.compose.BenchKt
}
if [ "${1:-}" = "--bench" ]; then
  bench
  exit
fi

mvn=(mvn -B -f tests/compose/pom.xml -Dmaven.repo.local="$root/target/m2" -Dstyle.color=never)
"${mvn[@]}" test "$@" 2>&1 | grep -v '^\[INFO\] Download' | tee target/compose-tests.log
status=${PIPESTATUS[0]}
[ "$status" -eq 0 ] || exit "$status"
if [ "$#" -eq 0 ]; then
  tests/compose/android-compile.sh
  tests/compose/ktlint.sh
  bench
  # The suite's last line stays Maven's summary.
  grep 'Tests run:' target/compose-tests.log | tail -1
fi
