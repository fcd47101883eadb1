#!/usr/bin/env bash
# Checks of the Android app that compiling it does not make (tests/compose/android-compile.sh
# compiles every .kt file, so names, arity and `when` coverage are the compiler's): the Gradle
# scripts parse; the `when` over Block and over Action have no else; shell rules (strings,
# manifest, listing, the quick exit). Then a self-test plants mistakes in a copy of android/
# and requires each to be caught.
#   tests/shells/android-check.sh        last line: "N passed, M failed"; non-zero on failure
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
PY=$(tests/tools/python-env.sh)
bindings=target/bindings/kotlin/org/openline/core/openline_core.kt
bindings/ensure-fresh.sh android-check
checker=tests/shells/android/check_android.py
status=0
echo "== checks"
"$PY" "$checker" --bindings "$bindings" --android android | tee target/android-check.log || status=1
echo "== self-test: planted mistakes must fail the checks"
"$PY" "$checker" --bindings "$bindings" --android android --self-test | tee target/android-self-test.log || status=1
passed=$(( $(tail -1 target/android-check.log | cut -d' ' -f1) + $(tail -1 target/android-self-test.log | cut -d' ' -f1) ))
failed=$(( $(tail -1 target/android-check.log | cut -d' ' -f3) + $(tail -1 target/android-self-test.log | cut -d' ' -f3) ))
echo "$passed passed, $failed failed"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
